// What a stage works out from one paragraph's own text, remembered under the paragraph's
// LocalParagraph (document.ts): the same object stands for the same paragraph text, its
// neighbouring characters and its excluded regions. A look-up is by identity, so an
// unchanged paragraph costs a stage next to nothing after an edit elsewhere. The entries
// live as long as their LocalParagraph, which the segmentation cache bounds and empties
// with the tagging cache, so cold runs stay cold.

import type { Context } from './context';
import type { LocalParagraph } from './document';
import type { Span } from './model';
import { ownString } from './ownString';

export class LocalCache<V> {
  private readonly entries = new WeakMap<LocalParagraph, V>();

  /**
   * The value remembered for paragraph `index` of the context, or `compute()` remembered
   * under it. Without LocalParagraphs in the context, computes every time.
   */
  get(ctx: Context, index: number): V | undefined {
    const local = ctx.locals?.[index];
    return local && this.entries.get(local);
  }

  /** Remembers `value` for paragraph `index` (nothing without LocalParagraphs). */
  set(ctx: Context, index: number, value: V): void {
    const local = ctx.locals?.[index];
    if (local) this.entries.set(local, value);
  }

  getOrCompute(ctx: Context, index: number, compute: () => V): V {
    const local = ctx.locals?.[index];
    if (!local) return compute();
    let value = this.entries.get(local);
    if (value === undefined) {
      value = compute();
      this.entries.set(local, value);
    }
    return value;
  }
}

/**
 * ctx.text.slice(start, end) as a string that keeps no document alive (see ownString), for
 * what a result keeps. A span inside paragraph `paragraph` (found when not given) is a view
 * into that paragraph's own copy (LocalParagraph.text), which costs no copying: the results
 * after an edit are made again with their places moved, thousands of them. Anything else
 * (a span across paragraphs, a context without LocalParagraphs) is copied.
 */
export function textAt(ctx: Context, start: number, end: number, paragraph = paragraphAt(ctx.analysis.paragraphs, start)): string {
  const p = ctx.analysis.paragraphs[paragraph];
  const local = ctx.locals?.[paragraph];
  if (!p || !local || start < p.start || end > p.end || local.text.length !== p.end - p.start) return ownString(ctx.text.slice(start, end));
  return local.text.slice(start - p.start, end - p.start);
}

/** The index of the last paragraph that starts at or before `at` (0 when none does). */
function paragraphAt(paragraphs: readonly Span[], at: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (paragraphs[mid].start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Sentences longer than this many characters (a runaway "sentence": a 5 MB line with no
 * full stop) are read by the stages ahead of their walk, in steps that pause inside the
 * sentence, so that the walk finds what it needs remembered.
 */
export const LONG_SENTENCE = 20_000;

/**
 * Whether a stage has a long sentence to read ahead at sentence s: s itself, or, at the
 * first sentence of a paragraph whose sentences are read together, any of them (most
 * paragraphs have none, and the read-ahead is then not started). Callers ask only in a
 * paragraph longer than LONG_SENTENCE: the sentences of a shorter one lie inside it.
 */
export function longSentenceAhead(ctx: Context, s: number): boolean {
  const { sentences, paragraphs } = ctx.analysis;
  if (sentences[s].end - sentences[s].start > LONG_SENTENCE) return true;
  const p = paragraphs[sentences[s].paragraph];
  if (!p || p.sentences.length > MAX_LOCAL_SENTENCES || s !== p.sentences[0]) return false;
  for (let k = 0; k < p.sentences.length; k++) {
    const sentence = sentences[p.sentences[k]];
    if (sentence.end - sentence.start > LONG_SENTENCE) return true;
  }
  return false;
}

/** Most sentences a paragraph may have for perSentence to work them out all at once. */
export const MAX_LOCAL_SENTENCES = 32;

/**
 * A look-up of a per-sentence value through its paragraph: the values of all the sentences
 * of a paragraph are remembered together under its LocalParagraph, so a walk over the
 * sentences in order costs one look-up per paragraph. `readOne` works out one sentence's
 * value (it must depend only on the paragraph's own text, as the cache is keyed by it).
 */
export function perSentence<V>(ctx: Context, cache: LocalCache<readonly V[]>, readOne: (s: number) => V): (s: number) => V {
  const { sentences, paragraphs } = ctx.analysis;
  let paragraph = -1;
  let values: readonly V[] = [];
  return (s) => {
    const p = paragraphs[sentences[s].paragraph];
    // a paragraph of very many sentences (a runaway table, a text with no blank lines) is
    // read sentence by sentence, so that its stage can still pause between sentences
    if (!p || p.sentences.length > MAX_LOCAL_SENTENCES) return readOne(s);
    if (sentences[s].paragraph !== paragraph) {
      paragraph = sentences[s].paragraph;
      values = cache.getOrCompute(ctx, paragraph, () => Object.freeze(p.sentences.map(readOne)));
    }
    const k = s - p.sentences[0];
    return k >= 0 && k < values.length ? values[k] : readOne(s);
  };
}
