// Credit lines: the "Source: Environment Agency" that a newsroom sets under a table, a
// chart's figures or a fact box. The line names where the figures above it come from, so
// those figures are sourced, as a reader of the printed page takes them to be:
//
//   | Street    | Homes flooded |
//   |-----------|---------------|
//   | Mill Lane | 44            |
//
//   *Source: Environment Agency*
//
// A credit line is a paragraph of its own ("Source: …", "Sources: …", "Data source: …",
// "Data: …", in emphasis or not), or the last sentence or line of a paragraph ("Prices rose
// 12% in a year. Source: ONS.", or "Source: …" right under a table's rows). It credits the
// figures of the block right above it that have no source of their own: the paragraph
// before it, or every item of the list before it; a credit line inside a paragraph credits
// the rest of that paragraph. A heading is credited by nothing. What the line names after
// the colon is the source; when it names an entity, the figures are that entity's, as with
// "…, the Environment Agency said". A transcript's speaker label opening a paragraph
// ("KIM: …", "**Lena Osei:** …") is that paragraph's credit line too, when it is a name.

import { textAt } from './localCache';
import type { Context } from './context';
import type { Source } from './model';
import { sourcesOf } from './credits';
import { firstAtOrAfter, firstFrom } from './sorted';

/**
 * The label and what it credits: "Source: X", "SOURCES: X; Y", "Data source: X", "Data: X".
 * The label starts with a capital (a credit line is set as a line of its own, never in
 * running prose); markup around the line ("*Source: X*", "_Source_: X") is left out of X.
 */
const CREDIT_LINE = /^[*_]{0,2}(?:(?:Data\s+)?[Ss]ources?|SOURCES?|Data|DATA)(?:[*_]{0,2}\s*:|\s*:[*_]{0,2})\s*(\S(?:.*\S)?)\s*$/;

/** Markup and a full stop that close a credit line ("ONS.*", "Eurostat._"), not part of the source's name. */
const CLOSING = /[\s*_.]+$/;

/** What a credit line names must not hold a figure of its own ("Data: 40% of homes …" is prose with a label). */
const FIGURE_LIKE = /%|[$£€¥₹]|\bper ?cent\b|\d[\d,.]*\s*(?:million|billion|trillion|bn|m)\b/i;

/** Longest source a credit line names (a longer "Source: …" is a sentence of prose). */
const MOST_CHARS = 200;

/** Most list items one credit line under a list credits (a list longer than this is no fact box). */
const MOST_ITEMS = 60;

interface Credit {
  start: number;
  end: number;
  /** Only a source when it is a name the article knows (a speaker's label). */
  named?: boolean;
}

/** The source named by the credit line that is the text [start, end), or undefined when it is none. */
function creditIn(text: string, start: number, end: number): Credit | undefined {
  // a credit line is one line: a quick test of its first character before the pattern
  const first = text.charCodeAt(start);
  // "*", "_", "S", "D"
  if (first !== 42 && first !== 95 && first !== 83 && first !== 68) return undefined;
  if (end - start > MOST_CHARS + 20) return undefined;
  const line = text.slice(start, end);
  if (line.includes('\n')) return undefined;
  const match = CREDIT_LINE.exec(line);
  if (!match) return undefined;
  const what = match[1].replace(CLOSING, '');
  if (what.length < 2 || what.length > MOST_CHARS || !/[A-Za-z]/.test(what) || FIGURE_LIKE.test(what)) return undefined;
  // (the pattern is anchored: what it names ends where the line's last word does)
  const at = start + line.trimEnd().length - match[1].length;
  return { start: at, end: at + what.length };
}

/** Whether paragraph p is wholly a credit line, and what it names. */
function paragraphCredit(ctx: Context, p: number): Credit | undefined {
  const paragraph = ctx.analysis.paragraphs[p];
  if (!paragraph || paragraph.kind === 'heading') return undefined;
  return creditIn(ctx.text, paragraph.start, paragraph.end);
}

/** The credit line that credits paragraph p: its own last sentence or line, the paragraph after it (after its list), or its speaker label. */
function creditOf(ctx: Context, p: number): Credit | undefined {
  const { paragraphs, sentences } = ctx.analysis;
  const paragraph = paragraphs[p];
  if (!paragraph || paragraph.kind === 'heading') return undefined;
  const own = paragraph.sentences;
  if (own.length > 1) {
    const last = sentences[own[own.length - 1]];
    const credit = last && creditIn(ctx.text, last.start, last.end);
    if (credit) return credit;
  }
  // the paragraph's last line: "Source: …" right under a table's rows, with no blank line
  const newline = ctx.text.lastIndexOf('\n', paragraph.end - 1);
  if (newline > paragraph.start) {
    let start = newline + 1;
    while (start < paragraph.end && (ctx.text[start] === ' ' || ctx.text[start] === '\t')) start++;
    const credit = creditIn(ctx.text, start, paragraph.end);
    if (credit) return credit;
  }
  const next = creditLineIndex(ctx, p);
  const line = next < 0 ? undefined : paragraphCredit(ctx, next);
  if (line) return line;
  const label = speakerLabel(ctx.text, paragraph.start, paragraph.end);
  return label && labelSpeaks(ctx, p, label) ? label : undefined;
}

/**
 * Whether what follows a label is something said, a clause with a verb ("KIM: We spent £3
 * million"), not a fact box's entry under a heading word ("Sheffield: 30 new Sunday services").
 */
function labelSpeaks(ctx: Context, p: number, label: Credit): boolean {
  const { sentences, paragraphs } = ctx.analysis;
  const first = paragraphs[p].sentences[0];
  const terms = first === undefined ? undefined : ctx.tagged[first]?.terms;
  // (without the words tagged, as before: the label speaks)
  if (!terms || sentences[first].end <= label.end) return true;
  return terms.some((t) => t.start > label.end && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'));
}

/**
 * A transcript's speaker label opening the paragraph: "KIM: We spent £3 million …",
 * "**Lena Osei:** …". Its figures are that speaker's word, as its quotations are; the label
 * counts only when it is a name the article knows (see creditLineSource), so "Note:" or
 * "Update:" is none.
 */
const SPEAKER_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?::(?:\*\*|__)?|(?:\*\*|__):)[ \t]/u;

function speakerLabel(text: string, start: number, end: number): Credit | undefined {
  const label = SPEAKER_LABEL.exec(text.slice(start, Math.min(end, start + 80)));
  if (!label) return undefined;
  const at = start + label[0].indexOf(label[1]);
  return { start: at, end: at + label[1].length, named: true };
}

/**
 * The index of the paragraph whose credit line would credit paragraph p (the one after it,
 * or after the list p is an item of), or -1 when there is none to look at. The figures stage
 * reuses the last run's figures of a paragraph only while that paragraph is unchanged too.
 */
export function creditLineIndex(ctx: Context, p: number): number {
  const { paragraphs } = ctx.analysis;
  let q = p + 1;
  if (paragraphs[p]?.kind === 'list-item') while (q < paragraphs.length && q - p <= MOST_ITEMS && paragraphs[q].kind === 'list-item') q++;
  return q < paragraphs.length ? q : -1;
}

const runs = new WeakMap<Context, Map<number, Source | null>>();

/**
 * The source a credit line gives the figures of paragraph p that have none of their own, or
 * null. Each call returns a Source of its own (a figure owns its source).
 */
export function creditLineSource(ctx: Context, p: number): Source | null {
  let known = runs.get(ctx);
  if (!known) {
    known = new Map();
    runs.set(ctx, known);
  }
  let source = known.get(p);
  if (source === undefined) {
    const credit = creditOf(ctx, p);
    source = credit ? sourceOf(ctx, credit) : null;
    // (a speaker's label is a person's or a body's name: "MUMBAI: Shares of … surged" opens on a dateline's place)
    if (credit?.named && (source?.entity === null || (source && ctx.analysis.entities[source.entity ?? -1]?.type === 'place'))) source = null;
    known.set(p, source);
  }
  return source && { ...source };
}

// ---------------------------------------------------------------------------------------
// Footnotes: "Rents rose 41% in a decade.[^2]" with "[^2]: According to the council's
// housing survey, 2025." further down. A footnote reference is a credit of the same kind as
// a credit line, pointing at a definition anywhere in the document: it sources the figures
// before it in its sentence that have none of their own, and its sentence's claim. A
// footnote sources when its text credits a source ("According to …", "Figures from …"),
// or reads as a citation: a link, a year, or a name first ("Office for National
// Statistics, 2025"); a note ("[^1]: The figures exclude Scotland.") sources nothing.

/** A footnote reference in running text: "[^2]", "[^note]" (not a definition's "[^2]:"). */
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]{1,99})\](?!:)/g;
/** A footnote definition at the start of a line ("[^2]: …"), as document.ts reads it. */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,99})\]:[ \t]*/gm;
/** The end of a sentence between a figure and a reference: the reference is another sentence's. */
const SENTENCE_END = /[.!?]["”’)]*\s/;
/** What makes a footnote a citation when it credits nothing in words: a link or a year. */
const CITATION = /\]\(|https?:\/\/|www\.|\b(?:1[89]|20)\d\d\b/;

/** Each footnote label of the document → the paragraph of its definition. */
const footnoteParagraphs = new WeakMap<Context, Map<string, number>>();

function footnotesOf(ctx: Context): Map<string, number> {
  let known = footnoteParagraphs.get(ctx);
  if (known) return known;
  known = new Map();
  const { text, analysis } = ctx;
  if (text.includes('[^')) {
    FOOTNOTE_DEFINITION.lastIndex = 0;
    for (let m = FOOTNOTE_DEFINITION.exec(text); m; m = FOOTNOTE_DEFINITION.exec(text)) {
      // (a definition document.ts read: its paragraph opens after the marker, so none in code or plain text)
      const at = m.index + m[0].length;
      const p = firstFrom(analysis.paragraphs, at);
      if (analysis.paragraphs[p]?.start === at && !known.has(m[1])) known.set(m[1], p);
    }
  }
  footnoteParagraphs.set(ctx, known);
  return known;
}

/** Where "[^" stands in each document's text, in order (looked up per figure: one scan of the text, not one per figure). */
const footnoteMarks = new WeakMap<Context, Int32Array>();

/** Whether the document's text [start, end) holds a footnote reference (its figures then depend on a paragraph anywhere). */
export function holdsFootnoteReference(ctx: Context, start: number, end: number): boolean {
  let marks = footnoteMarks.get(ctx);
  if (!marks) {
    const at: number[] = [];
    for (let i = ctx.text.indexOf('[^'); i >= 0; i = ctx.text.indexOf('[^', i + 2)) at.push(i);
    footnoteMarks.set(ctx, (marks = Int32Array.from(at)));
  }
  if (marks.length === 0) return false;
  const i = firstAtOrAfter(marks, start);
  return i < marks.length && marks[i] < end;
}

/**
 * The source the footnote referenced in sentence s at or after offset `from` gives, or null:
 * the first reference after `from` in the sentence, with no sentence end between them. Each
 * call returns a Source of its own.
 */
export function footnoteSource(ctx: Context, s: number, from: number): Source | null {
  const sentence = ctx.analysis.sentences[s];
  if (!sentence || !holdsFootnoteReference(ctx, from, sentence.end)) return null;
  const notes = footnotesOf(ctx);
  if (notes.size === 0) return null;
  const body = ctx.text.slice(from, sentence.end);
  FOOTNOTE_REFERENCE.lastIndex = 0;
  const reference = FOOTNOTE_REFERENCE.exec(body);
  if (!reference || SENTENCE_END.test(body.slice(0, reference.index))) return null;
  const p = notes.get(reference[1]);
  return p === undefined ? null : definitionSource(ctx, p);
}

/** What footnote paragraph p credits: the source its words give, or the footnote itself when it reads as a citation. */
function definitionSource(ctx: Context, p: number): Source | null {
  const paragraph = ctx.analysis.paragraphs[p];
  const sources = sourcesOf(ctx);
  for (const s of paragraph.sentences) {
    const source = sources.sentenceSource(s);
    if (source) return { ...source };
  }
  const what = ctx.text.slice(paragraph.start, paragraph.end).replace(CLOSING, '');
  if (what.length < 2 || what.length > MOST_CHARS || what.includes('\n')) return null;
  // (a link alone is named by its text: "[Housing data](https://…)")
  const link = /^\[([^\]]{2,})\]\([^)]*\)$/.exec(what);
  const credit = link ? { start: paragraph.start + 1, end: paragraph.start + 1 + link[1].length } : { start: paragraph.start, end: paragraph.start + what.length };
  const source = sourceOf(ctx, credit);
  // a name first ("Office for National Statistics, Housing Survey 2025"), or a link or a year
  const named = source.entity !== null && ctx.analysis.entities[source.entity]?.mentions.some((m) => m.start === credit.start);
  return named || CITATION.test(what) ? source : null;
}

/** The source a credit line names: the entity it names (a person, else an organisation, else a place), or the words as written. */
function sourceOf(ctx: Context, credit: Credit): Source {
  const { starts, ends, ranks, entityOf, texts } = sourcesOf(ctx).mentionTable();
  let best = -1;
  for (let i = firstAtOrAfter(starts, credit.start); i < starts.length && starts[i] < credit.end; i++) {
    if (ends[i] > credit.end) continue;
    if (best < 0 || ranks[i] < ranks[best]) best = i;
  }
  // "Source: ONS" names the source whole; "Source: ONS analysis of HMRC data" is the analysis, by ONS
  if (best >= 0 && starts[best] === credit.start && (!credit.named || ends[best] === credit.end)) return { start: starts[best], end: ends[best], text: texts[best], entity: entityOf[best], anonymous: false };
  return { start: credit.start, end: credit.end, text: textAt(ctx, credit.start, credit.end), entity: best >= 0 && !credit.named ? entityOf[best] : null, anonymous: false };
}
