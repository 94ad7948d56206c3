// Stage 1: the document model. Splits the text into paragraphs and sentences with exact
// offsets, and marks what is not prose so that no later stage reads it as article text.
//
// - Paragraphs are runs of non-blank lines. In Markdown and news articles, headings (`#`),
//   a news article's first line when it is a headline (one line, no full stop),
//   list items and blockquotes are paragraphs of their own kinds; YAML/TOML front matter,
//   fenced and indented code, HTML blocks and comments, reference definitions (not a
//   footnote's text: "[^1]: …" is read as prose after its marker), inline code,
//   link/image targets (`](…)`) and autolinks are `excluded`. A sentence around a link keeps
//   the link's visible text; only the target is excluded.
// - Sentences end at `.`, `!`, `?` or `…`, possibly inside closing quotes (`.”`), when a
//   new sentence plausibly starts after them: not before a lower-case word (`“Why?” she
//   asked`), not after a title or month abbreviation (Mr., Gov., Jan.), and after other
//   abbreviations (U.S., Inc., a.m., initials) only when a typical sentence opener follows.
// - Everything is a single forward pass over lines and characters with bounded look-back:
//   no regular expression runs over more than one line, so a 5 MB single-line document or
//   CRLF line endings cost nothing special.

import { ownString } from './ownString';
import type { DocumentFormat, Excluded, Paragraph, ParagraphKind, Sentence } from './model';
import { SentenceCache } from './sentenceCache';
import { runToEnd } from './slicing';
import { cacheGeneration } from './tagging';
import { firstAfter } from './sorted';

export interface Segmented {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  excluded: Excluded[];
  /** What each paragraph's own text decides, aligned with paragraphs (see LocalParagraph). */
  locals: LocalParagraph[];
}

/**
 * One paragraph as its own text decides it: the same object for every paragraph with the
 * same text, the same characters just before and after it, and the same excluded regions
 * inside it (relative to its start), for as long as the tagging cache lives. Later stages
 * remember what they work out from a paragraph's own text under this object
 * (localCache.ts), so after an edit an unchanged paragraph costs them one look-up by
 * identity instead of a pass over its text.
 */
export interface LocalParagraph {
  /** The paragraph's sentences, as [start, end, start, end, …] relative to its start. */
  readonly sentences: readonly number[];
  /** The paragraph's text, a string of its own (see ownString): what textAt slices. */
  readonly text: string;
}

/** Abbreviations after which a sentence never ends (a name or a number follows). */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'gov', 'sen', 'sens', 'rep', 'reps', 'st', 'gen', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'atty', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vs',
  'v', 'e.g', 'i.e', 'cf', 'approx', 'ave', 'blvd', 'fig', 'vol', 'pp', 'ch', 'sec',
]);

/** Abbreviations that may also end a sentence ("… in the U.S. The …"). */
const OTHER_ABBREVIATIONS = new Set([
  'u.s', 'u.n', 'u.k', 'e.u', 'u.s.a', 'd.c', 'inc', 'corp', 'co', 'ltd', 'llc', 'jr', 'sr', 'a.m', 'p.m',
  'etc', 'al', 'bros', 'dept', 'univ', 'assn', 'ph.d', 'esq',
]);

/**
 * US state abbreviations in AP style ("SPRINGFIELD, Ill. (AP) —", "Portland, Ore., said"):
 * like the abbreviations above they end a sentence only before a word that opens one. Many
 * are ordinary words too ("ill", "mass"), so only a capitalised one counts.
 */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va',
  'wash', 'wis', 'wyo',
]);

/** Words that typically open a sentence: after an ambiguous abbreviation they decide the split. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our',
  'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As',
  'For', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'However', 'Still',
  'Meanwhile', 'Now', 'Then', 'Last', 'Next', 'Some', 'Many', 'Most', 'Other', 'Others', 'No', 'Not',
  'What', 'Why', 'How', 'Who', 'Where', 'By', 'With', 'From', 'To', 'Under', 'Asked', 'According',
]);

interface Line {
  /** Start of the line's text. */
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
}

interface OpenParagraph {
  kind: ParagraphKind;
  start: number;
  end: number;
  /** Blockquote paragraphs continue only on `>` lines or lazily on plain text lines. */
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * The lines of the text from `from` on, split as they are first asked for: an edit that
 * re-reads a few paragraphs (see Memo) splits only the lines it reads.
 */
class Lines {
  private readonly list: Line[] = [];
  private next: number;
  private done = false;

  constructor(private readonly text: string, from: number) {
    this.next = from;
  }

  /** Line `j`, or undefined past the last line. */
  at(j: number): Line | undefined {
    const { list, text } = this;
    while (list.length <= j && !this.done) {
      const start = this.next;
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      list.push({ start, end });
      this.next = nl + 1;
      if (this.next > text.length) this.done = true;
    }
    return list[j];
  }

  has(j: number): boolean {
    return this.at(j) !== undefined;
  }
}

/** The line's text, capped so that per-line patterns never run over a huge line. */
function head(text: string, line: Line, cap = 200): string {
  return text.slice(line.start, Math.min(line.end, line.start + cap));
}

function leadingSpaces(text: string, line: Line): number {
  let n = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const HTML_BLOCK = /^ {0,3}<\/?[A-Za-z][\w-]*(?:[\s/>]|$)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/;
/** A footnote's text ("[^1]: Figures from the Electoral Commission."): prose after its marker, not a link target. */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]{1,99}\]:[ \t]*/;

/** Characters that may open a block marker: fences, headings, lists, quotes, HTML, breaks, setext underlines, link definitions. */
const MARKER_STARTS = /[`~#>*+\-_=<[0-9]/;

/**
 * Whether the line (its head) may be anything but plain paragraph text: every block
 * pattern above starts, after at most three spaces, with one of MARKER_STARTS, and the
 * comment test looks past any whitespace; so a line whose first character after its
 * whitespace is none of them is plain text.
 */
function mayMarkBlock(h: string): boolean {
  let k = 0;
  while (k < h.length && /\s/.test(h[k])) k++;
  return k < h.length && MARKER_STARTS.test(h[k]);
}

/** Lines classified, and blocks split into sentences, between pauses (about a millisecond). */
const LINES_PER_STEP = 2048;
const BLOCKS_PER_STEP = 128;
/** Characters above which a paragraph is split into sentences with pauses inside it. */
const HUGE_PARAGRAPH = 100_000;

export function segment(text: string, format: DocumentFormat): Segmented {
  return runToEnd(segmentSteps(text, format));
}

/**
 * Paragraphs, sentences and excluded regions, step by step: yields every few thousand
 * lines and every hundred-odd blocks, so a time-sliced caller can pause on a long text.
 *
 * After an edit only the lines around it are read again: the segmentation of a text seen
 * just before (see Memo) is kept up to the last checkpoint before the first changed
 * character and from the first checkpoint after the last one, moved by the change in length.
 * A checkpoint is a line where the pass over the lines holds nothing (no open paragraph,
 * after a blank line) and that ends whatever came before it, so what the pass does from it
 * on depends on the text from it on alone; the result is the one a full pass gives.
 */
export function* segmentSteps(text: string, format: DocumentFormat): Generator<void, Segmented> {
  const markup = format === 'markdown' || format === 'news';
  const generation = cacheGeneration();
  const base = yield* closestMemo(text, format, generation);

  // 1. blocks and block-level exclusions: kept before the edit, read around it, moved after it
  const checkpoints: number[] = [];
  const blocks: OpenParagraph[] = [];
  const blockLocals: (LocalParagraph | undefined)[] = [];
  const passExcluded: Excluded[] = [];
  let pass: PassResult;
  let keptBefore = 0; // blocks kept from the memo, before the edit
  let movedStart = -1; // the first block moved from the memo after the edit (-1: none)
  let movedFrom = 0; // its index in the memo
  let excludedBefore = 0;
  if (base) {
    const { memo, from } = base;
    for (const c of memo.checkpoints) if (c < from) checkpoints.push(c);
    while (keptBefore < memo.blocks.length && memo.blocks[keptBefore].start < from) {
      blocks.push(memo.blocks[keptBefore]);
      blockLocals.push(memo.blockLocals[keptBefore]);
      keptBefore++;
    }
    while (excludedBefore < memo.excluded.length && memo.excluded[excludedBefore].start < from) excludedBefore++;
    const resync = (at: number) => at - 1 >= text.length - base.suffix && hasCheckpoint(memo.checkpoints, at - base.delta);
    pass = yield* blockPass(text, markup, from, passExcluded, blocks, checkpoints, resync, true);
  } else {
    pass = yield* blockPass(text, markup, text.charCodeAt(0) === 0xfeff ? 1 : 0, passExcluded, blocks, checkpoints, () => false, false);
  }
  while (blockLocals.length < blocks.length) blockLocals.push(undefined);

  // 2. inline exclusions inside the blocks read again
  if (markup) {
    for (let b = keptBefore; b < blocks.length; b++) {
      if ((b - keptBefore) % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
      findInlineExclusions(text, blocks[b].start, blocks[b].end, passExcluded);
    }
  }
  passExcluded.sort((a, b) => a.start - b.start);
  let excluded: Excluded[];
  if (base) {
    excluded = base.memo.excluded.slice(0, excludedBefore);
    for (const e of passExcluded) excluded.push(e);
  } else excluded = passExcluded;

  // 3. what follows the point where the pass met the memo again, moved
  if (base && pass.stoppedAt >= 0) {
    const { memo, delta } = base;
    const from = pass.stoppedAt - delta;
    for (const c of memo.checkpoints) if (c >= from) checkpoints.push(c + delta);
    let b = memo.blocks.length;
    while (b > 0 && memo.blocks[b - 1].start >= from) b--;
    movedStart = blocks.length;
    movedFrom = b;
    for (; b < memo.blocks.length; b++) {
      const block = memo.blocks[b];
      blocks.push(delta === 0 ? block : { kind: block.kind, start: block.start + delta, end: block.end + delta });
      blockLocals.push(memo.blockLocals[b]);
    }
    let e = memo.excluded.length;
    while (e > 0 && memo.excluded[e - 1].start >= from) e--;
    for (; e < memo.excluded.length; e++) {
      const region = memo.excluded[e];
      excluded.push(delta === 0 ? region : { start: region.start + delta, end: region.end + delta, kind: region.kind });
    }
    yield;
  }

  // 4. paragraphs and sentences: a block kept from the memo gives the memo's paragraph (the
  // same objects, before the edit) or that paragraph moved (after it), with the same text,
  // neighbours and excluded regions, so with the same kind and sentences; only the first
  // paragraph is always made again, as whether it is a headline depends on what follows it
  // made at about the sizes of the kept segmentation's (and cut to size at the end): grown
  // item by item, a list of 8,500 sentences is copied over and over as it grows
  const memo = base?.memo;
  const paragraphs: Paragraph[] = presized(memo ? memo.paragraphs.length + 8 : 0);
  const sentences: Sentence[] = presized(memo ? memo.sentences.length + 32 : 0);
  const locals: LocalParagraph[] = presized(memo ? memo.locals.length + 8 : 0);
  let np = 0; // paragraphs made
  let ns = 0; // sentences made
  const blockParagraph = new Int32Array(blocks.length).fill(-1);
  // each paragraph's first sentence, number of sentences and first sentence's start, as made
  const firsts = new Int32Array(blocks.length);
  const counts = new Int32Array(blocks.length);
  const bases = new Float64Array(blocks.length);
  const delta = base ? base.delta : 0;
  let ex = 0;
  for (let b = 0; b < blocks.length; b++) {
    if (b > 0 && b % BLOCKS_PER_STEP === 0) yield;
    const mb = !memo ? -1 : b < keptBefore ? b : movedStart >= 0 && b >= movedStart ? b - movedStart + movedFrom : -1;
    if (mb >= 0 && np > 0) {
      const mp = (memo as Memo).blockParagraph[mb];
      if (mp < 0) continue;
      const index = np;
      const before = (memo as Memo).paragraphs[mp];
      const shift = b < keptBefore ? 0 : delta;
      const count = before.sentences.length;
      const first = ns;
      const sentenceShift = count > 0 ? first - before.sentences[0] : 0;
      let paragraph: Paragraph;
      if (shift === 0 && index === mp && sentenceShift === 0) {
        paragraph = before;
        for (let k = 0; k < count; k++) sentences[ns++] = (memo as Memo).sentences[before.sentences[k]];
      } else {
        paragraph = { start: before.start + shift, end: before.end + shift, kind: before.kind, sentences: sentenceShift === 0 ? before.sentences : new Array<number>(count) };
        for (let k = 0; k < count; k++) {
          const s = (memo as Memo).sentences[before.sentences[k]];
          if (sentenceShift !== 0) paragraph.sentences[k] = first + k;
          sentences[ns++] = { start: s.start + shift, end: s.end + shift, paragraph: index };
        }
      }
      blockParagraph[b] = index;
      paragraphs[np] = paragraph;
      locals[np++] = (memo as Memo).locals[mp];
      firsts[index] = first;
      counts[index] = count;
      bases[index] = count > 0 ? sentences[first].start : 0;
      continue;
    }
    const block = blocks[b];
    // trim the block to its visible text
    let start = block.start;
    let end = block.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    while (ex < excluded.length && excluded[ex].end <= start) ex++;
    // a block that is nothing but excluded text (a lone link definition, a comment) is no paragraph
    if (ex < excluded.length && excluded[ex].start <= start && excluded[ex].end >= end) continue;
    const index = np;
    // a news article's first line is its headline (as the news grammar reads it): one line,
    // no full stop, where figures and claims are not checked; so is a plain-text article's,
    // when more follows it (a lone line is a note, not a headline over nothing)
    const headline = index === 0 && block.kind === 'prose' && (format === 'news' || (format === 'plaintext' && blocks.length > b + 1)) && isHeadlineLine(text.slice(start, end));
    const paragraph: Paragraph = { start, end, kind: headline ? 'heading' : block.kind, sentences: [] };
    blockParagraph[b] = index;
    paragraphs[np] = paragraph;
    // a kept block's paragraph has the same text, neighbours and excluded regions as before
    let local = blockLocals[b];
    if (!local) {
      // a paragraph of megabytes (one line, no break) is split into sentences with pauses
      let split: number[] | undefined;
      if (end - start > HUGE_PARAGRAPH) {
        split = [];
        const found = split;
        yield* splitSentenceSteps(text, start, end, excluded, ex, (s, e) => found.push(s - start, e - start));
      }
      blockLocals[b] = local = localParagraph(text, start, end, excluded, ex, split);
    }
    locals[np++] = local;
    const spans = local.sentences;
    firsts[index] = ns;
    counts[index] = spans.length >> 1;
    bases[index] = spans.length > 0 ? start + spans[0] : 0;
    for (let k = 0; k < spans.length; k += 2) {
      if (k > 0 && k % (2 * SENTENCES_PER_SPLIT_STEP) === 0) yield;
      paragraph.sentences.push(ns);
      sentences[ns++] = { start: start + spans[k], end: start + spans[k + 1], paragraph: index };
    }
  }
  sentences.length = ns;
  paragraphs.length = np;
  locals.length = np;
  const n = paragraphs.length;
  layouts.set(paragraphs, { sentences, first: firsts.subarray(0, n), count: counts.subarray(0, n), bases: bases.subarray(0, n) });
  remember({ generation, format, text, reusable: pass.reusable, checkpoints, blocks, blockLocals, excluded, blockParagraph, paragraphs, sentences, locals }, base?.memo);
  return { paragraphs, sentences, excluded, locals };
}

/** An empty list with room for about n items (filled by index), or a plain one when n is huge. */
function presized<T>(n: number): T[] {
  return n > 0 && n < 1 << 20 ? new Array<T>(n) : [];
}

/**
 * Where each paragraph's sentences are, as a segmentation made them: paragraph p has
 * sentences first[p] … first[p] + count[p] - 1, the first starting at bases[p] (0 for a
 * paragraph with none). Every sentence is in one paragraph, in order. Read, never changed.
 */
export interface ParagraphLayout {
  readonly first: Int32Array;
  readonly count: Int32Array;
  readonly bases: Float64Array;
}

/** The layout of each segmentation's paragraphs, with its sentences (see paragraphLayout). */
const layouts = new WeakMap<readonly Paragraph[], ParagraphLayout & { sentences: readonly Sentence[] }>();

/**
 * The layout of paragraphs a segmentation made, with the sentences it made with them, so
 * that a stage need not read every paragraph and sentence to learn it; undefined for any
 * other paragraphs (a hand-built analysis).
 */
export function paragraphLayout(paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): ParagraphLayout | undefined {
  const layout = layouts.get(paragraphs);
  return layout && layout.sentences === sentences && layout.first.length === paragraphs.length ? layout : undefined;
}

/**
 * A segmentation kept for the next run: the text, its blocks (with the LocalParagraph each
 * gave), its exclusions and its checkpoints (sorted line starts, see segmentSteps).
 */
interface Memo {
  generation: number;
  format: DocumentFormat;
  text: string;
  reusable: boolean;
  checkpoints: readonly number[];
  blocks: readonly OpenParagraph[];
  blockLocals: readonly (LocalParagraph | undefined)[];
  excluded: readonly Excluded[];
  /** The paragraph each block gave (an index into `paragraphs`), or -1. */
  blockParagraph: Int32Array;
  /** What the run returned: shared with the next run's analysis where nothing moved (never changed). */
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  locals: readonly LocalParagraph[];
}

/**
 * The last few segmentations, least recently used first: a reporter typing reuses the
 * previous one; several documents analysed in turn each find their own.
 */
const memos: Memo[] = [];
const MEMOS = 3;

function remember(memo: Memo, used: Memo | undefined): void {
  for (let k = memos.length - 1; k >= 0; k--) if (memos[k].generation !== memo.generation || memos[k] === used) memos.splice(k, 1);
  if (used) memos.push(used);
  if (!memo.reusable) return;
  memos.push(memo);
  while (memos.length > MEMOS) memos.shift();
}

interface Base {
  memo: Memo;
  /** The checkpoint the pass starts from: the text before it is the memo's. */
  from: number;
  /** Length of the text's end that is also the memo's end (not overlapping the common start). */
  suffix: number;
  /** Change in length from the memo's text. */
  delta: number;
}

/** Characters compared at a time when looking for the common start and end of two texts. */
const CHUNK = 4096;
/** A kept text that differs from the text in at most this many characters needs no rival. */
const CLOSE_ENOUGH = 2_000;
/** Characters compared between pauses. */
const COMPARED_PER_STEP = 1 << 20;

/** The kept segmentation that shares the most text with `text`, and where to resume in it. */
function* closestMemo(text: string, format: DocumentFormat, generation: number): Generator<void, Base | undefined> {
  let best: Base | undefined;
  let bestShared = -1;
  // the most recent first: a reporter typing changes a few characters of the last text, and
  // a kept segmentation that differs from the text by a few lines is not bettered by another
  // one worth comparing (any of them gives the same result, this one only reads less again)
  for (let m = memos.length - 1; m >= 0; m--) {
    const memo = memos[m];
    if (memo.generation !== generation || memo.format !== format || !memo.reusable) continue;
    const old = memo.text;
    const n = Math.min(old.length, text.length);
    let prefix = 0;
    let compared = 0;
    while (prefix + CHUNK <= n && old.slice(prefix, prefix + CHUNK) === text.slice(prefix, prefix + CHUNK)) {
      prefix += CHUNK;
      compared += CHUNK;
      if (compared >= COMPARED_PER_STEP) {
        compared = 0;
        yield;
      }
    }
    while (prefix < n && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    const most = n - prefix;
    while (suffix + CHUNK <= most && old.slice(old.length - suffix - CHUNK, old.length - suffix) === text.slice(text.length - suffix - CHUNK, text.length - suffix)) {
      suffix += CHUNK;
      compared += CHUNK;
        if (compared >= COMPARED_PER_STEP) {
          compared = 0;
          yield;
        }
    }
    while (suffix < most && old.charCodeAt(old.length - suffix - 1) === text.charCodeAt(text.length - suffix - 1)) suffix++;
    if (prefix + suffix <= bestShared) continue;
    // the last checkpoint whose whole line comes before the first change
    const { checkpoints } = memo;
    let k = firstAfter(checkpoints, prefix) - 1;
    for (; k >= 0; k--) {
      const nl = text.indexOf('\n', checkpoints[k]);
      if (nl >= 0 && nl < prefix) break;
    }
    if (k < 0) continue;
    bestShared = prefix + suffix;
    best = { memo, from: checkpoints[k], suffix, delta: text.length - old.length };
    if (Math.max(text.length, old.length) - bestShared <= CLOSE_ENOUGH) break;
  }
  return best;
}

function hasCheckpoint(sorted: readonly number[], value: number): boolean {
  const k = firstAfter(sorted, value) - 1;
  return k >= 0 && sorted[k] === value;
}

interface PassResult {
  /** Where the pass stopped because the rest is known (a checkpoint), or -1 when it read to the end. */
  stoppedAt: number;
  /** False when what the pass did depends on text after its checkpoints (front matter never closed). */
  reusable: boolean;
}

/**
 * The pass over the lines from `lines` on, with nothing open: pushes blocks and block-level
 * exclusions, and records each checkpoint it passes, unless `stopAt` says the rest is known.
 * `resumed` is true when the pass starts at a checkpoint rather than at the top of the text.
 */
function* blockPass(
  text: string,
  markup: boolean,
  from: number,
  excluded: Excluded[],
  blocks: OpenParagraph[],
  checkpoints: number[],
  stopAt: (offset: number) => boolean,
  resumed: boolean,
): Generator<void, PassResult> {
  const lines = new Lines(text, from);
  let open: OpenParagraph | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  /** Opens a paragraph of its own after a line's marker ("- ", "[^1]: "), none when nothing follows it. */
  const openAfter = (kind: ParagraphKind, start: number, end: number) => {
    close();
    open = start < end ? { kind, start, end } : null;
  };
  const lineText = (l: Line) => text.slice(l.start, l.end);
  let reusable = true;

  let i = 0;
  if (markup && !resumed && lines.has(1)) {
    const first = lineText(lines.at(0) as Line).trimEnd();
    if (first === '---' || first === '+++') {
      // front matter never closed is no front matter, but a closing line typed later
      // anywhere below would make it some: such a text is always read whole
      reusable = false;
      for (let j = 1, l = lines.at(1); l; l = lines.at(++j)) {
        const t = lineText(l).trimEnd();
        if (t === first || (first === '---' && t === '...')) {
          excluded.push({ start: (lines.at(0) as Line).start, end: l.end, kind: 'front-matter' });
          i = j + 1;
          reusable = true;
          break;
        }
        if (l.end - l.start > 10_000) break;
      }
    }
  }

  let previousBlank = true;
  for (let read = 0; lines.has(i); i++, read++) {
    if (read > 0 && read % LINES_PER_STEP === 0) yield;
    const line = lines.at(i) as Line;
    // a checkpoint: nothing open, after a blank line, at a line that ends any block before it
    if (previousBlank && open === null && !isBlank(text, line) && leadingSpaces(text, line) < 4) {
      if (stopAt(line.start)) return { stoppedAt: line.start, reusable };
      checkpoints.push(line.start);
    }
    if (isBlank(text, line)) {
      close();
      previousBlank = true;
      continue;
    }
    if (!markup) {
      if (!open) open = { kind: 'prose', start: line.start, end: line.end };
      else open.end = line.end;
      previousBlank = false;
      continue;
    }
    const h = head(text, line);
    const current = open as OpenParagraph | null;
    const indent = leadingSpaces(text, line);

    // A line whose first visible character can start no block marker (most prose lines)
    // needs none of the patterns below: it opens or continues a paragraph.
    if (indent < 4 && !mayMarkBlock(h)) {
      if (!current) open = { kind: 'prose', start: line.start + indent, end: line.end };
      else current.end = line.end;
      previousBlank = false;
      continue;
    }
    // Indented code starts only where a paragraph could not continue.
    if (indent >= 4 && !current) {
      let j = i;
      let last = i;
      for (let l = lines.at(j); l && (isBlank(text, l) || leadingSpaces(text, l) >= 4); l = lines.at(j)) {
        if (!isBlank(text, l)) last = j;
        j++;
      }
      excluded.push({ start: line.start, end: (lines.at(last) as Line).end, kind: 'code' });
      i = last;
      previousBlank = false;
      continue;
    }
    const fence = FENCE.exec(h);
    if (fence) {
      close();
      const marker = fence[1];
      let j = i + 1;
      for (let l = lines.at(j); l; l = lines.at(++j)) {
        const t = head(text, l).trim();
        if (t.length >= marker.length && t[0] === marker[0] && /^(`+|~+)$/.test(t)) break;
      }
      const endLine = (lines.at(j) ?? lines.at(j - 1)) as Line;
      excluded.push({ start: line.start, end: endLine.end, kind: 'code' });
      i = j;
      previousBlank = false;
      continue;
    }
    if (h.trimStart().startsWith('<!--') && !current) {
      const from = line.start + h.indexOf('<!--');
      const endMark = text.indexOf('-->', from + 4);
      const end = endMark < 0 ? text.length : endMark + 3;
      excluded.push({ start: from, end, kind: 'comment' });
      // skip the lines the comment covers; text after it on its last line is ignored too
      while (lines.has(i + 1) && (lines.at(i + 1) as Line).start < end) i++;
      previousBlank = false;
      continue;
    }
    if (HTML_BLOCK.test(h) && !current) {
      let j = i;
      while (lines.has(j + 1) && !isBlank(text, lines.at(j + 1) as Line)) j++;
      excluded.push({ start: line.start, end: (lines.at(j) as Line).end, kind: 'html' });
      i = j;
      previousBlank = false;
      continue;
    }
    const footnote = FOOTNOTE_DEFINITION.exec(h);
    // (each of a run of footnotes, one a line, is a paragraph of its own)
    if (footnote) {
      openAfter('prose', line.start + footnote[0].length, line.end);
      previousBlank = false;
      continue;
    }
    if (REFERENCE_DEFINITION.test(h) && (!current || previousBlank)) {
      close();
      excluded.push({ start: line.start, end: line.end, kind: 'link-target' });
      previousBlank = false;
      continue;
    }
    if (current && current.kind === 'prose' && SETEXT_UNDERLINE.test(h)) {
      current.kind = 'heading';
      close();
      previousBlank = false;
      continue;
    }
    if (THEMATIC_BREAK.test(h)) {
      close();
      previousBlank = false;
      continue;
    }
    const heading = HEADING.exec(h);
    if (heading) {
      close();
      let end = line.end;
      // drop a closing sequence of #s
      let k = end;
      while (k > line.start && /[ \t]/.test(text[k - 1])) k--;
      let hashes = k;
      while (hashes > line.start && text[hashes - 1] === '#') hashes--;
      if (hashes < k && hashes > line.start + heading[0].length - 1 && /[ \t]/.test(text[hashes - 1])) end = hashes;
      const start = line.start + heading[0].length;
      if (start < end) blocks.push({ kind: 'heading', start, end });
      previousBlank = false;
      continue;
    }
    const item = LIST_ITEM.exec(h);
    if (item) {
      openAfter('list-item', line.start + item[0].length, line.end);
      previousBlank = false;
      continue;
    }
    const quote = BLOCKQUOTE.exec(h);
    if (quote) {
      const start = line.start + quote[0].length;
      const empty = start >= line.end || isBlank(text, { start, end: line.end });
      if (empty) close();
      else if (current && current.kind === 'blockquote') current.end = line.end;
      else {
        close();
        open = { kind: 'blockquote', start, end: line.end };
      }
      previousBlank = false;
      continue;
    }
    if (!current) open = { kind: 'prose', start: line.start + indent, end: line.end };
    else current.end = line.end;
    previousBlank = false;
  }
  close();
  return { stoppedAt: -1, reusable };
}

/** One line with no full stop (or ? ! …) at its end: how a headline is written. */
function isHeadlineLine(line: string): boolean {
  return !/[\r\n]/.test(line) && !/[.!?…]["”’']?$/.test(line);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

const INLINE_MARKERS = /[`\]<]/g;

/** Inline code, link targets, autolinks, inline HTML tags and comments inside a block. */
function findInlineExclusions(text: string, start: number, end: number, out: Excluded[]): void {
  // only these three characters start an exclusion: jump from one to the next (in the
  // block's own text, so that a search never runs past the block)
  const body = text.slice(start, end);
  let i = start;
  while (i < end) {
    INLINE_MARKERS.lastIndex = i - start;
    const next = INLINE_MARKERS.exec(body);
    if (!next) return;
    i = start + next.index;
    const c = text[i];
    if (c === '`') {
      let n = 1;
      while (i + n < end && text[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      // (searched in the block's text: an unclosed backtick must not read the rest of the document)
      const found = body.indexOf(fence, i + n - start);
      const close = found < 0 ? -1 : start + found;
      if (close >= 0 && close < end) {
        out.push({ start: i, end: close + n, kind: 'code' });
        i = close + n;
        continue;
      }
      i += n;
      continue;
    }
    if (c === ']' && text[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      const limit = Math.min(end, i + 4000);
      for (; j < limit; j++) {
        const d = text[j];
        if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
        else if (d === '\n' && text[j + 1] === '\n') break;
      }
      if (j < limit && text[j] === ')') {
        out.push({ start: i + 1, end: j + 1, kind: 'link-target' });
        i = j + 1;
        continue;
      }
    }
    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const found = body.indexOf('-->', i + 4 - start);
        const e = found < 0 ? end : start + found + 3;
        out.push({ start: i, end: e, kind: 'comment' });
        i = e;
        continue;
      }
      const tag = /^<(?:(?:https?|mailto|ftp):[^\s<>]{1,2000}|\/?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,500})?\/?)>/.exec(
        text.slice(i, Math.min(end, i + 2100)),
      );
      if (tag) {
        const kind = /^<[a-z]+:/i.test(tag[0]) && !/^<\/?[A-Za-z][\w-]*[\s>/]/.test(tag[0]) ? 'link-target' : 'html';
        out.push({ start: i, end: i + tag[0].length, kind });
        i += tag[0].length;
        continue;
      }
    }
    i++;
  }
}

const TERMINATORS = /[.!?…]/g;

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '“']);

/**
 * Most paragraphs the cache below keeps, oldest dropped first: twice the paragraphs of a
 * 100,000-word article. Everything the later stages remember of a paragraph is kept as long
 * as its LocalParagraph, about 30 KB a paragraph in all. With the sentence caches' bound
 * (tagging.ts CACHE_LIMIT), what the engine keeps stays near 200 MB however many articles
 * it reads (a check of a whole workspace, a day of articles; 1.6 GB before the bounds).
 * The paragraphs of the texts the segmenter keeps (see memos) stay, whatever this cache
 * has dropped, so a longer article still reuses them from edit to edit.
 */
export const MAX_LOCALS = 4_500;

/** The LocalParagraph of each paragraph key (bounded, emptied with the tagging cache). */
/** By paragraph text: the LocalParagraph for each pair of neighbours it was seen between. */
const locals = new SentenceCache<Map<string, LocalParagraph>>(MAX_LOCALS);
const localsWithRegions = new SentenceCache<LocalParagraph>(MAX_LOCALS);

/** How many paragraph texts the cache of LocalParagraphs holds (for tests). */
export function keptParagraphTexts(): number {
  return locals.size + localsWithRegions.size;
}

/** The LocalParagraph of [start, end); `ex` is the first excluded region that may overlap. */
function localParagraph(text: string, start: number, end: number, excluded: Excluded[], ex: number, split?: readonly number[]): LocalParagraph {
  const make = (): LocalParagraph => {
    let spans = split;
    if (!spans) {
      const found: number[] = [];
      runToEnd(splitSentenceSteps(text, start, end, excluded, ex, (s, e) => found.push(s - start, e - start)));
      spans = found;
    }
    return Object.freeze({ sentences: Object.freeze(spans), text: own ?? ownString(text.slice(start, end)) });
  };
  let own: string | undefined;
  // the neighbours are one character each, or '' at either end of the text
  const neighbours = `${start > 0 ? `1${text[start - 1]}` : '0'}${end < text.length ? `1${text[end]}` : '0'}`;
  if (ex >= excluded.length || excluded[ex].start >= end) {
    // looked up by the text itself (a slice, hashed in place) rather than a longer string
    // made for the purpose, which would copy the whole document on every run; a paragraph
    // not seen before is kept under a copy of its own (see ownString)
    const key = text.slice(start, end);
    let byNeighbours = locals.get(key);
    if (!byNeighbours) {
      // kept under the paragraph's own copy, which its LocalParagraph holds too
      own = ownString(key);
      byNeighbours = new Map();
      locals.set(own, byNeighbours, true);
    }
    let local = byNeighbours.get(neighbours);
    if (!local) {
      local = make();
      byNeighbours.set(neighbours, local);
    }
    return local;
  }
  // with excluded regions (rare): the regions first, counted, in a cache of their own
  let regions = 0;
  let spans = '';
  for (let k = ex; k < excluded.length && excluded[k].start < end; k++, regions++) spans += `${excluded[k].start - start},${excluded[k].end - start};`;
  return localsWithRegions.getOrCompute(`${regions}:${spans}${neighbours}${text.slice(start, end)}`, make);
}

/** Sentences found between pauses when a huge paragraph is split (a few milliseconds). */
const SENTENCES_PER_SPLIT_STEP = 4_096;

/**
 * Splits [start, end) into sentences; `ex` is the first excluded region that may overlap.
 * Yields every few thousand sentences (a paragraph of megabytes); run straight through
 * for an ordinary one.
 */
function* splitSentenceSteps(
  text: string,
  start: number,
  end: number,
  excluded: Excluded[],
  ex: number,
  emit: (start: number, end: number) => void,
): Generator<void, void> {
  let emitted = 0;
  let sentenceStart = start;
  let i = start;
  // jump from terminator to terminator, searching the paragraph's own text
  const body = text.slice(start, end);
  while (i < end) {
    TERMINATORS.lastIndex = i - start;
    const next = TERMINATORS.exec(body);
    if (!next) break;
    i = start + next.index;
    while (ex < excluded.length && excluded[ex].end <= i) ex++;
    if (ex < excluded.length && excluded[ex].start <= i) {
      i = excluded[ex].end;
      continue;
    }
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k < end && !startsSentence(text, i, j, k, end)) {
      i = j;
      continue;
    }
    emit(sentenceStart, j);
    sentenceStart = k;
    i = k;
    if (++emitted % SENTENCES_PER_SPLIT_STEP === 0) yield;
  }
  if (sentenceStart < end) {
    let e = end;
    while (e > sentenceStart && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > sentenceStart) emit(sentenceStart, e);
  }
}

/**
 * Whether a sentence starts at k, after a terminator at i whose closing marks end at j.
 */
function startsSentence(text: string, i: number, j: number, k: number, end: number): boolean {
  const next = text[k];
  if (/[a-z,;:)\]]/.test(next)) return false;
  if (text[i] !== '.' || j - i > 1 + countClosers(text, i + 1, j)) return true;
  if (text[i + 1] === '.') return true; // an ellipsis
  // the word before the period, dots inside it kept ("U.S", "a.m", "J")
  let w = i;
  while (w > 0 && i - w < 12 && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, i);
  if (!word) return true;
  const lower = word.toLowerCase();
  const nextWord = /^[A-Za-z]+/.exec(text.slice(k, Math.min(end, k + 20)))?.[0] ?? '';
  if (TITLE_ABBREVIATIONS.has(lower) && j === i + 1) {
    // "No." and "St." and "Mar." are words too: only before a number or a name
    // "No. 3", "Mar. 15" before a number; "she said no. Kim left" is a sentence end
    if (lower === 'no' || lower === 'mar' || lower === 'jun' || lower === 'sec')
      return !/[0-9]/.test(next) && (SENTENCE_OPENERS.has(nextWord) || word !== word[0].toUpperCase() + lower.slice(1));
    return false;
  }
  const initial = /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  const state = STATE_ABBREVIATIONS.has(lower) && /^[A-Z]/.test(word);
  if (!initial && !state && !OTHER_ABBREVIATIONS.has(lower)) return true;
  if (SENTENCE_OPENERS.has(nextWord) || /[“"‘]/.test(next)) return true;
  // a lone capital after a lower-case word ("posted on X.", "vitamin D.") ends its sentence
  // when what follows reads as a new clause, a capitalised word and a verb or adverb ("X.
  // Critics said"); not before another name word or initial ("the novelist F. Scott
  // Fitzgerald", "by J. K. Marsh"), a figure, a comma or a linking word ("urges S. Korea to")
  if (word.length === 1 && /[a-z]/.test(wordBefore(text, w)[0] ?? 'A') && clauseGoesOn(text, k + nextWord.length, end, nextWord)) return true;
  // a time of day ends its sentence unless a day, a date or a time zone goes on ("at 10 a.m. Tuesday")
  if ((lower === 'a.m' || lower === 'p.m') && nextWord && !TIME_FOLLOWERS.test(nextWord)) return true;
  return false;
}

/** The word (letters, digits, hyphens) that ends before `at`, past one run of spaces. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  let b = e;
  while (b > 0 && e - b < 30 && /[\p{L}\p{N}-]/u.test(text[b - 1])) b--;
  return text.slice(b, e);
}

/**
 * Whether `word`, a capitalised word ending at `at`, is followed by a lower-case word that is
 * not a linking word: the subject of a new clause and its verb ("Critics said", "Musk later").
 */
function clauseGoesOn(text: string, at: number, end: number, word: string): boolean {
  if (!/^[A-Z][a-z]/.test(word) || text[at] !== ' ') return false;
  const after = /^[a-z]+/.exec(text.slice(at + 1, Math.min(end, at + 16)))?.[0];
  return !!after && !LINKING_WORDS.has(after);
}

/** Words that carry a noun phrase on rather than begin a predicate ("S. Korea to return"). */
const LINKING_WORDS = new Set(['to', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'the', 'a', 'an', 'de', 'van', 'von', 'da', 'del']);

/** What may follow "a.m."/"p.m." in its sentence: a day, a month, a time zone, "local". */
const TIME_FOLLOWERS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|[A-Z]{1,2}[SD]?T|GMT|UTC)$/;

function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (CLOSERS.has(text[i])) n++;
  return n;
}
