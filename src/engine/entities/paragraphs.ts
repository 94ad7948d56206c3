// A paragraph's names as the entity stage walks them on every run: laid out side by side in
// typed arrays (numbers for keys, words and descriptors, from entities/ids.ts), with offsets
// relative to the paragraph's first sentence. The record is remembered under the
// paragraph's LocalParagraph, and the records of a whole document are copied end to end
// into one table (NameRows) that the next run updates only where paragraphs changed: so
// after an edit the stage walks a few contiguous arrays, not every name object of the
// article, and what moved is placed where it now stands only when the mentions are made.

import type { Context } from '../context';
import type { Term } from '../tagging';
import { appositive, descriptorBefore } from './descriptors';
import type { IdTable } from './ids';
import { moved, type RememberedNames, type SentenceMemo } from './memo';
import { datelineOf, TEAM, WHERE, type NameSpan, type Pace } from './names';

/** Written as a modifier of the next word ("Trojan horse"). */
export const MODIFIER = 1;
/** A name of several words. */
export const MULTI = 2;
/** Evidence that the name plays as a team. */
export const PLAYS = 4;
/** Evidence that something happens in it. */
export const WHERE_FLAG = 8;
/** Right after the name before it in its sentence, where a dateline makes it that place's state or country. */
export const DATELINE = 16;
/** Found in a headline line. */
export const HEADLINE = 32;
/** The place a dateline opens with ("WASHINGTON (AP) —"), written in capitals there. */
export const DATELINE_PLACE = 64;

/** The columns of a list of names (a paragraph's, or a whole document's). */
export interface NameColumns {
  readonly keys: Int32Array;
  readonly flags: Uint8Array;
  /** Seven scores a name. */
  readonly scores: Float64Array;
  /** Offsets relative to the start of the name's paragraph's first sentence. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** How good a name for its entity (better() in entities.ts as one number); NaN: compare the spans. */
  readonly ranks: Float64Array;
  /**
   * Three a name, ids of their lower-case forms (-1: none): the descriptor before it, its
   * appositive as a place's or an organisation's, and as a person's. None for a headline's.
   */
  readonly descriptors: Int32Array;
  /** A name's words are pool[wordStart .. wordStart + wordCount) (wordStart relative to its paragraph's words). */
  readonly wordStart: Int32Array;
  readonly wordCount: Int32Array;
  readonly pool: Int32Array;
  readonly texts: readonly string[];
  readonly spans: readonly NameSpan[];
}

/** All the names of a paragraph in order, side by side. */
export interface CompactNames extends NameColumns {
  readonly count: number;
  readonly words: number;
  /** Acronyms introduced, as [short, full, short, full, …] keys, and names written as acronyms, in order. */
  readonly introduce: readonly string[] | null;
  readonly spelled: readonly string[] | null;
  /** Whether the paragraph has headline lines (their names are not among these). */
  readonly headlines: boolean;
}

/** Marks of a paragraph in NameRows: it introduces or spells acronyms; it has headlines. */
export const HAS_ACRONYMS = 1;
export const HAS_HEADLINES = 2;

export interface ParagraphNames {
  /** The numbers of the keys and words are this table's. */
  readonly table: IdTable;
  /** The memos the names were found from (the paragraph's sentences, in order). */
  readonly memos: readonly SentenceMemo[];
  /** Each sentence's remembered names (none for a headline), checked against the case statistics. */
  readonly remembered: readonly (RememberedNames | undefined)[];
  /** The version of the case statistics every remembered answer was last found to hold in. */
  checkedAt: number;
  /** Every word the sentences' names asked the case statistics about. */
  readonly asked: ReadonlySet<string>;
  /** Each sentence's names (relative to the sentence), regions left out; none for a headline. */
  readonly lists: readonly (readonly NameSpan[])[];
  /** The sentences (indexes in the paragraph) that are headlines: their names are matched per run. */
  readonly headlines: readonly number[] | null;
  readonly compact: CompactNames;
}

const HEADLINE_RANK = 2 ** 52;
const WORDS_RANK = 2 ** 31;

/** better(a, b) in entities.ts is rankOf(a) > rankOf(b) when neither is NaN. */
export function rankOf(name: NameSpan): number {
  if (name.words.length >= 2 ** 21 || name.text.length >= WORDS_RANK / 2) return NaN;
  // (of two forms as long, the one in the article's normal case: "Singapore", not "SINGAPORE")
  return (name.headline ? 0 : HEADLINE_RANK) + name.words.length * WORDS_RANK + name.text.length * 2 + (/\p{Ll}/u.test(name.text) ? 1 : 0);
}

/**
 * descriptorBefore and appositive of a name of sentence s (relative to it), remembered in
 * its notes (they read only its sentence); `which`: 0 before, 1 a place's or an
 * organisation's appositive, 2 a person's. The id of the lower-case form, or -1.
 */
function descriptorId(ctx: Context, name: NameSpan, s: number, which: number, table: IdTable): number {
  const { notes } = name;
  const terms = (): readonly Term[] => ctx.tagged[s].terms;
  const placed = (): NameSpan => moved(name, ctx.analysis.sentences[s].start, s);
  if (which === 0) {
    if (notes.before === undefined) notes.before = descriptorBefore(terms(), placed(), ctx.text);
    if (!notes.before) return -1;
    if (notes.beforeLower === undefined) notes.beforeLower = notes.before.toLowerCase();
    return table.id(notes.beforeLower);
  }
  if (which === 2) {
    if (notes.personAppositive === undefined) notes.personAppositive = appositive(terms(), placed(), ctx.text, 'person');
    if (!notes.personAppositive) return -1;
    if (notes.personAppositiveLower === undefined) notes.personAppositiveLower = notes.personAppositive.toLowerCase();
    return table.id(notes.personAppositiveLower);
  }
  if (notes.appositive === undefined) notes.appositive = appositive(terms(), placed(), ctx.text, 'organization');
  if (!notes.appositive) return -1;
  if (notes.appositiveLower === undefined) notes.appositiveLower = notes.appositive.toLowerCase();
  return table.id(notes.appositiveLower);
}

/** The descriptor a name's id stands for (`which` as in descriptorId), once looked for. */
export function descriptorText(name: NameSpan, which: number): string {
  const { notes } = name;
  return (which === 0 ? notes.before : which === 1 ? notes.appositive : notes.personAppositive) as string;
}

/**
 * The names of the sentences of a paragraph starting at sentence `first` (each list relative
 * to its sentence) laid out side by side, with their descriptors looked for.
 */
export function* compactSteps(
  ctx: Context,
  lists: readonly (readonly NameSpan[])[],
  first: number,
  table: IdTable,
  pace: Pace,
  introduce: readonly string[] | null = null,
  spelled: readonly string[] | null = null,
  headlines = false,
): Generator<void, CompactNames> {
  const { sentences } = ctx.analysis;
  let count = 0;
  let words = 0;
  for (const list of lists) {
    count += list.length;
    for (let n = 0; n < list.length; n++) words += list[n].words.length;
  }
  const spans: NameSpan[] = new Array(count);
  const texts: string[] = new Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const keys = new Int32Array(count);
  const scores = new Float64Array(7 * count);
  const flags = new Uint8Array(count);
  const ranks = new Float64Array(count);
  const wordStart = new Int32Array(count);
  const wordCount = new Int32Array(count);
  const pool = new Int32Array(words);
  const descriptors = new Int32Array(3 * count).fill(-1);
  const origin = lists.length ? sentences[first].start : 0;
  let i = 0;
  let w = 0;
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    if (!list.length) continue;
    const s = first + k;
    const base = sentences[s].start - origin;
    for (let n = 0; n < list.length; n++, i++) {
      // the descriptors cost about as much as a few terms
      if (pace.walked(4)) yield;
      const name = list[n];
      spans[i] = name;
      texts[i] = name.text;
      starts[i] = base + name.start;
      ends[i] = base + name.end;
      keys[i] = table.id(name.key);
      const score = name.scores;
      for (let m = 0; m < 7; m++) scores[7 * i + m] = score[m];
      let f = 0;
      if (name.modifier) f |= MODIFIER;
      if (name.words.length > 1) f |= MULTI;
      if (score[TEAM] > 0) f |= PLAYS;
      if (score[WHERE] > 0) f |= WHERE_FLAG;
      if (name.headline) f |= HEADLINE;
      if (n > 0 && score[WHERE] && name.first === list[n - 1].last + 1) {
        const town = list[n - 1];
        const d = datelineOf(ctx.tagged[s].terms);
        if (d && d.place === town.last && name.last <= d.end && name.last < d.agency) f |= DATELINE;
      }
      if (n === 0 && score[WHERE]) {
        const d = datelineOf(ctx.tagged[s].terms);
        if (d && d.place === name.last) f |= DATELINE_PLACE;
      }
      flags[i] = f;
      ranks[i] = rankOf(name);
      wordStart[i] = w;
      wordCount[i] = name.words.length;
      for (const word of name.words) pool[w++] = table.id(word);
      if (!name.headline) for (let which = 0; which < 3; which++) descriptors[3 * i + which] = descriptorId(ctx, name, s, which, table);
    }
  }
  return { count, words, spans, texts, starts, ends, keys, scores, flags, ranks, wordStart, wordCount, pool, descriptors, introduce, spelled, headlines };
}

/**
 * Makes room in a JS array: the items from `at` on move by `by` (which may be negative; the
 * room made holds copies of the first item until the caller fills it). splice, not
 * copyWithin: V8 moves a packed array's items in one block for splice, but copyWithin goes
 * item by item through the generic path (a pasted paragraph in 100,000 words spent ~1 s here).
 */
function shiftArray<T>(array: T[], at: number, by: number): void {
  if (by > 0) array.splice(at, 0, ...new Array<T>(by).fill(array[0]));
  else if (by < 0) array.splice(at + by, -by);
}

/**
 * The names of a whole document, paragraph after paragraph, in columns (NameColumns) with
 * each paragraph's rows at [nameFrom[u], nameFrom[u + 1]) and its words at poolFrom[u]. A run
 * takes it over from the last one and replaces the rows of the paragraphs that changed.
 */
export class NameRows implements NameColumns {
  count = 0;
  keys = new Int32Array(0);
  flags = new Uint8Array(0);
  scores = new Float64Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  ranks = new Float64Array(0);
  descriptors = new Int32Array(0);
  wordStart = new Int32Array(0);
  wordCount = new Int32Array(0);
  pool = new Int32Array(0);
  words = 0;
  texts: string[] = [];
  spans: NameSpan[] = [];
  /** The paragraphs' names the rows hold, in order, and their marks (HAS_ACRONYMS, HAS_HEADLINES). */
  units: CompactNames[] = [];
  marks = new Uint8Array(0);
  nameFrom = new Int32Array(1);
  poolFrom = new Int32Array(1);
  private capacity = 0;
  private poolCapacity = 0;

  private reserve(count: number, words: number): void {
    if (count > this.capacity) {
      const capacity = Math.max(count, this.capacity * 2, 256);
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, per = 1): T => {
        const next = new (a.constructor as new (n: number) => T)(capacity * per);
        next.set(a.subarray(0, this.count * per));
        return next;
      };
      this.keys = grow(this.keys);
      this.flags = grow(this.flags);
      this.scores = grow(this.scores, 7);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.ranks = grow(this.ranks);
      this.descriptors = grow(this.descriptors, 3);
      this.wordStart = grow(this.wordStart);
      this.wordCount = grow(this.wordCount);
      this.capacity = capacity;
    }
    if (words > this.poolCapacity) {
      const capacity = Math.max(words, this.poolCapacity * 2, 256);
      const pool = new Int32Array(capacity);
      pool.set(this.pool.subarray(0, this.words));
      this.pool = pool;
      this.poolCapacity = capacity;
    }
  }

  /** Moves the rows from `at` on by `by`, and the words from `wordsAt` on by `wordsBy`. */
  private shift(at: number, by: number, wordsAt: number, wordsBy: number): void {
    if (by) {
      const n = this.count;
      this.keys.copyWithin(at + by, at, n);
      this.flags.copyWithin(at + by, at, n);
      this.scores.copyWithin(7 * (at + by), 7 * at, 7 * n);
      this.starts.copyWithin(at + by, at, n);
      this.ends.copyWithin(at + by, at, n);
      this.ranks.copyWithin(at + by, at, n);
      this.descriptors.copyWithin(3 * (at + by), 3 * at, 3 * n);
      this.wordStart.copyWithin(at + by, at, n);
      this.wordCount.copyWithin(at + by, at, n);
      shiftArray(this.texts, at, by);
      shiftArray(this.spans, at, by);
      this.count += by;
    }
    if (wordsBy) {
      this.pool.copyWithin(wordsAt + wordsBy, wordsAt, this.words);
      this.words += wordsBy;
    }
  }

  /** Replaces the paragraphs [from, to) with `units` (pausing as `pace` says while copying their names). */
  *replace(from: number, to: number, units: readonly CompactNames[], pace: Pace): Generator<void, void> {
    const rowsAt = this.nameFrom[from];
    const wordsAt = this.poolFrom[from];
    let rows = 0;
    let words = 0;
    for (const unit of units) {
      rows += unit.count;
      words += unit.words;
    }
    const rowsBy = rows - (this.nameFrom[to] - rowsAt);
    const wordsBy = words - (this.poolFrom[to] - wordsAt);
    this.reserve(this.count + Math.max(rowsBy, 0), this.words + Math.max(wordsBy, 0));
    this.shift(this.nameFrom[to], rowsBy, this.poolFrom[to], wordsBy);
    let at = rowsAt;
    let w = wordsAt;
    for (const unit of units) {
      if (pace.walked(unit.count + 1)) yield;
      const n = unit.count;
      this.keys.set(unit.keys, at);
      this.flags.set(unit.flags, at);
      this.scores.set(unit.scores, 7 * at);
      this.starts.set(unit.starts, at);
      this.ends.set(unit.ends, at);
      this.ranks.set(unit.ranks, at);
      this.descriptors.set(unit.descriptors, 3 * at);
      this.wordStart.set(unit.wordStart, at);
      this.wordCount.set(unit.wordCount, at);
      this.pool.set(unit.pool, w);
      for (let k = 0; k < n; k++) {
        this.texts[at + k] = unit.texts[k];
        this.spans[at + k] = unit.spans[k];
      }
      at += n;
      w += unit.words;
    }
    // the paragraphs' boundaries from `from` on
    const old = this.units.length;
    const unitsBy = units.length - (to - from);
    if (unitsBy !== 0) {
      shiftArray(this.units, to, unitsBy);
      const nameFrom = new Int32Array(old + unitsBy + 1);
      nameFrom.set(this.nameFrom.subarray(0, from + 1));
      const poolFrom = new Int32Array(old + unitsBy + 1);
      poolFrom.set(this.poolFrom.subarray(0, from + 1));
      this.nameFrom = nameFrom;
      this.poolFrom = poolFrom;
      const marks = new Uint8Array(old + unitsBy);
      marks.set(this.marks.subarray(0, from));
      marks.set(this.marks.subarray(to, old), from + units.length);
      this.marks = marks;
    }
    for (let k = 0; k < units.length; k++) {
      const unit = units[k];
      this.units[from + k] = unit;
      this.marks[from + k] = (unit.introduce || unit.spelled ? HAS_ACRONYMS : 0) | (unit.headlines ? HAS_HEADLINES : 0);
    }
    for (let u = from; u < this.units.length; u++) {
      this.nameFrom[u + 1] = this.nameFrom[u] + this.units[u].count;
      this.poolFrom[u + 1] = this.poolFrom[u] + this.units[u].words;
    }
  }
}
