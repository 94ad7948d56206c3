// One Analysis per document version, computed once and shared by diagnostics, hovers, the
// outline, the status bar and commands. Nothing else calls the engine.

import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions, DocumentFormat } from '../engine/model';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  analysis: Analysis;
}

type Engine = typeof import('../engine');

export class AnalysisStore implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private engine: Engine | undefined;

  /** Fires after a document's current version has been analysed. */
  readonly onDidAnalyze = this.emitter.event;

  /** Whether Newsdesk checks this document at all (language and exclude settings). */
  isSupported(document: vscode.TextDocument): boolean {
    const languages = vscode.workspace.getConfiguration('newsdesk').get<string[]>('languages', ['news', 'markdown', 'plaintext']);
    return languages.includes(document.languageId);
  }

  /** The analysis of the document's current version, if one is ready. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** Analyses the current version now (or returns the cached result). */
  async analyze(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isSupported(document)) return undefined;
    const cached = this.get(document);
    if (cached) return cached;
    this.engine ??= await import('../engine');
    const version = document.version;
    const analysis = this.engine.analyze(document.getText(), this.options(document));
    if (document.version !== version || document.isClosed) return undefined;
    this.results.set(document.uri.toString(), { version, analysis });
    this.emitter.fire({ document, analysis });
    return analysis;
  }

  forget(document: vscode.TextDocument): void {
    this.results.delete(document.uri.toString());
  }

  private options(document: vscode.TextDocument): AnalyzeOptions {
    const format: DocumentFormat = document.languageId === 'markdown' ? 'markdown' : document.languageId === 'news' ? 'news' : 'plaintext';
    return { format };
  }

  dispose(): void {
    this.emitter.dispose();
    this.results.clear();
  }
}
