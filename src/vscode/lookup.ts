// What is under the cursor: the mention, quotation or figure at an offset, found by binary
// search over the stored Analysis's spans (never by parsing again). Used by the hover
// cards, the mention highlights and Find All References. No `vscode` import.

import type { Analysis, Figure, Quote, Span } from '../engine/model';

/** A place where an entity is named: a mention, or a pronoun a quote is credited through. */
export interface Reference extends Span {
  entity: number;
}

/** Spans sorted by start, answering "which span contains this offset" by binary search. */
export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  /** maxEnd[i]: the largest end among sorted[0..i]; lets nested spans be found too. */
  private readonly maxEnd: number[];

  constructor(spans: T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let max = -1;
    for (const span of this.sorted) {
      max = Math.max(max, span.end);
      this.maxEnd.push(max);
    }
  }

  /**
   * The innermost span containing offset: start <= offset < end, or <= end when
   * `touching` (a cursor just after a word still counts as on it).
   */
  at(offset: number, touching = false): T | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = last; i >= 0 && (this.maxEnd[i] > offset || (touching && this.maxEnd[i] === offset)); i--) {
      const span = this.sorted[i];
      if (offset < span.end || (touching && offset === span.end)) return span;
    }
    return undefined;
  }
}

interface QuoteRef extends Span {
  index: number;
  quote: Quote;
}

interface FigureRef extends Span {
  index: number;
  figure: Figure;
}

class Lookup {
  readonly references: SpanIndex<Reference>;
  readonly quotes: SpanIndex<QuoteRef>;
  readonly figures: SpanIndex<FigureRef>;
  /** Per entity, its references in document order. */
  readonly byEntity: Reference[][];

  constructor(analysis: Analysis) {
    this.byEntity = analysis.entities.map(() => []);
    const seen = new Set<string>();
    const add = (span: Span, entity: number) => {
      const key = `${span.start}:${span.end}`;
      if (entity < 0 || entity >= this.byEntity.length || span.end <= span.start || seen.has(key)) return;
      seen.add(key);
      this.byEntity[entity].push({ start: span.start, end: span.end, entity });
    };
    analysis.entities.forEach((entity, i) => entity.mentions.forEach((mention) => add(mention, i)));
    // "he said": the pronoun a quote is credited through refers to the same person. The
    // speaker names its entity; failing that, the entity that lists the quote as its own.
    const creditedTo = new Map<number, number>();
    analysis.entities.forEach((entity, i) => entity.quotes.forEach((q) => creditedTo.set(q, i)));
    analysis.quotes.forEach((quote, q) => {
      if (!quote.speaker || quote.status !== 'attributed') return;
      const entity = quote.speaker.entity ?? creditedTo.get(q);
      if (entity !== undefined) add(quote.speaker, entity);
    });
    for (const list of this.byEntity) list.sort((a, b) => a.start - b.start);
    this.references = new SpanIndex(this.byEntity.flat());
    this.quotes = new SpanIndex(analysis.quotes.map((quote, index) => ({ start: quote.start, end: quote.end, index, quote })));
    this.figures = new SpanIndex(analysis.figures.map((figure, index) => ({ start: figure.start, end: figure.end, index, figure })));
  }
}

const lookups = new WeakMap<Analysis, Lookup>();

/** The lookup tables of one analysis, built on first use and kept as long as it lives. */
export function lookup(analysis: Analysis): Lookup {
  let found = lookups.get(analysis);
  if (!found) {
    found = new Lookup(analysis);
    lookups.set(analysis, found);
  }
  return found;
}

/** The mention (or credited pronoun) at offset; a cursor touching its end counts. */
export function referenceAt(analysis: Analysis, offset: number, touching = false): Reference | undefined {
  const index = lookup(analysis).references;
  return index.at(offset) ?? (touching ? index.at(offset, true) : undefined);
}

/** Every place the entity is named, in document order; the first is its first mention. */
export function referencesOf(analysis: Analysis, entity: number): Reference[] {
  return lookup(analysis).byEntity[entity] ?? [];
}

export function quoteAt(analysis: Analysis, offset: number): { index: number; quote: Quote } | undefined {
  return lookup(analysis).quotes.at(offset);
}

export function figureAt(analysis: Analysis, offset: number): { index: number; figure: Figure } | undefined {
  return lookup(analysis).figures.at(offset);
}

