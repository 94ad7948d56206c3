// The document's case statistics (CaseStats in entities/names.ts: the words seen capitalised
// mid-sentence, and in lower case), kept up to date by difference. A paragraph's share is
// the list of its sentences' memos (entities/memo.ts), one object while the paragraph is
// unchanged, so after an edit only the paragraphs that came or went change the counts,
// instead of every word of the article being added to fresh sets. Each run's statistics
// get a version, and the words whose membership changed since the version the counts stood
// for before the run are listed: a sentence's names, found with answers that held in that
// version, still hold unless a word they asked about is among them.

import { cacheGeneration } from '../tagging';
import { stillHolds, type RememberedNames, type SentenceMemo } from './memo';
import { Pace, type CaseStats } from './names';
import { runToEnd } from '../slicing';

export interface CaseState {
  stats: CaseStats;
  /** This run's version of the statistics. */
  version: number;
  /** The version `flipped` is counted from (the statistics the counts stood for before this run). */
  since: number;
  /** The words whose membership of either set changed since version `since`; null when too many to list. */
  flipped: readonly string[] | null;
}

/** Beyond this many changed words, remembered names are checked question by question. */
const MAX_FLIPPED = 64;

/** About how many words are counted, or copied into the run's sets, between two pauses. */
const WORDS_PER_STEP = 2_000;

/** Up to this many words, a run's sets are copied from the counts in one go (natively, fast). */
const WORDS_IN_ONE_GO = 25_000;

interface Counts {
  generation: number;
  /** The version of the statistics these counts stand for. */
  version: number;
  /** The lists of memos counted, one a paragraph of the last document, in order. */
  units: readonly (readonly SentenceMemo[])[];
  capitalised: Map<string, number>;
  lower: Map<string, number>;
  /** The sets of that version (shared by the runs while they do not change, never changed). */
  stats: CaseStats | null;
}

/**
 * The counts of the last run that finished. A run takes them for itself while it counts
 * (it pauses inside a runaway sentence) and puts them back when done: a run that is
 * abandoned, or one that starts meanwhile, finds none and counts from nothing.
 */
let counts: Counts | undefined;
let version = 0;

/**
 * Adds (`by` > 0) or takes away one memo's words `by` times; notes whether each word touched
 * was there before. Pauses as `pace` says: a runaway sentence has a million words.
 */
function* count(into: Map<string, number>, words: readonly string[], by: number, touched: Map<string, boolean>, pace: Pace): Generator<void, void> {
  for (let k = 0; k < words.length; k++) {
    if (pace.walked(1)) yield;
    const w = words[k];
    const was = into.get(w) ?? 0;
    if (!touched.has(w)) touched.set(w, was > 0);
    const now = was + by;
    if (now > 0) into.set(w, now);
    else into.delete(w);
  }
}

/** The words touched whose membership of `counted` is not what it was. */
function* changed(counted: Map<string, number>, touched: Map<string, boolean>, into: Set<string>, pace: Pace): Generator<void, void> {
  for (const [w, was] of touched) {
    if (pace.walked(1)) yield;
    if (counted.has(w) !== was) into.add(w);
  }
}

/** The words counted, as a new set, pausing as `pace` says. */
function* keysOf(counted: Map<string, number>, pace: Pace): Generator<void, Set<string>> {
  // an article's vocabulary is copied in one go, a few milliseconds at most
  if (counted.size <= WORDS_IN_ONE_GO) {
    pace.walked(counted.size >> 4);
    return new Set(counted.keys());
  }
  const set = new Set<string>();
  for (const w of counted.keys()) {
    if (pace.walked(1)) yield;
    set.add(w);
  }
  return set;
}

/** caseStatsSteps in one go (tests). */
export function caseStatsOf(paragraphs: readonly (readonly SentenceMemo[])[]): CaseState {
  return runToEnd(caseStatsSteps(paragraphs, new Pace(WORDS_PER_STEP)));
}

/**
 * The CaseStats of the sentences with these memos, a list per paragraph (headlines say
 * nothing about capitals): exactly the sets a fresh count would give, and new sets for
 * every run, so that a run that pauses (analyzeAsync) never sees another run's statistics.
 * Pauses as `pace` says, inside a runaway sentence's words too.
 */
export function* caseStatsSteps(paragraphs: readonly (readonly SentenceMemo[])[], pace: Pace): Generator<void, CaseState> {
  // taken for this run until it is done (see `counts`)
  let mine = counts;
  counts = undefined;
  let fresh = false;
  if (!mine || mine.generation !== cacheGeneration()) {
    mine = { generation: cacheGeneration(), version: -1, units: [], capitalised: new Map(), lower: new Map(), stats: null };
    fresh = true;
  }
  const touchedCapitalised = new Map<string, boolean>();
  const touchedLower = new Map<string, boolean>();
  const into = mine;
  function* apply(memos: readonly SentenceMemo[], by: number): Generator<void, void> {
    for (const memo of memos) {
      if (pace.walked(1)) yield;
      if (memo.headline) continue;
      yield* count(into.capitalised, memo.capitalised, by, touchedCapitalised, pace);
      yield* count(into.lower, memo.lower, by, touchedLower, pace);
    }
  }
  // the paragraphs that came or went: those between the lists' common beginning and end,
  // counted as many times as each appears (a paragraph pasted where another was cut
  // leaves as many paragraphs, every one between the two places moved by one: they cancel)
  const before = mine.units;
  let a = 0;
  while (a < before.length && a < paragraphs.length && before[a] === paragraphs[a]) a++;
  let b = 0;
  while (b < before.length - a && b < paragraphs.length - a && before[before.length - 1 - b] === paragraphs[paragraphs.length - 1 - b]) b++;
  const was = new Map<readonly SentenceMemo[], number>();
  for (let i = a; i < before.length - b; i++) {
    if (pace.walked(1)) yield;
    was.set(before[i], (was.get(before[i]) ?? 0) + 1);
  }
  const now = new Map<readonly SentenceMemo[], number>();
  for (let i = a; i < paragraphs.length - b; i++) {
    if (pace.walked(1)) yield;
    now.set(paragraphs[i], (now.get(paragraphs[i]) ?? 0) + 1);
  }
  for (const [memos, n] of was) {
    if (pace.walked(1)) yield;
    const m = now.get(memos) ?? 0;
    if (m < n) yield* apply(memos, m - n);
  }
  for (const [memos, n] of now) {
    if (pace.walked(1)) yield;
    const m = was.get(memos) ?? 0;
    if (n > m) yield* apply(memos, n - m);
  }
  mine.units = paragraphs;
  const flipped = new Set<string>();
  yield* changed(mine.capitalised, touchedCapitalised, flipped, pace);
  yield* changed(mine.lower, touchedLower, flipped, pace);
  // the sets change only when a word came or went
  const stats: CaseStats =
    mine.stats && !fresh && flipped.size === 0 ? mine.stats : { capitalised: yield* keysOf(mine.capitalised, pace), lower: yield* keysOf(mine.lower, pace) };
  mine.stats = stats;
  const since = mine.version;
  mine.version = ++version;
  counts = mine;
  return {
    stats,
    version: mine.version,
    since,
    // a list: every remembered sentence's names walk it, and a list is walked without an iterator
    flipped: fresh || flipped.size > MAX_FLIPPED ? null : [...flipped],
  };
}

/**
 * Would chunking get the same answers as when these names were found? Names last found to
 * hold in the version this run's counts started from need checking only when a word they
 * asked about changed.
 * Marks them as holding in this version when they do.
 */
export function namesHold(names: RememberedNames, state: CaseState): boolean {
  if (names.checkedAt !== state.version) {
    let holds = true;
    const { flipped } = state;
    if (names.checkedAt === state.since && flipped) {
      for (let k = 0; k < flipped.length; k++) {
        if (names.asked.has(flipped[k])) {
          holds = stillHolds(names.questions, state.stats);
          break;
        }
      }
    } else holds = stillHolds(names.questions, state.stats);
    if (!holds) return false;
    names.checkedAt = state.version;
  }
  return true;
}
