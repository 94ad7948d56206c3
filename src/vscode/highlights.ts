// Every mention of the person, place or organisation under the cursor, highlighted
// (DocumentHighlightProvider) and listed (ReferenceProvider), from the stored Analysis.
// Also the pieces the hover card and the outline share: the analysis a provider may use,
// and registration for the article languages.

import * as vscode from 'vscode';
import type { Analysis } from '../engine/model';
import { guardAsync } from './log';
import { referenceAt, referencesOf, type Reference } from './lookup';
import { toOffset, toRange } from './positions';
import { readSettings } from './settings';
import type { AnalysisStore } from './store';

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
