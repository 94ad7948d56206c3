// Stage 4: people, places and organisations. Names are found sentence by sentence
// (entities/names.ts), typed once for the whole document so that a name keeps one type
// wherever it appears, then merged into entities: "Kim", "Mr. Kim" and "Kim Jong Un" are one
// person named by the fullest form; "Clinton" goes to the Clinton mentioned last in its
// paragraph, or else to the first Clinton the article named; "KCNA"
// joins "Korean Central News Agency". Every step is a pass over the names with maps, so the
// stage stays linear in the length of the article.

import type { Context } from './context';
import { AP_STATES, BRANCH_ENDINGS, CORPORATE_ENDINGS, INDUSTRY_ENDINGS, NAME_CONNECTORS, PLACES, TEAM_ENDINGS, WELL_KNOWN_SHORT_FORMS } from './entities/lexicon';
import {
  FIRM,
  ORG,
  PERSON,
  PLACE,
  SHAPE,
  TEAM,
  TYPES,
  WHERE,
  chunkSentence,
  caseWords,
  isHeadline,
  looksCommon,
  matchHeadline,
  type NameSpan,
  Pace,
  referredSubject,
  type Scores,
} from './entities/names';
import { caseStatsSteps, namesHold, type CaseState } from './entities/caseCounts';
import { idTable, returnScratch, takeScratch, UNSET, type IdTable, type Scratch } from './entities/ids';
import { moved, recall, recording, remember, type AcronymFacts, type RememberedNames, type SentenceMemo } from './entities/memo';
import {
  compactSteps,
  DATELINE,
  DATELINE_PLACE,
  descriptorText,
  HAS_ACRONYMS,
  HAS_HEADLINES,
  HEADLINE,
  MODIFIER,
  MULTI,
  NameRows,
  PLAYS,
  rankOf,
  WHERE_FLAG,
  type CompactNames,
  type NameColumns,
  type ParagraphNames,
} from './entities/paragraphs';
import { paragraphLayout, type LocalParagraph } from './document';
import { LocalCache } from './localCache';
import { SentenceCache } from './sentenceCache';
import { firstAfter } from './sorted';
import type { Entity, EntityType, Excluded, Mention } from './model';
import { recordMentionOrder } from './mentions';
import type { Term } from './tagging';
import { lexiconKind, lexiconTags } from './nlp';
import { runToEnd } from './slicing';
import { cacheGeneration } from './tagging';

const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'y']);

/**
 * About how many terms the stage walks between two pause points: a few milliseconds of
 * work, so analyzeAsync can keep every synchronous slice short on any document.
 */
const TERMS_PER_STEP = 500;

/** Finds the entities in one go (tests, and callers that do not slice). */
export function findEntities(ctx: Context): Entity[] {
  return runToEnd(entitySteps(ctx));
}

/**
 * The paragraphs the stage walks: normally the analysis's paragraphs (a hand-built analysis
 * whose paragraphs do not cover its sentences in order is walked a sentence at a time).
 */
interface Units {
  /** Whether unit u is paragraph u (what is remembered per paragraph may be used). */
  paragraphs: boolean;
  first: Int32Array;
  count: Int32Array;
  /** The paragraph index of the unit's sentences. */
  paragraph: Int32Array;
  /** Where each unit's first sentence starts, when known without reading the sentences. */
  bases?: Float64Array;
}

function unitsOf(ctx: Context): Units {
  const { paragraphs, sentences } = ctx.analysis;
  // as the segmentation made them: every sentence in a paragraph, in order
  const layout = paragraphLayout(paragraphs, sentences);
  if (layout) {
    const n = paragraphs.length;
    const paragraph = new Int32Array(n);
    for (let p = 0; p < n; p++) paragraph[p] = p;
    return { paragraphs: true, first: layout.first, count: layout.count, paragraph, bases: layout.bases };
  }
  let expected = 0;
  let covers = true;
  for (let p = 0; p < paragraphs.length && covers; p++) {
    const indexes = paragraphs[p].sentences;
    if (!indexes.length) continue;
    const last = indexes[indexes.length - 1];
    covers = indexes[0] === expected && last === expected + indexes.length - 1 && sentences[expected]?.paragraph === p && sentences[last]?.paragraph === p;
    expected += indexes.length;
  }
  if (covers && expected === sentences.length) {
    const n = paragraphs.length;
    const units: Units = { paragraphs: true, first: new Int32Array(n), count: new Int32Array(n), paragraph: new Int32Array(n) };
    for (let p = 0, s = 0; p < n; p++) {
      units.first[p] = s;
      units.count[p] = paragraphs[p].sentences.length;
      units.paragraph[p] = p;
      s += units.count[p];
    }
    return units;
  }
  const n = sentences.length;
  const units: Units = { paragraphs: false, first: new Int32Array(n), count: new Int32Array(n).fill(1), paragraph: new Int32Array(n) };
  for (let s = 0; s < n; s++) {
    units.first[s] = s;
    units.paragraph[s] = sentences[s].paragraph;
  }
  return units;
}

/**
 * What the last finished run left for the next: by paragraph index, the LocalParagraph,
 * memos and names of each paragraph (a paragraph with the same LocalParagraph at the same
 * index, every paragraph but the edited one, is found here without a look-up in the caches;
 * only complete ones, every sentence tagged, are kept), and the document's names end to end.
 * A run takes it while it works and leaves it for the next when done; a run that finds it
 * taken (another, paused) or made with other ids works from the caches alone.
 */
interface DocumentState {
  table: IdTable;
  locals: readonly LocalParagraph[];
  memos: readonly (readonly SentenceMemo[] | undefined)[];
  kept: readonly (ParagraphNames | undefined)[];
  /** Every paragraph's names, as the rows hold them. */
  records: readonly ParagraphNames[];
  /** The version of the case statistics all the records were found to hold in. */
  checkedAt: number;
  /** How many of the records asked the case statistics about each word. */
  asked: Map<string, number>;
  rows: NameRows;
  /** The last run's entities, kept while the names and what decides their types stay the same. */
  reuse: Reuse | undefined;
}

/**
 * What the last run's assignment of names to entities read beyond the rows: the words of
 * the keys it typed (whose case elsewhere in the article decides a type), and the names of
 * the paragraphs with headlines (matched against the names the rest of the article typed).
 */
interface Reuse {
  assignment: Assignment;
  keyWords: ReadonlySet<string>;
  merged: ReadonlyMap<number, CompactNames>;
}

let documentState: DocumentState | undefined;

function count(asked: Map<string, number>, words: ReadonlySet<string>, by: number): void {
  for (const w of words) {
    const n = (asked.get(w) ?? 0) + by;
    if (n > 0) asked.set(w, n);
    else asked.delete(w);
  }
}

/**
 * The entity stage as a pipeline step: yields every few thousand terms, inside long
 * sentences too, and returns exactly what findEntities returns.
 */
export function* entitySteps(ctx: Context): Generator<void, Entity[]> {
  const { text, tagged } = ctx;
  const { sentences } = ctx.analysis;
  const pace = new Pace(TERMS_PER_STEP);
  // read only where needed: a sentence's terms are made on first reading (incremental.ts)
  const terms = (i: number): readonly Term[] => tagged[i].terms;
  const table = idTable();
  const units = unitsOf(ctx);
  const unitCount = units.first.length;
  const locals = units.paragraphs ? ctx.locals : undefined;
  let state = documentState;
  documentState = undefined;
  if (state && (state.table !== table || !locals)) state = undefined;
  const last = state;
  const run: Run = { ctx, units, locals, last, memoLists: new Array(unitCount), keptMemos: new Array(unitCount), records: new Array(unitCount), keptNames: new Array(unitCount) };

  // what each sentence says on its own, remembered by its text, and the memos of a whole
  // paragraph by its LocalParagraph (one look-up for an unchanged paragraph): what the case
  // statistics are counted by
  const { memoLists, keptMemos } = run;
  for (let u = 0; u < unitCount; u++) {
    const found = knownMemos(run, u);
    if (pace.walked(found.sentences)) yield;
    u = found.next;
    if (u >= unitCount) break;
    const first = units.first[u];
    const n = units.count[u];
    let complete = true;
    const own: SentenceMemo[] = new Array(n);
    for (let k = 0; k < n; k++) {
      own[k] = yield* sentenceMemo(ctx, first + k, pace);
      if (!terms(first + k).length) complete = false;
    }
    // a sentence without terms (its tagging failed) is worked out again next time
    memoLists[u] = Object.freeze(own);
    if (complete && locals) {
      paragraphMemos.set(ctx, u, memoLists[u]);
      keptMemos[u] = memoLists[u];
    }
  }
  const caseState = yield* caseStatsSteps(memoLists, pace);
  const { stats } = caseState;
  const outside = excludedFilter(ctx.analysis.excluded);

  // Each paragraph's names, as a record remembered under its LocalParagraph while the
  // answers its sentences' names got from the case statistics hold. The last run's records
  // all held in the statistics this run started from: they hold in this run's unless a
  // word that changed was asked about.
  let trusted = false;
  if (last) {
    const { flipped } = caseState;
    if (last.checkedAt === caseState.version) trusted = true;
    else if (last.checkedAt === caseState.since && flipped) {
      trusted = true;
      for (let k = 0; k < flipped.length && trusted; k++) trusted = !last.asked.has(flipped[k]);
    }
  }
  const { records, keptNames } = run;
  for (let u = 0; u < unitCount; u++) {
    const next = knownNames(run, u, trusted, caseState);
    if (pace.walked(next - u)) yield;
    u = next;
    if (u >= unitCount) break;
    let record: ParagraphNames | undefined;
    if (locals) {
      // kept only with the memos it was found from
      const lastNames = same(run, u) ? last?.kept[u] : undefined;
      record = lastNames ?? paragraphNames.get(ctx, u);
      if (record && !lastNames && (record.table !== table || record.memos !== memoLists[u])) record = undefined;
      if (record && !(yield* stillHolds(record, caseState, pace))) record = undefined;
    }
    if (!record) {
      const made = yield* namesOf(ctx, units.first[u], memoLists[u], caseState, outside, table, pace);
      record = made.record;
      if (made.complete && locals) paragraphNames.set(ctx, u, record);
    }
    records[u] = record;
    if (keptMemos[u] && record.memos === keptMemos[u]) keptNames[u] = record;
  }

  // the document's names end to end: the last run's, with the paragraphs that changed replaced
  const asked = last ? last.asked : new Map<string, number>();
  const rows = last ? last.rows : new NameRows();
  // the last run's entities stand while every paragraph that changed names the same as before
  let reuse = last?.reuse;
  // paragraph by paragraph when a few changed; else, as when paragraphs came or went, the
  // stretch between the first and the last change in one go (each replace moves every row
  // after it: a replace per paragraph after a paste elsewhere would be quadratic)
  const changed = last && last.records.length === unitCount ? changedUnits(records, last.records) : undefined;
  if (last && changed && changed.length <= FEW_CHANGED) {
    for (const u of changed) {
      if (reuse && !sameNames(last.records[u].compact, records[u].compact)) reuse = undefined;
      count(asked, last.records[u].asked, -1);
      count(asked, records[u].asked, 1);
      yield* rows.replace(u, u + 1, [records[u].compact], pace);
    }
  } else {
    reuse = undefined;
    const before = last ? last.records : [];
    let a = 0;
    while (a < before.length && a < unitCount && before[a] === records[a]) a++;
    let b = 0;
    while (b < before.length - a && b < unitCount - a && before[before.length - 1 - b] === records[unitCount - 1 - b]) b++;
    for (let u = a; u < before.length - b; u++) count(asked, before[u].asked, -1);
    const middle: CompactNames[] = [];
    for (let u = a; u < unitCount - b; u++) {
      count(asked, records[u].asked, 1);
      middle.push(records[u].compact);
    }
    yield* rows.replace(a, before.length - b, middle, pace);
  }
  const bases = basesOf(units, sentences);
  if (pace.walked(unitCount >> 4)) yield;

  // ... and while no word that decides a type changed its case in the article
  const { flipped } = caseState;
  if (reuse && (!last || last.checkedAt !== caseState.since || !flipped)) reuse = undefined;
  for (let k = 0; reuse && flipped && k < flipped.length; k++) {
    const w = flipped[k];
    if (reuse.keyWords.has(w) || (w.endsWith('s') && reuse.keyWords.has(w.slice(0, -1)))) reuse = undefined;
  }
  if (reuse) {
    const entities = yield* placeMentions(reuse.assignment, bases, rows, reuse.merged, pace);
    if (locals) documentState = { table, locals, memos: keptMemos, kept: keptNames, records, checkedAt: caseState.version, asked, rows, reuse };
    return entities;
  }

  // The body's names walked at once: their scores, which keys stand alone, the first name of
  // each key of several words, and the acronyms introduced in brackets.
  const scratch = takeScratch();
  scratch.begin(table.size);
  const order: number[] = [];
  for (let r = 0; r < rows.count; r += ROWS_PER_STEP) {
    const to = Math.min(r + ROWS_PER_STEP, rows.count);
    addTotals(rows, scratch, order, r, to);
    if (pace.walked(to - r)) yield;
  }
  const alias = new Map<string, string>();
  const spelled: string[] = [];
  for (let u = 0; u < unitCount; u++) {
    if (!(rows.marks[u] & HAS_ACRONYMS)) continue;
    const { introduce, spelled: spelledHere } = rows.units[u];
    if (introduce) for (let k = 0; k < introduce.length; k += 2) alias.set(introduce[k], introduce[k + 1]);
    if (spelledHere) for (const key of spelledHere) spelled.push(key);
  }
  const totals = new Map<string, Scores>();
  const standalone = new Set<string>();
  const firstMulti = new Map<string, FirstName>();
  for (let n = 0; n < order.length; n += ROWS_PER_STEP) {
    const to = Math.min(n + ROWS_PER_STEP, order.length);
    keyTables(rows, scratch, table, bases, order, n, to, totals, standalone, firstMulti);
    if (pace.walked(to - n)) yield;
  }
  yield;
  yield* linkAcronyms(spelled, totals, alias, pace);
  yield;
  linkWellKnownShortForms(totals, alias);
  linkCorporateShortForms(totals, alias);
  linkLastWordShortForms(totals, alias);
  placesOfLocalBodies(totals);
  flattenAliases(alias);
  const surnames: string[] = [];
  const personWords = propagatePersonWords(totals, stats.lower, surnames);
  linkPossessiveNames(totals, alias, personWords);
  // "Graham Pickering … Pickering made 214 transfers": a surname that is also a town's is the
  // person's where the article never puts it after "in" or "at"
  for (const w of surnames) {
    const scores = totals.get(w);
    if (scores && scores[WHERE] === 0 && argmax(scores) === PLACE) scores[PERSON] += scores[PLACE] + 1;
  }
  yield;

  // headlines last: they can only recognise names the body of the article typed
  const merged = new Map<number, CompactNames>();
  const headlined: number[] = [];
  for (let u = 0; u < unitCount; u++) if (rows.marks[u] & HAS_HEADLINES) headlined.push(u);
  if (headlined.length) {
    const known = new Map(totals);
    for (const w of personWords) if (!known.has(w) && !looksCommon(w)) known.set(w, [3, 0, 0, 0, 0, 0, 0]);
    const matched: { u: number; lists: (readonly NameSpan[])[] }[] = [];
    for (const u of headlined) {
      const record = records[u];
      const lists = record.lists.slice();
      for (const k of record.headlines as readonly number[]) {
        const i = units.first[u] + k;
        const base = sentences[i].start;
        const found = yield* movedSteps(yield* matchHeadline(terms(i), i, text, known, pace), -base, pace);
        lists[k] = outside ? outside(found, base) : found;
      }
      matched.push({ u, lists });
    }
    // only headline lines have headline names
    for (const { u, lists } of matched) {
      for (const k of records[u].headlines as readonly number[]) {
        const base = sentences[units.first[u] + k].start;
        for (const name of lists[k]) {
          if (pace.walked(1)) yield;
          if (!name.headline) continue;
          addScores(totals, name.key, name.scores);
        }
        for (const name of lists[k]) {
          if (!name.modifier) standalone.add(name.key);
          if (name.words.length < 2) continue;
          // the first of its key in the article: a headline may come before the body's
          const first = firstMulti.get(name.key);
          if (!first || base + name.start < first.start) firstMulti.set(name.key, { name, start: base + name.start });
        }
      }
    }
    // the paragraphs with headlines are walked with their headline names in place
    for (const { u, lists } of matched) merged.set(u, yield* compactSteps(ctx, lists, units.first[u], table, pace));
  }
  for (const w of personWords) addScores(totals, w, [5, 0, 0, 0, 0, 0, 0]);

  // names only ever written as modifiers ("Trojan horse") get no type from their shape alone
  // (standalone); asked for every name, several times: decided once per key
  const types = new Map<string, EntityType | null>();
  const typeOf = (key: string): EntityType | null => {
    let type = types.get(key);
    if (type === undefined) {
      type = decideType(totals.get(key), key, stats.lower, standalone.has(key), stats.capitalised);
      types.set(key, type);
    }
    return type;
  };
  yield;
  // a place's name the article reads as its club ("Marlow beat Kingsbridge")
  const club = (key: string): boolean => {
    const scores = totals.get(key);
    return !!scores && isClub(scores, leading(scores));
  };
  const assignment = yield* assignSteps(units, bases, rows, merged, table, scratch, typeOf, club, alias, firstMulti, pace);
  returnScratch(scratch);
  const entities = yield* placeMentions(assignment, bases, rows, merged, pace);
  if (locals) {
    // the words of every key the assignment may have typed
    const keyWords = new Set<string>();
    for (const key of totals.keys()) {
      if (pace.walked(1)) yield;
      for (const w of key.split(' ')) keyWords.add(w);
    }
    documentState = { table, locals, memos: keptMemos, kept: keptNames, records, checkedAt: caseState.version, asked, rows, reuse: { assignment, keyWords, merged } };
  }
  return entities;
}

/** Rows walked in one go between two looks at the pace (each a plain function's loop, so it is optimised). */
const ROWS_PER_STEP = 1_024;

/** What a run reads per paragraph, and what it found so far. */
interface Run {
  ctx: Context;
  units: Units;
  locals: readonly LocalParagraph[] | undefined;
  last: DocumentState | undefined;
  memoLists: (readonly SentenceMemo[])[];
  keptMemos: (readonly SentenceMemo[] | undefined)[];
  records: ParagraphNames[];
  keptNames: (ParagraphNames | undefined)[];
}

/** Whether paragraph u has the LocalParagraph it had at the same index in the last run. */
function same(run: Run, u: number): boolean {
  const { last, locals } = run;
  return !!last && !!locals && u < last.locals.length && last.locals[u] === locals[u];
}

/**
 * Takes the memos of the paragraphs from u on that are remembered (the last run's, or the
 * cache's), up to the first that is not: its index (or the count), and how many sentences
 * were passed.
 */
function knownMemos(run: Run, u: number): { next: number; sentences: number } {
  const { ctx, units, locals, last, memoLists, keptMemos } = run;
  let sentences = 0;
  if (!locals) return { next: u, sentences };
  const unitCount = units.first.length;
  for (; u < unitCount; u++) {
    const n = units.count[u];
    // the same LocalParagraph has the same sentences
    const lastMemos = last && same(run, u) ? last.memos[u] : undefined;
    const known = lastMemos ?? paragraphMemos.get(ctx, u);
    if (!known || !(lastMemos || known.length === n)) break;
    memoLists[u] = keptMemos[u] = known;
    sentences += n;
  }
  return { next: u, sentences };
}

/**
 * Takes the last run's names of the paragraphs from u on whose LocalParagraph is the same,
 * while they can be trusted without asking (see `trusted`), up to the first paragraph that
 * is not so: its index (or the count).
 */
function knownNames(run: Run, u: number, trusted: boolean, state: CaseState): number {
  const { last, records, keptNames } = run;
  const unitCount = run.units.first.length;
  if (!last || !run.locals) return u;
  for (; u < unitCount; u++) {
    const record = same(run, u) ? last.kept[u] : undefined;
    if (!record) break;
    // (the last run's records are this run's table's, kept only with their memos, which were taken above)
    if (!trusted && !(record.checkedAt === state.version || quickHolds(record, state))) break;
    records[u] = keptNames[u] = record;
  }
  return u;
}

/** stillHolds when no sentence need be asked again: true when it holds, false when unsure. */
function quickHolds(record: ParagraphNames, state: CaseState): boolean {
  const { flipped } = state;
  if (record.checkedAt !== state.since || !flipped) return false;
  for (let k = 0; k < flipped.length; k++) if (record.asked.has(flipped[k])) return false;
  record.checkedAt = state.version;
  return true;
}

/** The paragraphs whose records are not the last run's, in order (as many paragraphs in both). */
/** Most changed paragraphs whose names replace the last run's one by one (see entitySteps). */
const FEW_CHANGED = 8;

function changedUnits(records: readonly ParagraphNames[], before: readonly ParagraphNames[]): number[] {
  const changed: number[] = [];
  for (let u = 0; u < records.length; u++) if (records[u] !== before[u]) changed.push(u);
  return changed;
}

/** Where each paragraph's first sentence starts. */
function basesOf(units: Units, sentences: readonly { start: number }[]): Float64Array {
  if (units.bases) return units.bases;
  const n = units.first.length;
  const bases = new Float64Array(n);
  for (let u = 0; u < n; u++) bases[u] = units.count[u] ? sentences[units.first[u]].start : 0;
  return bases;
}

/** Adds rows [from, to) to the run's totals (by key, in `scratch`), noting each key's first appearance in `order`. */
function addTotals(rows: NameRows, scratch: Scratch, order: number[], from: number, to: number): void {
  const { keys, scores, flags } = rows;
  for (let r = from; r < to; r++) {
    const k = keys[r];
    if (scratch.touchKey(k)) order.push(k);
    const at = 7 * k;
    const s = 7 * r;
    const totals = scratch.totals;
    for (let m = 0; m < 7; m++) totals[at + m] += scores[s + m];
    const f = flags[r];
    if (!(f & MODIFIER)) scratch.standalone[k] = 1;
    if (f & MULTI && scratch.firstIndex[k] === UNSET) scratch.firstIndex[k] = r;
  }
}

/** The totals, standalone keys and first names of several words of keys order[from .. to), by their strings. */
function keyTables(
  rows: NameRows,
  scratch: Scratch,
  table: IdTable,
  bases: Float64Array,
  order: readonly number[],
  from: number,
  to: number,
  totals: Map<string, Scores>,
  standalone: Set<string>,
  firstMulti: Map<string, FirstName>,
): void {
  const t = scratch.totals;
  for (let n = from; n < to; n++) {
    const k = order[n];
    const key = table.string(k);
    const at = 7 * k;
    totals.set(key, [t[at], t[at + 1], t[at + 2], t[at + 3], t[at + 4], t[at + 5], t[at + 6]]);
    if (scratch.standalone[k]) standalone.add(key);
    const r = scratch.firstIndex[k];
    if (r === UNSET) continue;
    // the paragraph of row r (the last whose rows start at or before it): a binary search, once a key
    const u = Math.max(0, Math.min(firstAfter(rows.nameFrom, r), rows.units.length) - 1);
    firstMulti.set(key, { name: rows.spans[r], start: bases[u] + rows.starts[r] });
  }
}

/** No names (a headline's before it is matched). */
const NONE: readonly NameSpan[] = Object.freeze([]);

const paragraphMemos = new LocalCache<readonly SentenceMemo[]>();
const paragraphNames = new LocalCache<ParagraphNames>();

/**
 * Do a paragraph's remembered names still hold in this run's case statistics? Checked by
 * the words that changed when the record last held in the statistics this run started from
 * (one look-up a changed word), else sentence by sentence.
 */
function* stillHolds(record: ParagraphNames, state: CaseState, pace: Pace): Generator<void, boolean> {
  if (record.checkedAt === state.version) return true;
  const { flipped } = state;
  if (record.checkedAt === state.since && flipped) {
    let changed = false;
    for (let k = 0; k < flipped.length && !changed; k++) changed = record.asked.has(flipped[k]);
    if (!changed) {
      record.checkedAt = state.version;
      return true;
    }
  }
  for (const names of record.remembered) {
    if (pace.walked(1)) yield;
    if (names && !namesHold(names, state)) return false;
  }
  record.checkedAt = state.version;
  return true;
}

/** A paragraph's names found afresh (its sentences' remembered names where they still hold). */
function* namesOf(
  ctx: Context,
  first: number,
  memos: readonly SentenceMemo[],
  caseState: CaseState,
  outside: ((names: readonly NameSpan[], base: number) => readonly NameSpan[]) | null,
  table: IdTable,
  pace: Pace,
): Generator<void, { record: ParagraphNames; complete: boolean }> {
  const { text, tagged } = ctx;
  const { sentences } = ctx.analysis;
  const terms = (i: number): readonly Term[] => tagged[i].terms;
  const n = memos.length;
  const lists: (readonly NameSpan[])[] = new Array(n);
  const remembered: (RememberedNames | undefined)[] = new Array(n);
  const asked = new Set<string>();
  const headlines: number[] = [];
  const introduce: string[] = [];
  const spelled: string[] = [];
  let complete = true;
  for (let k = 0; k < n; k++) {
    const i = first + k;
    const memo = memos[k];
    const base = sentences[i].start;
    if (!terms(i).length) complete = false;
    if (memo.headline) {
      lists[k] = NONE;
      headlines.push(k);
      continue;
    }
    let names = memo.names;
    if (names && namesHold(names, caseState)) {
      // a few look-ups, however long the sentence (its names are walked below)
      if (pace.walked(1)) yield;
    } else {
      const { lookup, questions } = recording(caseState.stats);
      const placed = yield* chunkSentence(tagged[i].terms, tagged[i].candidates, i, text, lookup, pace);
      const spans = yield* movedSteps(placed, -base, pace);
      names = { spans, questions, asked: yield* askedWords(questions, pace), checkedAt: caseState.version };
      if (terms(i).length) memo.names = names;
    }
    remembered[k] = names;
    for (const w of names.asked) {
      if (pace.walked(1)) yield;
      asked.add(w);
    }
    const found = names.spans;
    const list = outside ? outside(found, base) : found;
    lists[k] = list;
    if (!list.length) continue;
    // what a sentence's names say about acronyms is remembered with them
    let facts = list === found ? names.acronyms : undefined;
    if (!facts) {
      facts = yield* acronymFactsOf(list, i, terms, pace);
      if (list === found) names.acronyms = facts;
    }
    if (facts === NO_ACRONYMS) continue;
    for (const m of facts.introduce) introduce.push(list[m + 1].key, list[m].key);
    for (const m of facts.spelled) spelled.push(list[m].key);
  }
  // a sentence opened by "He" or "She" says the subject of the sentence before is a person
  // (a copy of its name: the sentence's own names are remembered by its text alone)
  for (let k = 1; k < n; k++) {
    if (memos[k].headline || memos[k - 1].headline || !lists[k - 1].length) continue;
    const m = referredSubject(terms(first + k), terms(first + k - 1), lists[k - 1]);
    if (m < 0) continue;
    const copy = lists[k - 1].slice();
    copy[m] = moved(copy[m], 0, copy[m].sentence);
    copy[m].scores[PERSON] += 1;
    lists[k - 1] = copy;
  }
  const compact = yield* compactSteps(
    ctx,
    lists,
    first,
    table,
    pace,
    introduce.length ? introduce : null,
    spelled.length ? spelled : null,
    headlines.length > 0,
  );
  const record: ParagraphNames = {
    table,
    memos,
    remembered,
    checkedAt: caseState.version,
    asked,
    lists,
    headlines: headlines.length ? headlines : null,
    compact,
  };
  return { record, complete };
}

/** What sentence i says on its own: remembered by its text, or read from its terms. */
function* sentenceMemo(ctx: Context, i: number, pace: Pace): Generator<void, SentenceMemo> {
  const { start, end } = ctx.analysis.sentences[i];
  const terms = ctx.tagged[i].terms;
  const key = ctx.text.slice(start, end);
  let memo = terms.length ? recall(key) : undefined;
  if (memo) {
    if (pace.walked(Math.ceil(terms.length / 16))) yield;
  } else {
    const headline = yield* isHeadline(terms, pace);
    memo = { headline, ...(yield* caseWords(terms, pace)) };
    if (terms.length) remember(key, memo);
  }
  return memo;
}

/**
 * A sentence's names moved by `by` as a memo keeps them (no sentence), pausing as `pace`
 * says: a runaway sentence may have a hundred thousand names.
 */
function* movedSteps(spans: readonly NameSpan[], by: number, pace: Pace): Generator<void, NameSpan[]> {
  const out: NameSpan[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) {
    // a name costs about as much as a few terms elsewhere
    if (pace.walked(4)) yield;
    out[k] = moved(spans[k], by, -1);
  }
  return out;
}

/** The words a sentence's names asked about, pausing as `pace` says. */
function* askedWords(questions: readonly { word: string }[], pace: Pace): Generator<void, Set<string>> {
  const asked = new Set<string>();
  for (let k = 0; k < questions.length; k++) {
    if (pace.walked(1)) yield;
    asked.add(questions[k].word);
  }
  return asked;
}

/** A name with several words, the first of its key, and where it starts in the document. */
interface FirstName {
  name: NameSpan;
  start: number;
}

function addScores(totals: Map<string, Scores>, key: string, scores: Scores): void {
  const total = totals.get(key);
  if (total) for (let k = 0; k < total.length; k++) total[k] += scores[k];
  else totals.set(key, [scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6]]);
}

/**
 * Keeps only names that lie wholly outside code, front matter and other non-prose regions:
 * a sentence's names (offsets relative to its start `base`) as they are when no region
 * reaches into them, else those of them outside every region.
 */
function excludedFilter(excluded: readonly Excluded[]): ((names: readonly NameSpan[], base: number) => readonly NameSpan[]) | null {
  // null when there is nothing to leave out
  if (!excluded.length) return null;
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  // the furthest end of the regions up to each one: whether any region reaches a stretch
  const reach: number[] = new Array(sorted.length);
  for (let k = 0, far = -Infinity; k < sorted.length; k++) reach[k] = far = Math.max(far, sorted[k].end);
  /** The last region starting before `end`, or -1. */
  const lastBefore = (end: number): number => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const keeps = (start: number, end: number): boolean => {
    const found = lastBefore(end);
    for (let k = found; k >= 0 && k > found - 8; k--) if (sorted[k].end > start) return false;
    return true;
  };
  return (names, base) => {
    if (!names.length) return names;
    let from = Infinity;
    let to = -Infinity;
    for (let k = 0; k < names.length; k++) {
      if (names[k].start < from) from = names[k].start;
      if (names[k].end > to) to = names[k].end;
    }
    // a name is left out only for a region that overlaps it, so one that overlaps none of them
    const last = lastBefore(base + to);
    if (last < 0 || reach[last] <= base + from) return names;
    return names.filter((name) => keeps(base + name.start, base + name.end));
  };
}

/**
 * The type the evidence points to (an index into TYPES). What the article says a name does
 * outweighs what the name looks like: "analysts at Morgan Stanley" and "Morgan Stanley
 * shares" make a firm of a name compromise reads as a person's, however often it is
 * written, unless the article also says something only a person is (a title, a role).
 */
function argmax(scores: Scores): number {
  const best = leading(scores);
  if (best === PERSON && scores[FIRM] >= 3 && scores[PERSON] - scores[SHAPE] < scores[FIRM]) return ORG;
  if (isClub(scores, best)) return ORG;
  return best;
}

/** The type with the most evidence, before what the name does is weighed. */
function leading(scores: Scores): number {
  let best = 0;
  for (let k = 1; k < 3; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/**
 * A place's name (or one shaped like a person's) that the article shows playing as a team
 * at least as often as it says something happens in it ("Marlow beat Kingsbridge", "in
 * Marlow") is its club.
 */
function isClub(scores: Scores, best: number): boolean {
  if (scores[TEAM] === 0 || scores[TEAM] < scores[WHERE]) return false;
  return best === PLACE || (best === PERSON && scores[PERSON] - scores[SHAPE] < 2 * scores[TEAM]);
}

/**
 * The type the document's evidence points to. A capitalised name with no evidence at all is
 * read, as a reader would, by its shape: two to four unknown words make a person's name
 * ("Petra Langrova"), one unknown word a company or body ("Pirelli"); capitalised ordinary
 * words ("World Cup", "Scorers") and a plural that only opens sentences ("Gusts") are no name.
 */
function decideType(
  scores: Scores | undefined,
  key: string,
  lower: ReadonlySet<string>,
  standalone: boolean,
  capitalised?: ReadonlySet<string>,
): EntityType | null {
  if (!scores) return null;
  const best = argmax(scores);
  if (scores[best] > 0 || scores[TEAM] > 0) return TYPES[best];
  const words = key.split(' ');
  // in a run of several capitalised words, a word the dictionary does not know is a name
  // even when it ends like a derived word ("Erling Haaland", "Channing Tatum")
  const common = (w: string) => looksCommon(w) && (words.length === 1 || lexiconKind(w) !== undefined || !/ing$/.test(w));
  const unknown = words.filter((w) => !lower.has(w) && !lower.has(`${w}s`) && !common(w) && /\p{L}/u.test(w)).length;
  if (unknown < words.length) return null;
  // one unknown word: where things happen ("in Tavildara") is a place, else a company or body;
  // but one shaped as a plural and capitalised only where it opens a sentence is a plural
  // noun the dictionary lacks ("Gusts reached 90 km/h", "Tremors were felt")
  if (words.length === 1) {
    if (!standalone) return null;
    if (scores[WHERE]) return 'place';
    return capitalised && !capitalised.has(key) && /[^su'’]s$/.test(key) ? null : 'organization';
  }
  return words.length <= 4 ? 'person' : null;
}

function initials(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w))
    .map((w) => w[0])
    .join('');
}

/** initials() of the keys of the articles read lately (emptied with the tagging cache). */
const initialsOf = new SentenceCache<string>();

const NO_ACRONYMS: AcronymFacts = Object.freeze({ introduce: Object.freeze([]), spelled: Object.freeze([]) });

/**
 * What a sentence's names say about acronyms (it reads only the sentence, so it is
 * remembered with the names: after an edit the other sentences' names are not walked for
 * it again, nor their terms made).
 */
function* acronymFactsOf(
  sentence: readonly NameSpan[],
  s: number,
  terms: (sentence: number) => readonly { pre: string; post: string }[],
  pace: Pace,
): Generator<void, AcronymFacts> {
  if (!sentence.length) return NO_ACRONYMS;
  const introduce: number[] = [];
  const spelled: number[] = [];
  for (let k = 0; k < sentence.length; k++) {
    if (pace.walked(1)) yield;
    const name = sentence[k];
    // ("BoE", "DoJ": a connector's initial may be written in lower case)
    if (name.words.length === 1 && (/^(?:\p{Lu}\.?){2,6}$/u.test(name.text) || /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}$/u.test(name.text))) spelled.push(k);
    if (k + 1 >= sentence.length) continue;
    const full = name;
    const short = sentence[k + 1];
    if (short.first !== full.last + 1 || short.words.length !== 1 || full.words.length < 2) continue;
    const sentenceTerms = terms(s);
    if (!/^\s*\(\s*$/.test(sentenceTerms[full.last].post + sentenceTerms[short.first].pre)) continue;
    if (!sentenceTerms[short.last].post.trimStart().startsWith(')')) continue;
    if (!/^[\p{Lu}.&]+$/u.test(short.text)) continue;
    // "NEW YORK (AP)" is a dateline and its agency: an acronym starts with its name's initial
    if (short.key[0] !== full.key[0]) continue;
    introduce.push(k);
  }
  return introduce.length || spelled.length ? { introduce, spelled } : NO_ACRONYMS;
}

/**
 * "the Korean Central News Agency (KCNA)" introduces an acronym (acronymFactsOf; the walk
 * over the body's names sets those aliases); later "KCNA" is the same organisation. An
 * acronym never introduced (`spelled`: the names written like one, in the order of the
 * article) still joins a name whose initials it spells, when exactly one name in the
 * article does. Then an acronym and its full form share their evidence.
 */
function* linkAcronyms(spelled: readonly string[], totals: Map<string, Scores>, alias: Map<string, string>, pace: Pace): Generator<void, void> {
  const byInitials = new Map<string, string | null>();
  // "BoE", "DoJ", "DfE": the initials of every word, its connectors' too
  const byEveryInitial = new Map<string, string | null>();
  for (const key of totals.keys()) {
    if (!key.includes(' ')) continue;
    const letters = initialsOf.getOrCompute(key, () => initials(key));
    if (letters.length < 2) continue;
    byInitials.set(letters, byInitials.has(letters) ? null : key);
    const every = key.split(/[\s-]+/);
    if (every.length === letters.length || every.length > 6) continue;
    const all = every.map((w) => w[0]).join('');
    byEveryInitial.set(all, byEveryInitial.has(all) ? null : key);
  }
  for (let n = 0; n < spelled.length; n++) {
    if (pace.walked(1)) yield;
    const key = spelled[n];
    if (alias.has(key)) continue;
    const full = byInitials.get(key) ?? (byInitials.has(key) ? null : byEveryInitial.get(key));
    // ("the UK" is the country, not the "University of Kessford" its letters spell; "the UAE"
    // is the "United Arab Emirates")
    if (full && (!PLACES.has(key) || PLACES.has(full))) alias.set(key, full);
  }
  // an acronym and its full form share their evidence, so they get one type
  for (const [short, full] of alias) {
    const a = totals.get(short);
    const b = totals.get(full);
    if (!a || !b) continue;
    const sum = a.map((x, k) => x + b[k]) as Scores;
    totals.set(short, sum);
    totals.set(full, [...sum] as Scores);
  }
}

/**
 * "the Fed" after "the Federal Reserve", "the Met" after "the Metropolitan Police": a short
 * form every reader knows joins its full name, when the article uses exactly one of the full
 * names it may stand for.
 */
function linkWellKnownShortForms(totals: Map<string, Scores>, alias: Map<string, string>): void {
  for (const [short, fulls] of WELL_KNOWN_SHORT_FORMS) {
    if (!totals.has(short) || alias.has(short)) continue;
    const used = fulls.filter((full) => totals.has(full));
    if (used.length === 1) linkShortForm(totals, alias, short, used[0]);
  }
}

/**
 * "Acme" after "Acme Corp." is the company, "Lunova" after "Lunova Semiconductor", "Marlow"
 * after "Marlow Athletic", and both "Vantor Motors" and "Vantor" after "Vantor Motors Inc.".
 */
function linkCorporateShortForms(totals: Map<string, Scores>, alias: Map<string, string>): void {
  for (const [key, scores] of [...totals]) {
    if (argmax(scores) !== ORG) continue;
    let words = key.split(' ');
    while (words.length > 1) {
      const ending = words[words.length - 1];
      const short = words.slice(0, -1).join(' ');
      const trade = INDUSTRY_ENDINGS.has(ending) || TEAM_ENDINGS.has(ending) || BRANCH_ENDINGS.has(ending);
      // ("Bradford" after "Bradford City", a club the article shows playing: the club, where
      // nothing shows "Bradford" a place or a person, "in Bradford" or "Bradford said")
      const shortScores = totals.get(short);
      const club = CLUB_PLACE_ENDINGS.has(ending) && scores[TEAM] > 0 && !!shortScores && (shortScores[TEAM] > 0 || (shortScores[PLACE] === 0 && shortScores[WHERE] === 0 && shortScores[PERSON] - shortScores[SHAPE] <= 0));
      if (!CORPORATE_ENDINGS.has(ending) && !(trade && !PLACES.has(short)) && !club) break;
      words = words.slice(0, -1);
      linkShortForm(totals, alias, short, key);
    }
  }
}

/**
 * "Kessford" after "Kessford Borough Council", "Harrowgate" after "Harrowgate Police": the
 * place a local council or force is named for is a place, wherever else the article has the
 * name act ("Kessford needs to find sites for 8,400 homes").
 */
function placesOfLocalBodies(totals: Map<string, Scores>): void {
  for (const [key, scores] of totals) {
    if (argmax(scores) !== ORG) continue;
    const words = key.split(' ');
    let n = words.length - 1;
    if (n < 1 || !LOCAL_BODIES.has(words[n])) continue;
    if (n > 1 && LOCAL_KINDS.has(words[n - 1])) n--;
    const place = totals.get(words.slice(0, n).join(' '));
    if (place && n <= 2) place[PLACE] += 3;
  }
}

/** The last word of a local body's name, and the kind of place before it ("Borough Council", "City Council"). */
const LOCAL_BODIES = new Set(['council', 'police', 'constabulary']);
const LOCAL_KINDS = new Set(['borough', 'city', 'county', 'district', 'town', 'metropolitan', 'parish', 'regional']);

/** Endings of a club named after its town that a place's name may also have ("Bradford City", "Stockport County"). */
const CLUB_PLACE_ENDINGS = new Set(['city', 'town', 'county', 'borough']);

/**
 * "Rovers" after "Bristol Rovers", "United" after "Manchester United", "Shell" after "Royal
 * Dutch Shell": a later mention by the last word of an organisation's name is that
 * organisation, as a surname is its person, when only one organisation of the article ends
 * with it. Not a place ("Madrid" after "Real Madrid" may be the city), not the last word of
 * a name with connectors ("England" after "Bank of England"), not a word the article shows
 * as a person's.
 */
function linkLastWordShortForms(totals: Map<string, Scores>, alias: Map<string, string>): void {
  const byLast = new Map<string, string | null>();
  for (const [key, scores] of totals) {
    if (!key.includes(' ') || argmax(scores) !== ORG) continue;
    const words = key.split(' ');
    const last = words[words.length - 1];
    if (words.length > 5 || words.some((w) => NAME_CONNECTORS.has(w) || LINKING_WORDS.has(w)) || last.length < 3) continue;
    byLast.set(last, byLast.has(last) ? null : key);
  }
  for (const [last, key] of byLast) {
    const scores = totals.get(last);
    // ("the House" is a legislature's chamber, not the White House or Government House)
    if (!key || !scores || alias.has(last) || PLACES.has(last) || last === 'house') continue;
    // (a club's ending alone, "Rovers", "United", is the club, though British English says
    // "Rovers, who have lost …" of it as of a person)
    if (!TEAM_ENDINGS.has(last) && (scores[PERSON] - scores[SHAPE] > 0 || scores[PLACE] > 0)) continue;
    linkShortForm(totals, alias, last, key);
  }
}

/**
 * A name kept whole as a possessive ("McDonald's said", names.ts standsAsName) is a firm's:
 * its word alone elsewhere ("McDonald's restaurants", read as "McDonald") is the same firm.
 * But where the article names a person by that word ("Dana Smith … the idea was Smith's,")
 * it was the person's possessive after all.
 */
function linkPossessiveNames(totals: Map<string, Scores>, alias: Map<string, string>, personWords: ReadonlySet<string>): void {
  for (const [key, scores] of totals) {
    if (!key.endsWith("'s")) continue;
    const stem = key.slice(0, -2);
    const stemScores = totals.get(stem);
    if (personWords.has(stem) || (stemScores && argmax(stemScores) === PERSON && stemScores[PERSON] - stemScores[SHAPE] > 0)) {
      scores[PERSON] += 5;
      continue;
    }
    if (stemScores && argmax(scores) === ORG && !alias.has(stem)) linkShortForm(totals, alias, stem, key);
  }
}

/** Lower-case words inside an organisation's name that end one of its parts ("Bank of England", "Food and Drug Administration"). */
const LINKING_WORDS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'at', 'to']);

/** "Vantor" → "Vantor Motors" → "Vantor Motors Inc.": every alias points at the last of its chain. */
function flattenAliases(alias: Map<string, string>): void {
  for (const [short, full] of alias) {
    let target = full;
    for (let hops = 0; hops < 8 && alias.has(target) && alias.get(target) !== short; hops++) target = alias.get(target) as string;
    if (target !== full && target !== short) alias.set(short, target);
  }
}

function linkShortForm(totals: Map<string, Scores>, alias: Map<string, string>, short: string, key: string): void {
  const shortScores = totals.get(short);
  if (!shortScores || alias.has(short)) return;
  shortScores[ORG] += 3;
  alias.set(short, key);
}

/**
 * Words of multi-word person names: "Simmons" alone is still the person "Phil Simmons",
 * whether the tagger knew the name or only its shape says so ("a Bukayo Saka penalty").
 * Fills `surnames` with the last words of those that open with a known given name.
 */
function propagatePersonWords(totals: Map<string, Scores>, lower: ReadonlySet<string>, surnames: string[]): Set<string> {
  const words = new Set<string>();
  for (const [key, scores] of totals) {
    if (!key.includes(' ')) continue;
    const person = scores[PERSON] > 0 ? argmax(scores) === PERSON : decideType(scores, key, lower, true) === 'person';
    if (!person) continue;
    const parts = key.split(' ');
    for (const w of parts) if (w.length > 1 && !NAME_CONNECTORS.has(w)) words.add(w);
    // (the surnames of two-word names that open with a given name the lexicon knows: "Graham Pickering")
    if (parts.length === 2 && lexiconTags(parts[0])?.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) surnames.push(parts[1]);
  }
  return words;
}

function better(a: NameSpan, b: NameSpan): boolean {
  if (a.headline !== b.headline) return !a.headline;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  // "Singapore" over a dateline's "SINGAPORE"
  return /\p{Ll}/u.test(a.text) && !/\p{Ll}/u.test(b.text);
}

/** "NEW YORK" as "New York", "ST. LOUIS" as "St. Louis". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
}

/** Is `short` (words) found in order inside `long`? */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** The state an AP abbreviation stands for ("Ark." is Arkansas), or undefined. */
function stateName(text: string): string | undefined {
  return text.endsWith('.') ? AP_STATES.get(text.slice(0, -1)) : undefined;
}

/** The entities being built, one slot each, side by side. */
class Slots {
  readonly type: number[] = [];
  /** The fullest name of each, and how good it is (rankOf). */
  readonly best: NameSpan[] = [];
  readonly rank: number[] = [];
  readonly words: (readonly string[])[] = [];
  readonly descriptors: string[][] = [];
  /** The descriptors (their ids in lower case) and dateline states already added. */
  readonly seen: (Set<number> | undefined)[] = [];
  readonly count: number[] = [];
  /** Where the first mention starts. */
  readonly first: number[] = [];
  readonly datelined: boolean[] = [];

  get length(): number {
    return this.type.length;
  }

  create(type: number, name: NameSpan): number {
    this.type.push(type);
    this.best.push(name);
    this.rank.push(rankOf(name));
    this.words.push(name.words);
    this.descriptors.push([]);
    this.seen.push(undefined);
    this.count.push(0);
    this.first.push(0);
    this.datelined.push(false);
    return this.type.length - 1;
  }

  /**
   * Adds a descriptor (`lower`: the id of its lower-case form) to slot b, once however often
   * it is written: a name's text, or (`which` ≥ 0) one of its descriptors (descriptorText),
   * read only when it is new.
   */
  describe(b: number, lower: number, name: NameSpan, which: number): void {
    let seen = this.seen[b];
    if (!seen) this.seen[b] = seen = new Set();
    if (seen.has(lower)) return;
    seen.add(lower);
    this.descriptors[b].push(which < 0 ? (stateName(name.text) ?? name.text) : descriptorText(name, which));
  }
}

/** A key's type as an index into TYPES, or none. */
const NO_TYPE = 3;
const TYPE_INDEX: Record<EntityType, number> = { person: PERSON, place: PLACE, organization: ORG };

function* assignSteps(
  units: Units,
  bases: Float64Array,
  rows: NameRows,
  merged: ReadonlyMap<number, CompactNames>,
  table: IdTable,
  scratch: Scratch,
  typeOf: (key: string) => EntityType | null,
  club: (key: string) => boolean,
  alias: ReadonlyMap<string, string>,
  firstMulti: ReadonlyMap<string, FirstName>,
  pace: Pace,
): Generator<void, Assignment> {
  const slots = new Slots();

  // People with several words in their name first, longest first, so that "Kim Jong" and
  // "Kim Jong Un" are one person and single words can find the full names they belong to.
  // (the first name of each such key typed a person, in the order of the article)
  const multi: FirstName[] = [];
  for (const first of firstMulti.values()) if (typeOf(first.name.key) === 'person') multi.push(first);
  yield;
  const byLastWord = new Map<string, number[]>();
  const ordered = [...multi].sort((a, b) => b.name.words.length - a.name.words.length || a.start - b.start);
  for (const { name } of ordered) {
    const last = name.words[name.words.length - 1];
    const list = byLastWord.get(last);
    let host: number | undefined;
    if (list) for (let n = 0; n < list.length && host === undefined; n++) if (isSubsequence(name.words, slots.words[list[n]])) host = list[n];
    const b = host ?? slots.create(PERSON, name);
    const k = table.id(name.key);
    scratch.touchKey(k);
    scratch.people[k] = b;
    if (host === undefined) {
      if (list) list.push(b);
      else byLastWord.set(last, [b]);
    }
  }
  for (const { name } of multi.sort((a, b) => a.start - b.start)) {
    const k = table.id(name.key);
    scratch.touchKey(k);
    const b = scratch.people[k];
    if (b === UNSET) continue;
    for (const word of name.words) {
      const w = table.id(word);
      scratch.touchWord(w);
      if (scratch.firstByWord[w] === UNSET) scratch.firstByWord[w] = b;
    }
  }

  yield;
  const walk = new Walk(units, bases, rows, merged, table, scratch, slots, typeOf, club, alias);
  for (;;) {
    // a name costs about as much as a few terms elsewhere (its descriptors, its maps)
    const walked = walk.step(TERMS_PER_STEP >> 3);
    if (pace.walked(8 * walked)) yield;
    if (walk.done) break;
  }
  const { slotOf } = walk;

  // the entities in the order of their first mentions
  const live: number[] = [];
  for (let b = 0; b < slots.length; b++) if (slots.count[b] > 0) live.push(b);
  live.sort((a, b) => slots.first[a] - slots.first[b]);
  const entityOf = new Int32Array(slots.length);
  const templates: EntityTemplate[] = new Array(live.length);
  for (let e = 0; e < live.length; e++) {
    const b = live[e];
    const best = slots.best[b].text;
    templates[e] = {
      name: slots.datelined[b] && !/\p{Ll}/u.test(best) ? titleCase(best) : (stateName(best) ?? best),
      type: TYPES[slots.type[b]],
      descriptors: slots.descriptors[b],
    };
    entityOf[b] = e;
  }
  return { slotOf, entityOf, templates };
}

/**
 * The walk over the document's names that gives each its entity, in steps: a surname alone
 * is the person of that name last mentioned in the same paragraph; in a new paragraph it is
 * the first one the article named (its subject: AP style gives the others their first names
 * on second reference). The names of paragraph u are rows [from, to) of its columns: the
 * document's, or its own with its headline names in place.
 */
class Walk {
  readonly slotOf: Int32Array;
  done = false;
  /** Where the walk stands: paragraph u, row i of its columns, j-th name of the document. */
  private u = -1;
  private i = 0;
  private j = 0;
  private c: NameColumns;
  private to = 0;
  private words = 0;
  private paragraph = 0;
  private base = 0;
  /** The entity of the name before, in the same sentence (UNSET: none): a dateline's place. */
  private previous = UNSET;

  constructor(
    private readonly units: Units,
    private readonly bases: Float64Array,
    private readonly rows: NameRows,
    private readonly merged: ReadonlyMap<number, CompactNames>,
    private readonly table: IdTable,
    private readonly scratch: Scratch,
    private readonly slots: Slots,
    private readonly typeOf: (key: string) => EntityType | null,
    private readonly club: (key: string) => boolean,
    private readonly alias: ReadonlyMap<string, string>,
  ) {
    let total = rows.count;
    for (const [u, c] of merged) total += c.count - (rows.nameFrom[u + 1] - rows.nameFrom[u]);
    this.slotOf = new Int32Array(total);
    this.c = rows;
    this.done = !rows.units.length;
    this.enter(0);
  }

  /** Moves to the first paragraph from u on with names (or to the end). */
  private enter(u: number): void {
    const { rows } = this;
    const unitCount = rows.units.length;
    for (; u < unitCount; u++) {
      const m = rows.marks[u] & HAS_HEADLINES ? this.merged.get(u) : undefined;
      const from = m ? 0 : rows.nameFrom[u];
      const to = m ? m.count : rows.nameFrom[u + 1];
      if (from === to) continue;
      this.u = u;
      this.c = m ?? rows;
      this.i = from;
      this.to = to;
      this.words = m ? 0 : rows.poolFrom[u];
      this.paragraph = this.units.paragraph[u];
      this.base = this.bases[u];
      this.previous = UNSET;
      return;
    }
    this.u = unitCount;
    this.done = true;
  }

  /** Walks up to `limit` names; how many it walked. */
  step(limit: number): number {
    let walked = 0;
    while (!this.done && walked < limit) {
      const end = Math.min(this.to, this.i + limit - walked);
      walked += end - this.i;
      this.names(end);
      if (this.i >= this.to) this.enter(this.u + 1);
    }
    return walked;
  }

  /** Each key's type, and the key its entity is filed under (an acronym's full form), found once. */
  private resolve(k: number): number {
    const { scratch, table, typeOf } = this;
    const key = table.string(k);
    const aliased = this.alias.get(key);
    const type = typeOf(aliased ?? key) ?? typeOf(key);
    const target = type && type !== 'person' ? aliased : undefined;
    const filed = target && typeOf(target) === type ? target : key;
    const t = type ? TYPE_INDEX[type] : NO_TYPE;
    const r = filed === key ? k : table.id(filed);
    scratch.touchKey(r);
    scratch.resolvedType[k] = t;
    scratch.resolvedKey[k] = r;
    return t;
  }

  /** club() of key r, asked once. */
  private isClub(r: number): boolean {
    const { scratch } = this;
    let answer = scratch.club[r];
    if (answer === UNSET) scratch.club[r] = answer = this.club(this.table.string(r)) ? 1 : 0;
    return answer === 1;
  }

  /** The names of the current paragraph up to row `end`. */
  private names(end: number): void {
    const { c, scratch, slots, slotOf, words, paragraph, base } = this;
    let { i, j, previous } = this;
    for (; i < end; i++) {
      const k = c.keys[i];
      scratch.touchKey(k);
      let resolved = scratch.resolvedType[k];
      if (resolved === UNSET) resolved = this.resolve(k);
      if (resolved === NO_TYPE) {
        previous = UNSET;
        slotOf[j++] = UNSET;
        continue;
      }
      const f = c.flags[i];
      const filed = scratch.resolvedKey[k];
      // one mention against its name's type: the town in "a storm in Marlow" when the article
      // reads Marlow as its club, the club in "Marlow beat Kingsbridge" when it reads the town
      const type = resolved === PLACE && f & PLAYS ? ORG : resolved === ORG && f & WHERE_FLAG && this.isClub(filed) ? PLACE : resolved;
      let b: number;
      // "LAGOS, Nigeria (Reuters) —": the state or country after a dateline's place says where
      // the place is, and is a place of its own
      if (f & DATELINE && type === PLACE && previous !== UNSET && slots.type[previous] === PLACE) slots.describe(previous, k, c.spans[i], -1);
      if (type === PERSON) {
        if (f & MULTI) b = scratch.people[k];
        else {
          const w = c.pool[words + c.wordStart[i]];
          scratch.touchWord(w);
          const last = scratch.lastByWord[w];
          b = last !== UNSET && scratch.lastParagraph[w] === paragraph ? last : UNSET;
          if (b === UNSET) b = scratch.firstByWord[w];
          if (b === UNSET) b = last;
          if (b === UNSET) b = scratch.people[k];
        }
        if (b === UNSET) {
          b = slots.create(PERSON, c.spans[i]);
          scratch.people[k] = b;
        }
        const at = words + c.wordStart[i];
        for (let n = at; n < at + c.wordCount[i]; n++) {
          const w = c.pool[n];
          scratch.touchWord(w);
          scratch.lastByWord[w] = b;
          scratch.lastParagraph[w] = paragraph;
        }
      } else {
        b = type === resolved ? scratch.resolvedSlot[k] : UNSET;
        const byKey = type === PLACE ? scratch.places : scratch.organizations;
        if (b === UNSET) b = byKey[filed];
        if (b === UNSET) {
          b = slots.create(type, c.spans[i]);
          byKey[filed] = b;
        }
        if (type === resolved) scratch.resolvedSlot[k] = b;
      }
      const rank = c.ranks[i];
      const best = slots.rank[b];
      if (rank === rank && best === best ? rank > best : better(c.spans[i], slots.best[b])) {
        slots.best[b] = c.spans[i];
        slots.rank[b] = rank;
      }
      if (f & DATELINE_PLACE) slots.datelined[b] = true;
      previous = b;
      slotOf[j++] = b;
      if (slots.count[b]++ === 0) slots.first[b] = base + c.starts[i];
      if (!(f & HEADLINE)) {
        const d = c.descriptors[3 * i];
        if (d >= 0) slots.describe(b, d, c.spans[i], 0);
        const which = type === PERSON ? 2 : 1;
        const e = c.descriptors[3 * i + which];
        if (e >= 0) slots.describe(b, e, c.spans[i], which);
      }
    }
    this.i = i;
    this.j = j;
    this.previous = previous;
  }
}

/** An entity as the stage's assignment of names leaves it, before its mentions are placed. */
interface EntityTemplate {
  name: string;
  type: EntityType;
  descriptors: readonly string[];
}

/** Which entity each name of the document goes to: its slot (UNSET: none), and each slot's entity. */
interface Assignment {
  slotOf: Int32Array;
  entityOf: Int32Array;
  templates: readonly EntityTemplate[];
}

/**
 * The last complete run's mentions in document order, to be given again as the same objects
 * where a mention is the same (same place, text and entity) at the same position in the
 * order: before an edit, every one. Mentions are never changed once returned. Dropped with
 * the tagging cache, so that cold runs stay cold.
 */
let lastPlaced: { generation: number; list: readonly Mention[] } | undefined;

/** Where the placing of mentions stands (see mentionsOf), and the mentions placed so far in order. */
interface Placing {
  u: number;
  i: number;
  j: number;
  entered: boolean;
  /** Every mention placed, in the order placed (document order), and how many. */
  list: Mention[];
  n: number;
  /** Whether the list is sorted as sortedMentions sorts: by start, then by entity. */
  ordered: boolean;
  /** The last run's list (empty when none may be used). */
  before: readonly Mention[];
  /** How many of each entity's mentions are placed (its list is made at its full length). */
  filled: Int32Array;
}

/**
 * The entities of an assignment, each a new object (later stages add to its quotes, figures
 * and claims), with its mentions placed where the names now stand.
 */
function* placeMentions(
  assignment: Assignment,
  bases: Float64Array,
  rows: NameRows,
  merged: ReadonlyMap<number, CompactNames>,
  pace: Pace,
): Generator<void, Entity[]> {
  const { templates, slotOf, entityOf } = assignment;
  // each entity's mentions counted first, so that every list is made at its size
  const counts = new Int32Array(templates.length);
  let total = 0;
  for (let j = 0; j < slotOf.length; j++) {
    const b = slotOf[j];
    if (b === UNSET) continue;
    counts[entityOf[b]]++;
    total++;
  }
  if (pace.walked(slotOf.length >> 4)) yield;
  const entities: Entity[] = new Array(templates.length);
  for (let e = 0; e < templates.length; e++) {
    const t = templates[e];
    entities[e] = { name: t.name, type: t.type, descriptors: t.descriptors.slice(), mentions: new Array<Mention>(counts[e]), quotes: [], figures: [], claims: [] };
  }
  counts.fill(0);
  const generation = cacheGeneration();
  const before = lastPlaced && lastPlaced.generation === generation ? lastPlaced.list : [];
  // a runaway sentence names a hundred thousand times: placed with pauses
  const at: Placing = { u: 0, i: 0, j: 0, entered: false, list: new Array<Mention>(total), n: 0, ordered: true, before, filled: counts };
  const unitCount = rows.units.length;
  while (at.u < unitCount) {
    const placed = mentionsOf(assignment, bases, rows, merged, entities, at, ROWS_PER_STEP);
    if (pace.walked(placed)) yield;
  }
  lastPlaced = { generation, list: at.list };
  // the later stages' mentions by start are these, in this order (see mentions.ts)
  if (at.ordered) recordMentionOrder(entities, at.list);
  return entities;
}

/**
 * Places up to about `limit` names from where `at` stands (paragraph u, row i of its
 * columns, j-th name of the document), moving it on; how many names it passed.
 */
function mentionsOf(
  assignment: Assignment,
  bases: Float64Array,
  rows: NameRows,
  merged: ReadonlyMap<number, CompactNames>,
  entities: Entity[],
  at: Placing,
  limit: number,
): number {
  const { slotOf, entityOf } = assignment;
  const { list, before, filled } = at;
  const unitCount = rows.units.length;
  let { u, i, j, entered, n, ordered } = at;
  let placed = 0;
  let lastStart = n > 0 ? list[n - 1].start : -Infinity;
  let lastEntity = n > 0 ? list[n - 1].entity : -1;
  while (u < unitCount && placed < limit) {
    const m = rows.marks[u] & HAS_HEADLINES ? merged.get(u) : undefined;
    const c: NameColumns = m ?? rows;
    if (!entered) {
      i = m ? 0 : rows.nameFrom[u];
      entered = true;
    }
    const to = m ? m.count : rows.nameFrom[u + 1];
    const end = Math.min(to, i + limit - placed);
    const base = bases[u];
    placed += end - i;
    for (; i < end; i++) {
      const b = slotOf[j++];
      if (b === UNSET) continue;
      const e = entityOf[b];
      const start = base + c.starts[i];
      const stop = base + c.ends[i];
      const text = c.texts[i];
      const old = n < before.length ? before[n] : undefined;
      const mention = old && old.start === start && old.end === stop && old.entity === e && old.text === text ? old : { start, end: stop, text, entity: e };
      entities[e].mentions[filled[e]++] = mention;
      list[n++] = mention;
      if (start < lastStart || (start === lastStart && e < lastEntity)) ordered = false;
      lastStart = start;
      lastEntity = e;
    }
    if (i >= to) {
      u++;
      entered = false;
    }
  }
  at.u = u;
  at.i = i;
  at.j = j;
  at.entered = entered;
  at.n = n;
  at.ordered = ordered;
  return placed;
}

/**
 * Do two paragraphs' names say the same to the document's tables and to the assignment of
 * names to entities: the same keys, words, evidence, descriptors, texts and acronyms, in the
 * same order (where they stand may differ)?
 */
function sameNames(a: CompactNames, b: CompactNames): boolean {
  if (a === b) return true;
  if (a.count !== b.count || a.words !== b.words || a.headlines || b.headlines) return false;
  if (!sameStrings(a.introduce, b.introduce) || !sameStrings(a.spelled, b.spelled)) return false;
  for (let i = 0; i < a.count; i++) {
    if (a.keys[i] !== b.keys[i] || a.flags[i] !== b.flags[i] || a.texts[i] !== b.texts[i] || !(a.ranks[i] === b.ranks[i] || (a.ranks[i] !== a.ranks[i] && b.ranks[i] !== b.ranks[i]))) return false;
    if (a.wordStart[i] !== b.wordStart[i] || a.wordCount[i] !== b.wordCount[i]) return false;
    for (let m = 7 * i; m < 7 * i + 7; m++) if (a.scores[m] !== b.scores[m]) return false;
    for (let which = 0; which < 3; which++) {
      const d = a.descriptors[3 * i + which];
      if (d !== b.descriptors[3 * i + which]) return false;
      if (d >= 0 && descriptorText(a.spans[i], which) !== descriptorText(b.spans[i], which)) return false;
    }
  }
  for (let w = 0; w < a.words; w++) if (a.pool[w] !== b.pool[w]) return false;
  return true;
}

function sameStrings(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

