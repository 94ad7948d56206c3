// Stage 3: quotation spans, found at the character level (compromise only sees quotes that
// open and close inside one sentence).
//
// - Marks: “…”, "…", «…», „…“ at the top level; ‘…’ and '…' at the top level too (British style);
//   single quotes ‘…’ and '…' nested inside double quotes (and doubles inside a top-level
//   single) are tracked so that their marks do not end the outer quotation, but they are
//   not separate Quotes: the outer quotation and its attribution are what a reader checks.
// - Whether a mark opens or closes is read from its neighbours, so typographic slips
//   (”word” typed with two closing marks) still pair. An apostrophe (Kim’s, ’90s, rock ’n’
//   roll, can’t) is not a quote mark; a ’ after a word (the Jones’ house) closes only a
//   single quote that is open.
// - Pairing runs inside one paragraph. A mark that opens while a quotation of the same kind
//   is open means the earlier one was never closed (the odd one out), unless the next two
//   marks both close: then it is a quote within the quote in the same marks (“He said “I am
//   done” and left,” Ruiz said); a closing mark with
//   nothing open is ignored. Curly marks inside a straight-quoted passage (and the reverse)
//   are a quote within the quote.
// - Multi-paragraph quotations: one Quote per paragraph piece. A piece that runs to the end
//   of its paragraph and whose next paragraph opens with a quotation mark continues there:
//   the piece is `closed: true` (the quotation goes on) and the next paragraph's opening
//   quote gets `continues` = the piece's index. The last piece of a quotation that is never
//   closed is `closed: false` and runs to the end of its paragraph.
// - Kind: `title` for a short title-cased span after "the show", "called", "on" …;
//   `scare` for one to three words inside a running sentence with no attribution cue in it
//   (so-called “reforms”). Anything else, and anything with speech punctuation inside, is a
//   `quotation`: a hidden real quote is worse than a warning too many.

import type { Context } from './context';
import type { LocalParagraph } from './document';
import { QUOTE_CUE_VERB_FORMS, SOURCE_PHRASES, STATEMENT_NOUNS } from './lexicon';
import type { Excluded, Paragraph, Quote, QuoteKind } from './model';
import { LocalCache, LONG_SENTENCE, textAt } from './localCache';
import type { TaggedSentence, Term } from './tagging';
import { firstAtOrAfter } from './sorted';

type Family = 'double' | 'single' | 'guillemet' | 'low';

interface OpenMark {
  pos: number;
  family: Family;
  straight: boolean;
}

interface Piece {
  start: number;
  end: number;
  closed: boolean;
  /** The piece runs to the end of its paragraph and the next paragraph reopens it. */
  runsOn: boolean;
  paragraph: number;
  family: Family;
  /**
   * A lone single mark that opens near the end of its paragraph and is not closed there:
   * a quotation only if the next paragraph reopens it (a British quotation running on),
   * else an apostrophe. Settled in findQuoteSteps, which sees the next paragraph.
   */
  tentative?: boolean;
}

function isLetterOrDigit(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013/-]/.test(c);
}

function isSpaceOrEnd(c: string | undefined): boolean {
  return c === undefined || /[\s.,;:!?)\]}\u2014\u2013…-]/.test(c);
}

type Direction = 'open' | 'close' | 'either' | 'none';

/** How a mark at i reads from its neighbours (`p` before, `n` after, and `n2` after that). */
function direction(mark: string, p: string | undefined, n: string | undefined, n2?: string): Direction {
  switch (mark) {
    case '“':
      return !isSpaceOrStart(p) && isSpaceOrEnd(n) && !isQuoteMark(p) ? 'close' : 'open';
    case '”':
      return isSpaceOrStart(p) && isLetterOrDigit(n) ? 'open' : 'close';
    case '"':
      if (isSpaceOrStart(p) || isQuoteMark(p)) return n === undefined || /\s/.test(n) ? 'either' : 'open';
      return isSpaceOrEnd(n) || isQuoteMark(n) ? 'close' : 'either';
    case '‘':
      if (/[0-9]/.test(n ?? '')) return 'none'; // ‘90s typed with the wrong mark
      if (isLetterOrDigit(p) && isLetterOrDigit(n)) return 'none';
      return 'open';
    case '’':
    case "'":
      if (isLetterOrDigit(p) && isLetterOrDigit(n)) return 'none'; // can’t, Kim’s
      if (isSpaceOrStart(p) || isQuoteMark(p)) {
        // ’90s; rock ’n’ roll (an n standing alone, not 'Nobody came')
        if (/[0-9]/.test(n ?? '') || (/^n$/i.test(n ?? '') && (n2 === undefined || /['’\s]/.test(n2)))) return 'none';
        return mark === "'" && isLetterOrDigit(n) ? 'open' : mark === '’' ? 'none' : 'either';
      }
      return 'close';
    case '«':
    case '„':
    case '‚':
      return 'open';
    case '»':
      return 'close';
    default:
      return 'none';
  }
}

function isQuoteMark(c: string | undefined): boolean {
  return c !== undefined && '“”"‘’\'«»„‚'.includes(c);
}

function familyOf(mark: string): Family {
  if (mark === '«' || mark === '»') return 'guillemet';
  if (mark === '„') return 'low';
  if (mark === '‘' || mark === '’' || mark === "'" || mark === '‚') return 'single';
  return 'double';
}

/** Whether `mark` (read as `dir`) closes an open mark. */
function closes(open: OpenMark, mark: string, dir: Direction): boolean {
  if (dir === 'open' || dir === 'none') return false;
  switch (open.family) {
    case 'double':
      return mark === '”' || mark === '"' || (mark === '“' && dir === 'close');
    case 'low':
      return mark === '“' || mark === '”' || mark === '"';
    case 'guillemet':
      return mark === '»';
    case 'single':
      return mark === '’' || mark === "'";
  }
}

function opensTopLevel(mark: string, dir: Direction): boolean {
  if (dir !== 'open' && dir !== 'either') return false;
  // a straight ' opens a quotation only before a letter ('I was there,' said …), never as
  // the apostrophe of 'em or '90s
  return mark === '“' || mark === '"' || mark === '«' || mark === '„' || mark === '‘' || mark === '”' || (mark === "'" && dir === 'open');
}

function opensNested(outer: OpenMark, mark: string, dir: Direction): boolean {
  if (dir !== 'open') return false;
  if (outer.family === 'single') return mark === '“' || mark === '"' || mark === '”';
  // curly quotes inside a straight quotation (and the reverse) are a quote within the quote
  if (outer.family === 'double' && (outer.straight ? mark === '“' : mark === '"')) return true;
  return mark === '‘' || mark === "'" || mark === '‚';
}

const MARKS = /[“”"‘’'«»„‚]/g;

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Scans one paragraph, skipping excluded text; pushes pieces in document order. */
/** Quotation marks read between pauses when one paragraph (a runaway line) holds thousands. */
const MARKS_PER_STEP = 4_000;

function* scanParagraph(text: string, p: Paragraph, index: number, excluded: Excluded[], firstEx: number, out: Piece[]): Generator<void, void> {
  const stack: OpenMark[] = [];
  let ex = firstEx;
  const body = text.slice(p.start, p.end);
  let seen = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(body); m; m = MARKS.exec(body)) {
    if (++seen % MARKS_PER_STEP === 0) {
      // MARKS is shared: another analysis may use it during the pause
      const at = MARKS.lastIndex;
      yield;
      MARKS.lastIndex = at;
    }
    const pos = p.start + m.index;
    while (ex < excluded.length && excluded[ex].end <= pos) ex++;
    if (ex < excluded.length && excluded[ex].start <= pos) continue;
    let mark = m[0];
    let width = 1;
    // two apostrophes stand for a double mark in old wire copy: ''Like this,'' she said
    if (mark === "'" && body[m.index + 1] === "'") {
      mark = '"';
      width = 2;
      MARKS.lastIndex = m.index + 2;
    }
    const dir = direction(mark, text[pos - 1], text[pos + width], text[pos + width + 1]);
    if (dir === 'none') continue;
    if (stack.length) {
      if (pluralPossessive(text, pos, mark, stack[stack.length - 1].family, p.end)) continue;
      // the innermost open mark first, then an outer one (an inner "quote" that was really
      // an apostrophe is dropped when the outer mark closes)
      let closed = -1;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (closes(stack[k], mark, dir)) {
          closed = k;
          break;
        }
      }
      if (closed >= 0 && !(closed < stack.length - 1 && mark !== '”' && mark !== '"' && mark !== '»' && mark !== '“')) {
        const open = stack[closed];
        stack.length = closed;
        if (closed === 0) out.push({ start: open.pos, end: pos + width, closed: true, runsOn: false, paragraph: index, family: open.family });
        continue;
      }
      const top = stack[stack.length - 1];
      if (stack.length === 1 && opensNested(top, mark, dir)) {
        stack.push({ pos, family: familyOf(mark), straight: mark === "'" || mark === '"' });
        continue;
      }
      // “He said “I am done” and left,” Ruiz said: a quote within the quote in the same marks,
      // when the next two double marks both close
      if (stack.length === 1 && dir === 'open' && familyOf(mark) === 'double' && stack[0].family === 'double' && closesTwice(text, pos + width, p.end)) {
        stack.push({ pos, family: 'double', straight: mark === '"' });
        continue;
      }
      if (opensTopLevel(mark, dir) && familyOf(mark) === stack[0].family && dir === 'open') {
        // the odd one out: the open quotation was never closed, a new one starts here
        out.push({ start: stack[0].pos, end: trimEnd(text, stack[0].pos + 1, pos), closed: false, runsOn: false, paragraph: index, family: stack[0].family });
        stack.length = 0;
        stack.push({ pos, family: familyOf(mark), straight: mark === '"' });
      }
      continue;
    }
    if (opensTopLevel(mark, dir)) {
      // a lone ‘ or ' at the top level is an apostrophe unless it is closed in this paragraph,
      // or, when no other mark follows it there, the next paragraph reopens it (see Piece)
      if (familyOf(mark) === 'single' && !hasSingleCloser(text, pos + 1, p.end)) {
        if (dir === 'open' && !marksAfter(text, pos + width, p.end)) {
          out.push({ start: pos, end: p.end, closed: false, runsOn: false, paragraph: index, family: 'single', tentative: true });
          return;
        }
        continue;
      }
      stack.push({ pos, family: familyOf(mark), straight: mark === '"' });
    }
  }
  if (stack.length) {
    out.push({ start: stack[0].pos, end: p.end, closed: false, runsOn: false, paragraph: index, family: stack[0].family });
  }
}

/**
 * "'Savers' money is safe,' she said": inside a single-quoted quotation, a mark after a
 * plural's s with a lower-case word after it is the plural's apostrophe, not the close,
 * when the next single mark that is not an apostrophe closes too ("He called them 'the
 * savers' and 'the strivers'" still closes after savers: the next mark opens).
 */
function pluralPossessive(text: string, pos: number, mark: string, family: string, end: number): boolean {
  if ((mark !== "'" && mark !== '’') || family !== 'single' || !/[sS]/.test(text[pos - 1] ?? '') || !/^ \p{Ll}/u.test(text.slice(pos + 1, pos + 3))) return false;
  const limit = Math.min(end, pos + 2000);
  for (let i = pos + 1; i < limit; i++) {
    const c = text[i];
    if (c !== "'" && c !== '’' && c !== '‘') continue;
    const dir = direction(c, text[i - 1], text[i + 1], text[i + 2]);
    if (dir !== 'none') return dir === 'close';
  }
  return false;
}

/** Whether the next two double quotation marks in [from, to) both close (neither opens). */
function closesTwice(text: string, from: number, to: number): boolean {
  const limit = Math.min(to, from + 2000);
  let closers = 0;
  for (let i = from; i < limit && closers < 2; i++) {
    const c = text[i];
    if (c !== '“' && c !== '”' && c !== '"') continue;
    const dir = direction(c, text[i - 1], text[i + 1], text[i + 2]);
    if (dir === 'none') continue;
    if (dir === 'open') return false;
    closers++;
  }
  return closers === 2;
}

/** Whether a quotation mark that is no apostrophe stands in [from, to). */
function marksAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (isQuoteMark(c) && direction(c, text[i - 1], text[i + 1], text[i + 2]) !== 'none') return true;
  }
  return false;
}

/** Whether a single mark closes in [from, to), past whole double-quoted quotations inside ('I told her, "Go."'). */
function hasSingleCloser(text: string, from: number, to: number): boolean {
  const limit = Math.min(to, from + 2000);
  let doubles = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if ((c === '’' || c === "'") && doubles % 2 === 0) {
      const dir = direction(c, text[i - 1], text[i + 1], text[i + 2]);
      // (right after a closing double mark, a mark that could open or close closes: …win."')
      if (dir === 'close' || (dir === 'either' && (text[i - 1] === '"' || text[i - 1] === '”'))) return true;
    }
    if (c === '“' || c === '”' || c === '"') doubles++;
  }
  return false;
}

function opensParagraph(text: string, p: Paragraph): Family | null {
  const c = text[p.start];
  if (!c || !isQuoteMark(c)) return null;
  const dir = direction(c, undefined, text[p.start + 1], text[p.start + 2]);
  return opensTopLevel(c, dir) ? familyOf(c) : null;
}

/** Paragraphs read between pauses (well under a millisecond each, far less when cached). */
const PARAGRAPHS_PER_STEP = 64;
/** Quotations of one paragraph classified between pauses. */
const QUOTES_PER_STEP = 128;

export function findQuotes(ctx: Context): Quote[] {
  const steps = findQuoteSteps(ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A quotation piece found in one paragraph, offsets relative to the paragraph's start,
 * with the kind it has when nothing outside the paragraph changes it (when it is neither
 * continued by the next paragraph nor a continuation of the previous one).
 */
interface LocalPiece {
  start: number;
  end: number;
  closed: boolean;
  family: Family;
  kind: QuoteKind;
  /** See Piece. */
  tentative?: boolean;
}

/**
 * The pieces of each paragraph, remembered under its LocalParagraph: the paragraph's text,
 * the characters just before and after it (a mark's direction reads its neighbours) and
 * the excluded regions inside it decide them. The sentences a kind is judged in split from
 * the same text (document.ts), and their tags are a function of their text (tagging.ts).
 * So after an edit only the changed paragraphs are scanned; what crosses paragraphs (a
 * quotation that runs on into the next one) is settled on every run.
 */
const paragraphPieces = new LocalCache<readonly LocalPiece[]>();

function* piecesOf(ctx: Context, index: number, firstEx: number): Generator<void, readonly LocalPiece[]> {
  const known = paragraphPieces.get(ctx, index);
  if (known) return known;
  const { text, analysis } = ctx;
  const p = analysis.paragraphs[index];
  const pieces: Piece[] = [];
  yield* scanParagraph(text, p, index, analysis.excluded, firstEx, pieces);
  if (pieces.length > QUOTES_PER_STEP) yield;
  const local: LocalPiece[] = [];
  const cues = new Map<number, SentenceCues>();
  for (let k = 0; k < pieces.length; k++) {
    // a paragraph of thousands of quotations (a runaway line) is classified in steps
    if (k > 0 && k % QUOTES_PER_STEP === 0) yield;
    const piece = pieces[k];
    // the cues of a runaway sentence (hundreds of thousands of terms) are read ahead in steps
    if (piece.closed) {
      const s = sentenceHolding(ctx, p, piece);
      const sentence = s === undefined ? undefined : analysis.sentences[s];
      if (s !== undefined && sentence && sentence.end - sentence.start > LONG_SENTENCE && !cues.has(s)) cues.set(s, yield* cueSteps(text, sentence, ctx.tagged[s]));
    }
    const kind = piece.closed ? kindOf(ctx, p, piece, cues) : 'quotation';
    local.push({ start: piece.start - p.start, end: piece.end - p.start, closed: piece.closed, family: piece.family, kind, ...(piece.tentative ? { tentative: true } : {}) });
  }
  Object.freeze(local);
  paragraphPieces.set(ctx, index, local);
  return local;
}

/**
 * The quotations of the document, step by step: yields every few dozen paragraphs so a
 * time-sliced caller can pause inside the stage.
 */
export function* findQuoteSteps(ctx: Context): Generator<void, Quote[]> {
  const { text, analysis } = ctx;
  const { paragraphs, excluded } = analysis;
  // made at about the last run's size and filled by index (cut to size at the end), not grown
  const quotes: Quote[] = lastCount > 0 && lastCount < 1 << 20 ? new Array<Quote>(lastCount + 16) : [];
  let n = 0;
  const { locals } = ctx;
  const piecesNow: (readonly LocalPiece[])[] | undefined = locals && locals.length === paragraphs.length ? new Array(paragraphs.length) : undefined;
  const hintLocals = lastLocals;
  const hintPieces = lastPieces;
  let ex = 0;
  // the quote the previous paragraph's last piece leaves open for this paragraph to continue
  let pendingContinuation = -1;
  for (let index = 0; index < paragraphs.length; index++) {
    if (index > 0 && index % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[index];
    while (ex < excluded.length && excluded[ex].end <= p.start) ex++;
    // a remembered paragraph costs one look-up, not a generator of its own; one that stands
    // where it stood in the last run, with the same LocalParagraph, not even that
    const local = locals?.[index];
    let pieces = local !== undefined && index < hintLocals.length && hintLocals[index] === local ? hintPieces[index] : undefined;
    if (pieces === undefined) pieces = paragraphPieces.get(ctx, index) ?? (yield* piecesOf(ctx, index, ex));
    if (piecesNow) piecesNow[index] = pieces;
    // a tentative last piece is a quotation only if the next paragraph reopens it
    let count = pieces.length;
    if (count > 0 && pieces[count - 1].tentative) {
      const next = paragraphs[index + 1];
      if (!next || next.kind === 'heading' || opensParagraph(text, next) !== 'single') count--;
    }
    for (let k = 0; k < count; k++) {
      const piece = pieces[k];
      const start = p.start + piece.start;
      const end = p.start + piece.end;
      const continues = k === 0 && pendingContinuation >= 0 && start === p.start ? pendingContinuation : null;
      quotes[n++] = {
        start,
        end,
        text: textAt(ctx, start, end, index),
        kind: continues === null ? piece.kind : 'quotation',
        status: 'unattributed',
        speaker: null,
        cue: null,
        closed: piece.closed,
        continues,
      };
    }
    pendingContinuation = -1;
    const last = count > 0 ? pieces[count - 1] : undefined;
    if (last && !last.closed && p.start + last.end === p.end) {
      const next = paragraphs[index + 1];
      if (next && next.kind !== 'heading' && opensParagraph(text, next) === last.family) {
        // the quotation goes on in the next paragraph: this piece is closed after all
        const quote = quotes[n - 1];
        quote.closed = true;
        pendingContinuation = n - 1;
        if (quote.continues === null) quote.kind = kindOf(ctx, p, quote, new Map());
      }
    }
  }
  quotes.length = n;
  lastCount = n;
  if (locals && piecesNow) {
    lastLocals = locals;
    lastPieces = piecesNow;
  }
  return quotes;
}

/**
 * The last run's LocalParagraphs and their pieces, in the same order: after an edit nearly
 * every paragraph stands at the same index with the same LocalParagraph, and comparing the
 * two arrays costs less than a look-up for each paragraph. The pieces depend on the
 * LocalParagraph alone (see paragraphPieces), so any run's are as good as another's.
 */
let lastLocals: readonly LocalParagraph[] = [];
/** How many quotes the last run found (the size the next run's list is made at). */
let lastCount = 0;
let lastPieces: readonly (readonly LocalPiece[])[] = [];

// ---------------------------------------------------------------------------------------
// Titles and scare quotes

const TITLE_CUES = new Set([
  'show', 'book', 'film', 'movie', 'program', 'programme', 'series', 'song', 'album', 'called', 'titled',
  'entitled', 'dubbed', 'named', 'column', 'essay', 'play', 'novel', 'documentary', 'podcast', 'episode',
  'headline', 'article', 'on', 'in', 'of', 'the', 'magazine', 'newspaper', 'memoir', 'report', 'speech',
  'campaign', 'slogan', 'hashtag', 'musical', 'opera', 'poem', 'painting', 'exhibition', 'sitcom',
  'nickname',
]);

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'nor', 'vs']);

const SOURCE_PHRASE_LIST = SOURCE_PHRASES.map((s) => s.toLowerCase());

/**
 * The kind of a closed quote that continues no earlier one: a title, a scare quote or a
 * quotation, judged in the sentence of paragraph `p` that holds it. `cues` remembers each
 * sentence's cues across the quotes of one paragraph.
 */
function kindOf(ctx: Context, p: Paragraph, quote: { start: number; end: number }, cues: Map<number, SentenceCues>): QuoteKind {
  const { text, analysis, tagged } = ctx;
  // an attribute's value in markup pasted into the copy (<tweet id="7781…">): nobody's words
  if (text[quote.start - 1] === '=') return 'scare';
  // ''…'' (two apostrophes for a double mark, as old wire copy writes it) reads like “…”
  const inner = text.slice(quote.start + 1, quote.end - 1).trim().replace(/^'(?!')|(?<!')'$/g, '');
  // what a sign, a card or a banner says ("a card reading “Forever 17”", "placards that read
  // “No to the incinerator”"): words on a thing, nobody's to credit
  if (inner && inner.split(/\s+/).length <= 12 && INSCRIBED.test(text.slice(Math.max(p.start, quote.start - 60), quote.start))) return 'scare';
  if (!inner || /[.!?…;:]\s/.test(inner)) return 'quotation';
  // a title keeps the comma or period American style puts inside the marks (on “Meet the Press,”)
  const bare = inner.replace(/[.,]$/, '');
  const words = bare.split(/\s+/);
  // a nickname between given name and surname: Ana “Annie” Soto (set off like a scare quote;
  // read in the paragraph, as an initial's full stop may end the tagger's sentence: Dana C. “Dee” Ode)
  if (words.length <= 2 && isTitleCase(words) && !/[.!?]$/.test(inner) && /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, quote.start - 30), quote.start)) && /^ \p{Lu}/u.test(text.slice(quote.end, quote.end + 2))) return 'scare';
  const s = sentenceHolding(ctx, p, quote);
  const sentence = s === undefined ? undefined : analysis.sentences[s];
  if (s === undefined || !sentence || sentence.start > quote.start || sentence.end < quote.end) return 'quotation';
  const before = text.slice(Math.max(sentence.start, quote.start - 60), quote.start);
  const previousWord = /([\p{L}-]+)[\s,]*$/u.exec(before)?.[1] ?? '';
  const after = text.slice(quote.end, Math.min(sentence.end, quote.end + 3));
  // on “Meet the Press” / the nickname “Big Lou” / NBC's “Nightly News”
  // (also after a plural: "the best known of his albums, “Gem City Nights,”")
  const cue = previousWord.toLowerCase();
  if (bare && words.length <= 10 && isTitleCase(words) && (TITLE_CUES.has(cue) || (cue.length > 4 && TITLE_CUES.has(cue.replace(/s$/, ''))) || /\p{Lu}[\p{L}.&-]*['’]s $/u.test(before))) return 'title';
  // a name or words as words, not anyone's words: what became known as the “Ode rule”, the phrase “tax relief”
  if (words.length <= 4 && /\b(?:known as (?:(?:the|a|an) )?|the (?:phrase|term) )$/i.test(before)) return 'scare';
  if (/[.,!?…:;]$/.test(inner)) return 'quotation';
  if (words.length > 3) return 'quotation';
  // inside a running sentence: a word before it in the same sentence, and no speech comma
  if (!/[\p{L}\p{N}][\s]*$/u.test(before) || previousWord === '' || /^[,]/.test(after)) return 'quotation';
  let sentenceCues = cues.get(s);
  if (!sentenceCues) {
    sentenceCues = cuesOf(text, sentence, tagged[s]);
    cues.set(s, sentenceCues);
  }
  if (/^so-called$/i.test(previousWord) || !sentenceHasCue(text, sentenceCues, sentence, quote)) return 'scare';
  return 'quotation';
}

/**
 * The first sentence of the paragraph that ends after the quote starts (binary search: a
 * runaway paragraph may have thousands of sentences).
 */
function sentenceHolding(ctx: Context, p: Paragraph, quote: { start: number }): number | undefined {
  const { analysis } = ctx;
  let lo = 0;
  let hi = p.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (analysis.sentences[p.sentences[mid]].end > quote.start) hi = mid;
    else lo = mid + 1;
  }
  return lo < p.sentences.length ? p.sentences[lo] : undefined;
}

/** A thing with words on it, then "reading", "that read", "bearing" (the end of the text before a quote). */
const INSCRIBED =
  /\b(?:signs?|banners?|placards?|cards?|posters?|(?:t-)?shirts?|notes?|plaques?|inscriptions?|stickers?|graffiti|billboards?|boards?|wreaths?|murals?|flags?|badges?|sashes|sash|hoodies?|tattoos?|cakes?|balloons?|headstones?|gravestones?|notices?)\s+(?:(?:that|which)\s+)?(?:read|reads|reading|bearing|bore|with the words|emblazoned with)[\s,:]*$/i;

function isTitleCase(words: string[]): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  let capitals = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (/^\p{Lu}/u.test(bare) || /^\p{N}/u.test(bare)) capitals++;
    else if (!SMALL_WORDS.has(bare.toLowerCase())) return false;
  }
  return capitals >= 1;
}

/** Forms of "be" (and "get") before a participle that make it passive: "was asked", "got told". */
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being|get|gets|got|getting)$/;

/**
 * Whether terms[k] is a cue's participle that compromise read as a noun after a comma
 * ("…, warning of a “significant impact”", "…, warning against “panic buying”"): what
 * follows it (a preposition of its topic, or "that") says it is the verb.
 */
export function participleAfterComma(text: string, terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  const next = terms[k + 1];
  if (k === 0 || !next || !/ing$/.test(t.normal) || !t.tags.has('Noun') || !QUOTE_CUE_VERB_FORMS.has(t.normal)) return false;
  return /^\s*,\s*$/.test(text.slice(terms[k - 1].end, t.start)) && /^(?:of|about|against|that)$/.test(next.normal) && /^\s+$/.test(text.slice(t.end, next.start));
}

/**
 * Whether the cue verb at terms[k] is passive ("Reeves was asked about the “black hole”",
 * "was told the plan was “unworkable”", "was described by critics as “reckless”"): its
 * subject is whom the words were put to, not who said them. Not "was quoted (as saying)"
 * nor "was reported as saying": the one quoted is the speaker.
 */
export function passiveCue(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  const base = QUOTE_CUE_VERB_FORMS.get(t.normal);
  if (!base || base === 'quote' || t.normal === base || /(?:ing|s)$/.test(t.normal)) return false;
  if (terms[k + 1]?.normal === 'as' && /ing$/.test(terms[k + 2]?.normal ?? '')) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && !PASSIVE_BE.test(terms[j].normal) && (terms[j].tags.has('Adverb') || terms[j].tags.has('Negative')) && !/[,;:]/.test(terms[j].post)) j--;
  return j >= 0 && PASSIVE_BE.test(terms[j].normal) && !/[,;:]/.test(terms[j].post);
}

/** Whether "words" at terms[k] credits whose words they are: "in Lee's words", "in his own words", "in the words of …". */
function inWordsOf(terms: readonly Term[], k: number): boolean {
  const o = terms[k - 1]?.normal === 'own' ? k - 2 : k - 1;
  if (o < 1 || terms[o - 1].normal !== 'in') return false;
  return /^(?:his|her|their|its)$|['’]s?$/i.test(terms[o].text) || (terms[o].normal === 'the' && terms[k + 1]?.normal === 'of');
}

interface SentenceCues {
  /** Starts of the cue verbs in the sentence, in order. */
  verbs: number[];
  /** Whether the sentence holds a phrase such as "according to". */
  phrase: boolean;
}

/** Whether the sentence, outside the quote itself, has a verb or phrase that credits a source. */
function sentenceHasCue(text: string, cues: SentenceCues, sentence: { start: number; end: number }, quote: { start: number; end: number }): boolean {
  if (cues.phrase || /:\s*$/.test(text.slice(Math.max(sentence.start, quote.start - 4), quote.start))) return true;
  // a cue verb before the quote, or after it
  let lo = firstAtOrAfter(cues.verbs, quote.start);
  if (lo > 0) return true;
  while (lo < cues.verbs.length && cues.verbs[lo] < quote.end) lo++;
  return lo < cues.verbs.length;
}

function cuesOf(text: string, sentence: { start: number; end: number }, tagged: TaggedSentence | undefined): SentenceCues {
  const steps = cueSteps(text, sentence, tagged);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Terms of a runaway sentence read for cues between pauses. */
const TERMS_PER_STEP = 20_000;
/** Characters of a runaway sentence searched for source phrases between pauses. */
const CHARS_PER_STEP = 200_000;

/** cuesOf step by step: a runaway sentence's terms and text are read with pauses inside it. */
function* cueSteps(text: string, sentence: { start: number; end: number }, tagged: TaggedSentence | undefined): Generator<void, SentenceCues> {
  const verbs: number[] = [];
  const terms = tagged?.terms ?? [];
  for (let k = 0; k < terms.length; k++) {
    if (k > 0 && k % TERMS_PER_STEP === 0) yield;
    const term = terms[k];
    // (a passive cue names whom the words were put to: "was asked about the “black hole”"
    // credits nobody in the sentence, unless "by" names who put them: "was described by critics as")
    // ("People close to her said": compromise may read "said" after "her" as an adjective)
    if (QUOTE_CUE_VERB_FORMS.has(term.normal) && (term.tags.has('Verb') || term.tags.has('PastTense') || /^(?:said|says|told|tells)$/.test(term.normal) || participleAfterComma(text, terms, k))) {
      if (!passiveCue(terms, k) || terms[k + 1]?.normal === 'by') verbs.push(term.start);
    }
    // "Ruiz's claim that …": a statement's noun after its maker
    else if (k > 0 && STATEMENT_NOUNS.has(term.normal) && terms[k + 1]?.normal === 'that' && /^h(?:is|er)$|['’]s?$/i.test(terms[k - 1].text)) verbs.push(term.start);
    // "in Lee's words", "in his own words", "in the words of one nurse"
    else if (term.normal === 'words' && inWordsOf(terms, k)) verbs.push(term.start);
  }
  if (sentence.end - sentence.start <= CHARS_PER_STEP) {
    const lower = text.slice(sentence.start, sentence.end).toLowerCase();
    return { verbs, phrase: SOURCE_PHRASE_LIST.some((phrase) => lower.includes(phrase)) };
  }
  // in windows that overlap by the longest phrase, so a phrase across a window edge is found
  const overlap = Math.max(...SOURCE_PHRASE_LIST.map((phrase) => phrase.length));
  for (let from = sentence.start; from < sentence.end; from += CHARS_PER_STEP) {
    if (from > sentence.start) yield;
    const lower = text.slice(from, Math.min(sentence.end, from + CHARS_PER_STEP + overlap)).toLowerCase();
    if (SOURCE_PHRASE_LIST.some((phrase) => lower.includes(phrase))) return { verbs, phrase: true };
  }
  return { verbs, phrase: false };
}
