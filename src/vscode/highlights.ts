// What is under the cursor, read from the stored Analysis (never by parsing again), and the
// two providers built on it: every mention of the person, place or organisation under the
// cursor highlighted (DocumentHighlightProvider) and listed (ReferenceProvider).
// The hover card uses the same lookups.

import * as vscode from 'vscode';
import type { Analysis, Figure, Quote, Span } from '../engine/model';
import { guardAsync } from './log';
import { toOffset, toRange } from './positions';
import { readSettings } from './settings';
import type { AnalysisStore } from './store';

/** A place where an entity is named: a mention, or a pronoun a quote is credited through. */
export interface Reference extends Span {
  entity: number;
}

/** Spans sorted by start, answering "which span contains this offset" by binary search. */
class SpanIndex<T extends Span> {
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
    // "he said": the pronoun a quote is credited through refers to the same person.
    for (const quote of analysis.quotes) {
      if (quote.speaker && quote.speaker.entity !== null) add(quote.speaker, quote.speaker.entity);
    }
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

/**
 * The analysis of the document's current version. The store computes it once per version
 * and shares it; a provider asked before the on-type check has run asks the store for it
 * rather than showing nothing, except when the user checks manually only.
 */
export async function analysisFor(store: AnalysisStore, document: vscode.TextDocument): Promise<Analysis | undefined> {
  const ready = store.get(document);
  if (ready || !store.isSupported(document)) return ready;
  if (readSettings(document.uri).run === 'manual') return undefined;
  return store.analyze(document);
}

/**
 * The first mention is highlighted as a write (where the article introduces the name, with
 * its title), the others as reads, so the introduction stands out among the repeats.
 */
export class MentionHighlights implements vscode.DocumentHighlightProvider, vscode.ReferenceProvider {
  constructor(private readonly store: AnalysisStore) {}

  private async referencesAt(document: vscode.TextDocument, position: vscode.Position): Promise<Reference[]> {
    const analysis = await analysisFor(this.store, document);
    if (!analysis) return [];
    const at = referenceAt(analysis, toOffset(document, position), true);
    return at ? referencesOf(analysis, at.entity) : [];
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    return guardAsync(
      'highlighting mentions',
      async () =>
        (await this.referencesAt(document, position)).map(
          (ref, i) => new vscode.DocumentHighlight(toRange(document, ref), i === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read),
        ),
      [],
    );
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[]> {
    return guardAsync(
      'finding mentions',
      async () =>
        (await this.referencesAt(document, position))
          .filter((_, i) => context.includeDeclaration || i > 0)
          .map((ref) => new vscode.Location(document.uri, toRange(document, ref))),
      [],
    );
  }
}

/** The documents the providers answer for: the languages Newsdesk checks, any scheme. */
export function articleSelector(): vscode.DocumentFilter[] {
  return readSettings().languages.map((language) => ({ language }));
}

/**
 * Registers language features for the article languages, and again whenever the
 * `newsdesk.languages` setting changes (a selector is fixed when it is registered).
 */
export function registerForArticles(context: vscode.ExtensionContext, registerAll: (selector: vscode.DocumentFilter[]) => vscode.Disposable[]): void {
  let registered: vscode.Disposable[] = registerAll(articleSelector());
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('newsdesk.languages')) return;
      registered.forEach((d) => d.dispose());
      registered = registerAll(articleSelector());
    }),
    { dispose: () => registered.forEach((d) => d.dispose()) },
  );
}

export function register(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const provider = new MentionHighlights(store);
  registerForArticles(context, (selector) => [
    vscode.languages.registerDocumentHighlightProvider(selector, provider),
    vscode.languages.registerReferenceProvider(selector, provider),
  ]);
}
