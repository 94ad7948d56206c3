// The document's case statistics (CaseStats in entities/names.ts: the words seen capitalised
// mid-sentence, and in lower case), kept up to date by difference. A paragraph's share is
// the list of its sentences' memos (entities/memo.ts), one object while the paragraph is
// unchanged, so after an edit only the paragraphs that came or went change the counts,
// instead of every word of the article being added to fresh sets. Each run's statistics get a version, and the words whose membership changed
// since the previous version are listed: a sentence's names, found with answers that held
// in that version, still hold unless a word they asked about is among them.

import { cacheGeneration } from '../tagging';
import { stillHolds, type RememberedNames, type SentenceMemo } from './memo';
import type { CaseStats } from './names';

export interface CaseState {
  stats: CaseStats;
  /** This run's version of the statistics. */
  version: number;
  /** The words whose membership of either set changed since version - 1; null when too many to list. */
  flipped: readonly string[] | null;
}

/** Beyond this many changed words, remembered names are checked question by question. */
const MAX_FLIPPED = 64;

interface Counts {
  generation: number;
  /** How many paragraphs of the last document each counted list of memos stands for. */
  units: Map<readonly SentenceMemo[], number>;
  capitalised: Map<string, number>;
  lower: Map<string, number>;
}

let counts: Counts | undefined;
let version = 0;

/** Adds (`by` > 0) or takes away one memo's words `by` times; notes whether each word touched was there before. */
function count(into: Map<string, number>, words: readonly string[], by: number, touched: Map<string, boolean>): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const was = into.get(w) ?? 0;
    if (!touched.has(w)) touched.set(w, was > 0);
    const now = was + by;
    if (now > 0) into.set(w, now);
    else into.delete(w);
  }
}

/** The words touched whose membership of `counted` is not what it was. */
function changed(counted: Map<string, number>, touched: Map<string, boolean>, into: Set<string>): void {
  for (const [w, was] of touched) if (counted.has(w) !== was) into.add(w);
}

/**
 * The CaseStats of the sentences with these memos, a list per paragraph (headlines say
 * nothing about capitals): exactly the sets a fresh count would give, and new sets for
 * every run, so that a run that pauses (analyzeAsync) never sees another run's statistics.
 */
export function caseStatsOf(paragraphs: readonly (readonly SentenceMemo[])[]): CaseState {
  const units = new Map<readonly SentenceMemo[], number>();
  for (let i = 0; i < paragraphs.length; i++) units.set(paragraphs[i], (units.get(paragraphs[i]) ?? 0) + 1);
  let fresh = false;
  if (!counts || counts.generation !== cacheGeneration()) {
    counts = { generation: cacheGeneration(), units: new Map(), capitalised: new Map(), lower: new Map() };
    fresh = true;
  }
  const touchedCapitalised = new Map<string, boolean>();
  const touchedLower = new Map<string, boolean>();
  const apply = (memos: readonly SentenceMemo[], by: number) => {
    for (const memo of memos) {
      if (memo.headline) continue;
      count((counts as Counts).capitalised, memo.capitalised, by, touchedCapitalised);
      count((counts as Counts).lower, memo.lower, by, touchedLower);
    }
  };
  for (const [memo, n] of counts.units) {
    const now = units.get(memo) ?? 0;
    if (now < n) apply(memo, now - n);
  }
  for (const [memo, n] of units) {
    const was = counts.units.get(memo) ?? 0;
    if (n > was) apply(memo, n - was);
  }
  counts.units = units;
  const flipped = new Set<string>();
  changed(counts.capitalised, touchedCapitalised, flipped);
  changed(counts.lower, touchedLower, flipped);
  version++;
  return {
    stats: { capitalised: new Set(counts.capitalised.keys()), lower: new Set(counts.lower.keys()) },
    version,
    // a list: every remembered sentence's names walk it, and a list is walked without an iterator
    flipped: fresh || flipped.size > MAX_FLIPPED ? null : [...flipped],
  };
}

/**
 * Would chunking get the same answers as when these names were found? Names last found to
 * hold in the previous version need checking only when a word they asked about changed.
 * Marks them as holding in this version when they do.
 */
export function namesHold(names: RememberedNames, state: CaseState): boolean {
  if (names.checkedAt !== state.version) {
    let holds = true;
    const { flipped } = state;
    if (names.checkedAt === state.version - 1 && flipped) {
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
