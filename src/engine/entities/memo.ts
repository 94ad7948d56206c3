// What the entity stage learns about one sentence, remembered by the sentence's text: while
// a reporter types, every other sentence keeps its text, so its headline test, its share of
// the case statistics and its names are reused instead of worked out again. The tagging of
// a sentence is a pure function of its text (tagging.ts), and so is all of this, except
// that chunking asks the document's case statistics about a few words: the questions and
// their answers are kept with the names, which are reused only while every answer holds.

import { SentenceCache } from '../sentenceCache';
import type { CaseLookup, NameSpan } from './names';

/** One question chunking asked: is `word` in the capitalised (0) or the lower-case (1) set? */
interface Question {
  set: 0 | 1;
  word: string;
  answer: boolean;
}

export interface SentenceMemo {
  headline: boolean;
  capitalised: string[];
  lower: string[];
  /** Names with offsets relative to the sentence's start, and what chunking asked to find them. */
  names?: RememberedNames;
}

export interface RememberedNames {
  /** (shared by every run that reads the sentence: never changed once made) */
  spans: readonly NameSpan[];
  questions: Question[];
  /** The words the questions are about. */
  asked: ReadonlySet<string>;
  /** The version of the case statistics (entities/caseCounts.ts) the answers were last found to hold in. */
  checkedAt: number;
  /** What the names say about acronyms (entities.ts), once looked for. */
  acronyms?: AcronymFacts;
}

/** What a sentence's names say about acronyms, by their indexes in the list of names. */
export interface AcronymFacts {
  /** Names followed by an acronym in brackets they introduce ("Korean Central News Agency (KCNA)"). */
  introduce: readonly number[];
  /** Names written as an acronym might be ("KCNA", "U.N."). */
  spelled: readonly number[];
}

const memos = new SentenceCache<SentenceMemo>();

/** The memo of a sentence text, if any (forgotten with the tagging cache). */
export function recall(sentence: string): SentenceMemo | undefined {
  return memos.get(sentence);
}

export function remember(sentence: string, memo: SentenceMemo): void {
  memos.set(sentence, memo);
}

/** A CaseLookup that answers from `stats` and writes down each question. */
export function recording(stats: CaseLookup): { lookup: CaseLookup; questions: Question[] } {
  const questions: Question[] = [];
  const ask = (set: 0 | 1, word: string): boolean => {
    const answer = (set === 0 ? stats.capitalised : stats.lower).has(word);
    questions.push({ set, word, answer });
    return answer;
  };
  return { lookup: { capitalised: { has: (w) => ask(0, w) }, lower: { has: (w) => ask(1, w) } }, questions };
}

/** Would chunking get the same answers from `stats` now? */
export function stillHolds(questions: readonly Question[], stats: CaseLookup): boolean {
  for (const q of questions) if ((q.set === 0 ? stats.capitalised : stats.lower).has(q.word) !== q.answer) return false;
  return true;
}

/** A copy of a name moved by `shift` characters and given its sentence's index. */
export function moved(span: NameSpan, shift: number, sentence: number): NameSpan {
  // written out rather than spread: this runs for every name after each edit (so list
  // every field of NameSpan here); the notes are shared, they read only the sentence
  return {
    sentence,
    first: span.first,
    last: span.last,
    start: span.start + shift,
    end: span.end + shift,
    text: span.text,
    key: span.key,
    words: span.words,
    scores: [span.scores[0], span.scores[1], span.scores[2], span.scores[3], span.scores[4], span.scores[5], span.scores[6]],
    title: span.title && { first: span.title.first, start: span.title.start + shift, end: span.title.end + shift },
    headline: span.headline,
    modifier: span.modifier,
    notes: span.notes,
  };
}
