// Incremental analysis: after an edit only the sentences whose text changed are tagged
// again. The tagging cache (tagging.ts) is keyed by sentence text, and the taggings of a
// whole paragraph are remembered under its LocalParagraph (document.ts), so this pass over
// the document costs one look-up per unchanged paragraph; the sentences that are new are
// tagged together in batches (one compromise call for many sentences, with the same result
// as one call each). A sentence's terms are put in document offsets only when a stage reads
// them (PlacedTagging), so the sentences that an edit merely moves cost one small object
// each. Because tagging is a pure function of a sentence's text, the result after any
// sequence of edits equals a fresh analysis of the final text.

import type { LocalParagraph } from './document';
import type { Paragraph, Sentence } from './model';
import { assemble, cacheGeneration, cachedPiece, pieceSteps, PlacedTagging, taggedText, tagMissing, type RelTagged, type TaggedSentence } from './tagging';

/** Pause points between cache hits, so a warm pass over 20,000 sentences is still sliced. */
const HITS_PER_STEP = 256;

/** Pieces of a runaway sentence looked up in the tagging cache between pauses. */
const PIECES_PER_LOOKUP = 1_000;

/**
 * The taggings of a paragraph's sentences, placed where the paragraph last stood. The
 * placed taggings are reused as they are while the paragraph stays put (every paragraph
 * before the caret while a reporter types), and moved, still unmade, when it does not: from
 * the arrays kept here, so that moving them reads none of the placed objects (after an edit
 * near the top that is thousands of objects scattered over the heap).
 */
interface ParagraphTagging {
  generation: number;
  start: number;
  placed: readonly PlacedTagging[];
  /** Where the paragraph stood in the last run. */
  lastStart: number;
  /** Each sentence's pieces, their offsets in it, and its start relative to the paragraph's. */
  pieces: readonly (readonly RelTagged[])[];
  offsets: readonly (readonly number[])[];
  bases: Int32Array;
  /** Whether a sentence is a runaway one, whose terms are made in steps. */
  runaway: boolean;
}

const byParagraph = new WeakMap<LocalParagraph, ParagraphTagging>();

/** Whether the paragraph placedParagraph last returned has a runaway sentence. */
let runawayPlaced = false;

/**
 * The last run's LocalParagraphs and what was remembered for each, in the same order: after
 * an edit nearly every paragraph stands at the same index with the same LocalParagraph, and
 * comparing the two arrays costs less than a look-up in the WeakMap for each paragraph. Only
 * a hint: an entry is used when its LocalParagraph is the same object and its generation
 * the current one (a paragraph's taggings are a function of its text, so any entry remembered
 * for it in this generation is as good as another).
 */
let lastLocals: readonly LocalParagraph[] = [];
let lastKnown: readonly (ParagraphTagging | undefined)[] = [];

/** The paragraph's taggings at `start`, when they are remembered for this cache generation. */
function placedParagraph(known: ParagraphTagging | undefined, start: number): readonly PlacedTagging[] | undefined {
  if (!known || known.generation !== cacheGeneration()) return undefined;
  runawayPlaced = known.runaway;
  if (known.start === start) {
    known.lastStart = start;
    return known.placed;
  }
  const n = known.bases.length;
  const moved: PlacedTagging[] = new Array(n);
  for (let k = 0; k < n; k++) moved[k] = new PlacedTagging(known.pieces[k], known.offsets[k], start + known.bases[k]);
  // kept only once the paragraph stands still (two runs at the same start): the paragraphs
  // after the caret move on every keystroke, and keeping theirs would only keep garbage alive
  if (known.lastStart === start) {
    known.placed = moved;
    known.start = start;
  }
  known.lastStart = start;
  return moved;
}

function paragraphTagging(generation: number, start: number, placed: readonly PlacedTagging[]): ParagraphTagging {
  const bases = new Int32Array(placed.length);
  for (let k = 0; k < placed.length; k++) bases[k] = placed[k].base - start;
  return {
    generation,
    start,
    lastStart: start,
    placed,
    pieces: placed.map((t) => t.pieces),
    offsets: placed.map((t) => t.offsets),
    bases,
    runaway: placed.some((t) => t.runaway),
  };
}

/**
 * Tags every sentence of the document, yielding after each batch compromise had to tag
 * (and every few hundred cache hits) so that a time-sliced caller can pause. A sentence
 * whose tagging fails gets no terms; `failed` decides whether the error propagates. With
 * the paragraphs and their LocalParagraphs, unchanged paragraphs are looked up whole.
 * `sliced`: run by runSliced, so the tagging service may tag (see tagMissing).
 */
export function* tagSentences(
  text: string,
  sentences: readonly Sentence[],
  failed: (error: unknown) => void,
  maxBatch?: number,
  paragraphs?: readonly Paragraph[],
  locals?: readonly LocalParagraph[],
  sliced = false,
): Generator<void, TaggedSentence[]> {
  const tagged: TaggedSentence[] = new Array(sentences.length);
  // 1. reuse what is remembered; note the sentences left and the pieces nobody has tagged
  const left: { index: number; pieces: string[] }[] = [];
  const missing: string[] = [];
  let sinceStep = 0;
  const noted = new Uint8Array(sentences.length);
  // a runaway sentence (megabytes with no full stop) is cut and looked up with pauses inside it
  function* note(i: number): Generator<void, void> {
    noted[i] = 1;
    const { start, end } = sentences[i];
    const pieces = yield* pieceSteps(taggedText(text.slice(start, end)));
    left.push({ index: i, pieces });
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0 && k % PIECES_PER_LOOKUP === 0) yield;
      if (!cachedPiece(pieces[k])) missing.push(pieces[k]);
    }
  }
  const whole = paragraphs && locals && locals.length === paragraphs.length;
  const knownNow: (ParagraphTagging | undefined)[] = whole ? new Array(paragraphs.length) : [];
  if (whole) {
    const hintLocals = lastLocals;
    const hintKnown = lastKnown;
    const generation = cacheGeneration();
    for (let p = 0; p < paragraphs.length; p++) {
      const indexes = paragraphs[p].sentences;
      const local = locals[p];
      let known = p < hintLocals.length && hintLocals[p] === local ? hintKnown[p] : undefined;
      if (!known || known.generation !== generation) known = byParagraph.get(local);
      knownNow[p] = known;
      const placed = placedParagraph(known, paragraphs[p].start);
      if (placed && placed.length === indexes.length) {
        for (let k = 0; k < indexes.length; k++) tagged[indexes[k]] = placed[k];
        // a moved runaway sentence's terms are made again here, in steps, not by the first reader
        if (runawayPlaced) for (const t of placed) if (t.long) yield* t.makeSteps();
      } else {
        // a paragraph of tens of thousands of sentences (a megabyte with no line break) is read with pauses inside it
        for (let k = 0; k < indexes.length; k++) {
          if (k > 0 && k % HITS_PER_STEP === 0) yield;
          yield* note(indexes[k]);
        }
      }
      if (++sinceStep >= HITS_PER_STEP) {
        sinceStep = 0;
        yield;
      }
    }
  }
  // every sentence is in a paragraph; this covers a caller without paragraphs
  for (let i = 0; i < sentences.length; i++) if (tagged[i] === undefined && noted[i] === 0) yield* note(i);
  // 2. tag the missing pieces, a batch at a time
  const fresh = yield* tagMissing(missing, failed, maxBatch, sliced);
  // 3. place every remaining sentence's pieces where the sentence stands
  const failedSentences = new Set<number>();
  for (const { index, pieces } of left) {
    const sentenceTagging = assemble(pieces, sentences[index].start, fresh);
    if (sentenceTagging) {
      tagged[index] = sentenceTagging;
      if (sentenceTagging.long) yield* sentenceTagging.makeSteps();
    } else {
      tagged[index] = { terms: [], candidates: [] };
      failedSentences.add(index);
    }
    if (++sinceStep >= HITS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  // 4. remember the paragraphs tagged afresh (not one with a failed sentence: it is tried again)
  if (whole && left.length) {
    const generation = cacheGeneration();
    const seen = new Set<number>();
    for (const { index } of left) {
      const p = sentences[index].paragraph;
      if (seen.has(p) || !paragraphs[p] || !locals[p]) continue;
      seen.add(p);
      const indexes = paragraphs[p].sentences;
      if (indexes.some((i) => failedSentences.has(i) || !tagged[i])) continue;
      const known = paragraphTagging(generation, paragraphs[p].start, indexes.map((i) => tagged[i] as PlacedTagging));
      byParagraph.set(locals[p], known);
      knownNow[p] = known;
    }
  }
  if (whole) {
    lastLocals = locals;
    lastKnown = knownNow;
  }
  return tagged;
}

