// One Analysis per document version, computed once and shared by diagnostics, hovers, the
// outline, the status bar and commands. Nothing else calls the engine: `run()` below is
// the only call, and the engine module itself is imported lazily on the first analysis so
// that activating the extension stays cheap.

import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions, DocumentFormat } from '../engine/model';
import { log } from './log';
import { matchesAny, readSettings } from './settings';
import type { TaggerWorker } from './taggerWorker';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  analysis: Analysis;
}

type Engine = typeof import('../engine');

/** Documents that are views of something else (diffs, output, chat blocks): never checked. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'debug', 'vscode-scm', 'comment', 'vscode-chat-code-block', 'chat-editing-text-model', 'walkThroughSnippet', 'vscode-settings', 'search-editor', 'newsdesk-rule']);

export function formatOf(languageId: string): DocumentFormat {
  return languageId === 'markdown' ? 'markdown' : languageId === 'news' ? 'news' : 'plaintext';
}

/** Whether a file is excluded by `newsdesk.exclude` (globs over the workspace-relative path). */
export function isExcluded(uri: vscode.Uri, exclude: readonly string[]): boolean {
  if (exclude.length === 0) return false;
  return matchesAny(vscode.workspace.asRelativePath(uri, false), exclude);
}

export class AnalysisStore implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; analysis: Analysis }>();
  private readonly pending = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  /** The analysis still running for each document, aborted when a newer version starts. */
  private readonly running = new Map<string, AbortController>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  private engine: Engine | undefined;
  /** Bumped by clear(), so that an analysis started under old settings is not stored. */
  private generation = 0;

  /**
   * `tagger`: where compromise runs (the tagging worker), handed to the engine when it is
   * loaded; without one, or once it fails, the engine tags in this thread, in slices.
   */
  constructor(private readonly tagger?: TaggerWorker) {}

  /** Fires after a document's current version has been analysed. */
  readonly onDidAnalyze = this.emitter.event;

  /** Whether Newsdesk checks this document at all (scheme, `newsdesk.languages`, `newsdesk.exclude`). */
  isSupported(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    const settings = readSettings(document.uri);
    if (!settings.languages.includes(document.languageId)) return false;
    return !isExcluded(document.uri, settings.exclude);
  }

  /** Whether the document is over `newsdesk.maxFileSize` characters (then it is never analysed). */
  isTooLarge(document: vscode.TextDocument): boolean {
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return length > readSettings(document.uri).maxFileSize;
  }

  /** The analysis of the document's current version, if one is ready. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** Analyses the current version now (or returns the cached or in-flight result). */
  analyze(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isSupported(document) || this.isTooLarge(document)) return Promise.resolve(undefined);
    const cached = this.get(document);
    if (cached) return Promise.resolve(cached);
    const key = document.uri.toString();
    const inFlight = this.pending.get(key);
    if (inFlight && inFlight.version === document.version) return inFlight.promise;
    const version = document.version;
    const promise = this.compute(document, version).finally(() => {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    });
    this.pending.set(key, { version, promise });
    return promise;
  }

  private async compute(document: vscode.TextDocument, version: number): Promise<Analysis | undefined> {
    const generation = this.generation;
    const text = document.getText();
    const key = document.uri.toString();
    // a newer version makes the analysis still running for an older one stale: stop it
    this.running.get(key)?.abort();
    const controller = new AbortController();
    this.running.set(key, controller);
    let analysis: Analysis;
    try {
      analysis = await this.run(text, this.options(document.languageId, document.uri), controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.running.get(key) === controller) this.running.delete(key);
    }
    // A result for a version that is no longer current is never stored or announced.
    if (document.version !== version || document.isClosed || generation !== this.generation) return undefined;
    this.results.set(document.uri.toString(), { version, analysis });
    this.emitter.fire({ document, analysis });
    return analysis;
  }

  /**
   * Analyses text that is not open in an editor (the workspace check reads files through
   * vscode.workspace.fs). Not cached: the text has no version to key it by.
   */
  analyzeText(text: string, languageId: string, uri?: vscode.Uri): Promise<Analysis> {
    return this.run(text, this.options(languageId, uri));
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.running.get(key)?.abort();
    this.results.delete(key);
    this.pending.delete(key);
  }

  /** Drops every cached analysis (settings that change the results, such as severities, changed). */
  clear(): void {
    this.generation++;
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
    this.results.clear();
    this.pending.clear();
  }

  /**
   * The one call into the engine: analyzeAsync works in slices of a few milliseconds with a
   * pause between them (so tagging a cold 100,000-word article does not freeze the editor)
   * and aborting `signal` drops it between two slices.
   */
  private async run(text: string, options: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis> {
    if (!this.engine) {
      const engine = await import('../engine');
      if (this.tagger && !this.engine) {
        engine.setTaggingService(this.tagger, (error) =>
          log(`The tagging worker failed; tagging in the extension host from now on: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
      this.engine = engine;
    }
    return this.engine.analyzeAsync(text, options, { signal });
  }

  /**
   * Where compromise runs, once the engine is loaded: whether the tagging worker started, how
   * many pieces of text it has tagged, and whether compromise was loaded in this thread
   * (only when there is no worker, or it failed). For tests and the output channel.
   */
  taggingStatus(): { workerStarted: boolean; taggedByWorker: number; compromiseLoadedHere: boolean } | undefined {
    if (!this.engine) return undefined;
    return { workerStarted: this.tagger?.started ?? false, taggedByWorker: this.engine.remoteTaggedCount(), compromiseLoadedHere: this.engine.isNlpLoaded() };
  }

  private options(languageId: string, uri: vscode.Uri | undefined): AnalyzeOptions {
    return { format: formatOf(languageId), severities: readSettings(uri).severities };
  }

  dispose(): void {
    this.emitter.dispose();
    this.clear();
    this.tagger?.dispose();
  }
}
