// Incremental analysis: after an edit only the sentences whose text changed are tagged
// again. The tagging cache (tagging.ts) is keyed by sentence text, so this pass over the
// document costs one cache look-up and an offset shift per unchanged sentence; the
// sentences that are new are tagged together in batches (one compromise call for many
// sentences, with the same result as one call each). The document-level stages then run
// over the cached results. Because tagging is a pure function of a sentence's text, the
// result after any sequence of edits equals a fresh analysis of the final text.

import type { Sentence } from './model';
import { assemble, cacheGeneration, cachedPiece, piecesOf, tagMissing, type TaggedSentence } from './tagging';

/** Pause points between cache hits, so a warm pass over 20,000 sentences is still sliced. */
const HITS_PER_STEP = 256;

/**
 * The last absolute tagging of each sentence text, with the offset it was made for. While
 * a reporter types, every sentence before the caret keeps its text and its offset, so its
 * tagged terms are reused as they are instead of being copied with new offsets: a
 * keystroke near the end of a long article allocates almost nothing. The arrays are
 * frozen because several analyses may share them; stages must treat them as read-only.
 */
const placed = new Map<string, { base: number; generation: number; tagged: TaggedSentence }>();
const PLACED_LIMIT = 50_000;

function place(sentence: string, base: number, tagged: TaggedSentence): TaggedSentence {
  if (placed.size > 0 && placed.values().next().value?.generation !== cacheGeneration()) placed.clear();
  Object.freeze(tagged.terms);
  Object.freeze(tagged.candidates);
  Object.freeze(tagged);
  if (placed.size >= PLACED_LIMIT) {
    const first = placed.keys().next();
    if (!first.done) placed.delete(first.value);
  }
  placed.delete(sentence);
  placed.set(sentence, { base, generation: cacheGeneration(), tagged });
  return tagged;
}

/**
 * Tags every sentence of the document, yielding after each batch compromise had to tag
 * (and every few hundred cache hits) so that a time-sliced caller can pause. A sentence
 * whose tagging fails gets no terms; `failed` decides whether the error propagates.
 */
export function* tagSentences(
  text: string,
  sentences: readonly Sentence[],
  failed: (error: unknown) => void,
  maxBatch?: number,
): Generator<void, TaggedSentence[]> {
  const tagged: TaggedSentence[] = new Array(sentences.length);
  // 1. reuse what is placed; note the sentences left and the pieces nobody has tagged
  const left: { index: number; sentence: string; pieces: string[] }[] = [];
  const missing: string[] = [];
  let sinceStep = 0;
  for (let i = 0; i < sentences.length; i++) {
    const { start, end } = sentences[i];
    const sentence = text.slice(start, end);
    const reusable = placed.get(sentence);
    if (reusable && reusable.base === start && reusable.generation === cacheGeneration()) {
      tagged[i] = reusable.tagged;
    } else {
      const pieces = piecesOf(sentence);
      left.push({ index: i, sentence, pieces });
      for (const piece of pieces) if (!cachedPiece(piece)) missing.push(piece);
    }
    if (++sinceStep >= HITS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  // 2. tag the missing pieces, a batch at a time
  const fresh = yield* tagMissing(missing, failed, maxBatch);
  // 3. shift every remaining sentence's pieces to where the sentence stands
  for (const { index, sentence, pieces } of left) {
    const start = sentences[index].start;
    const sentenceTagging = assemble(pieces, start, fresh);
    tagged[index] = sentenceTagging ? place(sentence, start, sentenceTagging) : { terms: [], candidates: [] };
    if (++sinceStep >= HITS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  return tagged;
}
