// Findings as VS Code diagnostics. Decides when an open article is checked (as the writer
// types, after `newsdesk.delay` ms of quiet; on save; or only on command), and translates
// the store's Analysis into Diagnostic objects. This is the one debounce in Newsdesk.

import * as vscode from 'vscode';
import type { Analysis, DocumentFormat, Finding, RuleCode, Severity } from '../engine/model';
import { forgetNotice, guard, guardAsync, notifyOnce } from './log';
import { LineIndex, toRange } from './positions';
import { readSettings } from './settings';
import { AnalysisStore, formatOf } from './store';
import { nearestRun, runIsStale, SHOWN_PER_FILE, type Run } from './shown';
import { Suppressions, visibleFindings } from './suppressions';

export const SOURCE = 'Newsdesk';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * What was last shown for a document: the findings behind its diagnostics. Not the
 * Analysis: a workspace check publishes every article in the folder, and keeping each one's
 * Analysis here would hold them all in the extension host (an open document's is in the
 * AnalysisStore while it is open).
 */
export interface Published {
  uri: vscode.Uri;
  /** The document version analysed; undefined for a file checked from disk. */
  version: number | undefined;
  /** The text analysed (a file checked from disk is checked again from it when its false positives change). */
  text: string;
  languageId: string;
  findings: Finding[];
  /** The findings that are diagnostics: all of them, or the run nearest the writer's cursor. */
  shown: Run;
}

/** Milliseconds of building diagnostics between pauses, so a long article never holds the host. */
const SLICE_MS = 10;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ruleCodeOf(diagnostic: vscode.Diagnostic): RuleCode | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' ? (code as RuleCode) : undefined;
}

export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('newsdesk');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Pending re-shows of a long article's diagnostics around a moved cursor. */
  private readonly refocus = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<string, Published>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.emitter];

  /** Fires after a document's diagnostics were replaced (or cleared). */
  readonly onDidPublish = this.emitter.event;

  constructor(
    private readonly store: AnalysisStore,
    private readonly suppressions: Suppressions,
    /** Link target of a finding's code: where "explain this rule" lives. */
    private readonly explanationLink: (rule: RuleCode) => vscode.Uri,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => guard('checking an opened article', () => this.onOpen(document), undefined)),
      vscode.workspace.onDidChangeTextDocument((event) => guard('scheduling a check', () => this.onChange(event), undefined)),
      vscode.workspace.onDidSaveTextDocument((document) => guard('checking a saved article', () => this.onSave(document), undefined)),
      vscode.workspace.onDidCloseTextDocument((document) =>
        guard(
          'clearing a closed article',
          () => {
            this.store.forget(document);
            this.clear(document.uri);
          },
          undefined,
        ),
      ),
      vscode.workspace.onDidChangeConfiguration((event) => guard('applying changed settings', () => this.onSettings(event), undefined)),
      suppressions.onDidChange(() => guard('applying .newsdesk.json', () => this.recheckPublished(), undefined)),
      // VS Code keeps a document alive for a while after its last tab closes (and for as long
      // as an extension holds it), so "closed" for the writer means: no tab shows it any more.
      vscode.window.tabGroups.onDidChangeTabs((event) => guard('clearing a closed tab', () => this.onTabsClosed(event.closed), undefined)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => guard('checking a shown article', () => this.onShown(editors), undefined)),
      // an article with more findings than VS Code shows: the shown ones follow the writer
      vscode.window.onDidChangeTextEditorSelection((event) => guard('following the cursor', () => this.onFocus(event.textEditor.document), undefined)),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => guard('following the scroll', () => this.onFocus(event.textEditor.document), undefined)),
      // Findings of a file checked from disk (the workspace check) go with the file.
      vscode.workspace.onDidDeleteFiles((event) => guard('clearing deleted files', () => this.onGone(event.files), undefined)),
      vscode.workspace.onDidRenameFiles((event) => guard('clearing renamed files', () => this.onGone(event.files.map((f) => f.oldUri)), undefined)),
    );
    for (const document of vscode.workspace.textDocuments) this.onOpen(document);
  }

  /** The findings behind a document's current diagnostics. */
  publishedFor(uri: vscode.Uri): Published | undefined {
    return this.published.get(uri.toString());
  }

  private onOpen(document: vscode.TextDocument): void {
    if (readSettings(document.uri).run === 'manual') return;
    void this.refresh(document);
  }

  private onTabsClosed(closed: readonly vscode.Tab[]): void {
    if (closed.length === 0) return;
    const open = new Set<string>();
    for (const group of vscode.window.tabGroups.all) for (const tab of group.tabs) {
      const uri = tabUri(tab);
      if (uri) open.add(uri.toString());
    }
    for (const tab of closed) {
      const uri = tabUri(tab);
      if (!uri || open.has(uri.toString())) continue;
      const entry = this.published.get(uri.toString());
      if (entry && entry.version !== undefined) this.clear(uri);
    }
  }

  private onGone(uris: readonly vscode.Uri[]): void {
    for (const gone of uris) {
      const prefix = gone.toString().replace(/\/?$/, '/');
      for (const entry of [...this.published.values()]) {
        const key = entry.uri.toString();
        if (key === gone.toString() || key.startsWith(prefix)) this.clear(entry.uri);
      }
    }
  }

  /** An article shown again after its tab was closed (its document never closed) is checked again. */
  private onShown(editors: readonly vscode.TextEditor[]): void {
    for (const { document } of editors) {
      if (this.published.has(document.uri.toString()) || this.timers.has(document.uri.toString())) continue;
      if (readSettings(document.uri).run === 'manual' || !this.store.isSupported(document)) continue;
      void this.refresh(document);
    }
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const settings = readSettings(event.document.uri);
    if (settings.run !== 'onType') return;
    this.schedule(event.document, settings.delay);
  }

  private onSave(document: vscode.TextDocument): void {
    if (readSettings(document.uri).run === 'manual') return;
    void this.refresh(document);
  }

  private onSettings(event: vscode.ConfigurationChangeEvent): void {
    const relevant = ['severity', 'languages', 'exclude', 'maxFileSize', 'run'].map((key) => `newsdesk.${key}`);
    if (!relevant.some((key) => event.affectsConfiguration(key))) return;
    // Severities are analysis options: results computed under the old ones are stale.
    if (event.affectsConfiguration('newsdesk.severity')) this.store.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (!relevant.some((key) => event.affectsConfiguration(key, document.uri))) continue;
      const checked = this.published.has(document.uri.toString());
      if (!this.store.isSupported(document)) {
        if (checked) this.clear(document.uri);
        continue;
      }
      if (readSettings(document.uri).run !== 'manual' || checked) void this.refresh(document);
    }
  }

  private recheckPublished(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.published.has(document.uri.toString())) void this.refresh(document);
    }
    for (const entry of [...this.published.values()]) {
      if (entry.version === undefined) void this.publishText(entry.uri, entry.text, entry.languageId);
    }
  }

  /** Checks the document after `delay` ms without further edits. */
  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(document);
      }, delay),
    );
  }

  /**
   * Analyses the document's current version now and publishes its diagnostics. Returns the
   * visible findings, or undefined when the document is not checked (unsupported, too
   * large, closed, or edited again before the analysis finished).
   */
  refresh(document: vscode.TextDocument): Promise<Finding[] | undefined> {
    return guardAsync('checking an article', () => this.check(document), undefined);
  }

  private async check(document: vscode.TextDocument): Promise<Finding[] | undefined> {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (document.isClosed) return undefined;
    if (!this.store.isSupported(document)) {
      if (this.published.has(key)) this.clear(document.uri);
      return undefined;
    }
    if (this.store.isTooLarge(document)) {
      this.collection.delete(document.uri);
      this.published.delete(key);
      // Once per document (until it is closed): the message would otherwise follow every keystroke.
      notifyOnce(
        `too-large:${key}`,
        `Newsdesk does not check ${vscode.workspace.asRelativePath(document.uri)}: it is longer than newsdesk.maxFileSize (${readSettings(document.uri).maxFileSize} characters).`,
        'information',
      );
      this.emitter.fire(document.uri);
      return undefined;
    }
    const version = document.version;
    const [analysis, falsePositives] = await Promise.all([this.store.analyze(document), this.suppressions.forDocument(document.uri)]);
    // Results for an old version are never published: a newer check is on its way.
    if (!analysis || document.isClosed || document.version !== version) return undefined;
    const text = document.getText();
    const format = formatOf(document.languageId);
    const findings = this.visible(document.uri, text, format, analysis, falsePositives);
    const current = () => !document.isClosed && document.version === version;
    const built = await this.diagnosticsFor(document.uri, findings, focusOf(document), (span) => toRange(document, span), current);
    if (!built || !current()) return undefined;
    this.collection.set(document.uri, built.diagnostics);
    this.published.set(key, { uri: document.uri, version, text, languageId: document.languageId, findings, shown: built.shown });
    this.emitter.fire(document.uri);
    return findings;
  }

  /**
   * The diagnostics of `findings`: all of them, or, when there are more than VS Code keeps
   * for a file, the ones nearest `focus` and a note that says so. Built in slices with
   * pauses between them; undefined when `current()` turns false during a pause (the text
   * changed: the diagnostics would be in the wrong places).
   */
  private async diagnosticsFor(
    uri: vscode.Uri,
    findings: readonly Finding[],
    focus: number,
    range: (span: { start: number; end: number }) => vscode.Range,
    current: () => boolean,
  ): Promise<{ diagnostics: vscode.Diagnostic[]; shown: Run } | undefined> {
    const capped = findings.length > SHOWN_PER_FILE;
    // one place is kept for the note
    const shown = capped ? nearestRun(findings, focus, SHOWN_PER_FILE - 1) : { from: 0, to: findings.length };
    const diagnostics: vscode.Diagnostic[] = [];
    let started = performance.now();
    for (let i = shown.from; i < shown.to; i++) {
      diagnostics.push(this.toDiagnostic(uri, findings[i], range));
      if ((i & 63) === 63 && performance.now() - started > SLICE_MS) {
        await pause();
        if (!current()) return undefined;
        started = performance.now();
      }
    }
    if (capped) {
      const count = shown.to - shown.from;
      const note = new vscode.Diagnostic(
        range(findings[shown.from]),
        `Newsdesk found ${findings.length.toLocaleString('en-US')} things to check in this article; VS Code lists at most ${SHOWN_PER_FILE.toLocaleString('en-US')} per file, so these are the ${count.toLocaleString('en-US')} nearest the cursor, and they follow it. The command line lists them all.`,
        vscode.DiagnosticSeverity.Information,
      );
      note.source = SOURCE;
      diagnostics.unshift(note);
    }
    return { diagnostics, shown };
  }

  /**
   * The cursor (or the view) of a long article moved away from the findings shown: show the
   * ones around it instead, from the findings already published (nothing is analysed again).
   */
  private onFocus(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.published.get(key);
    if (!entry || entry.version === undefined || entry.version !== document.version || entry.findings.length <= SHOWN_PER_FILE) return;
    if (!runIsStale(entry.findings, entry.shown, focusOf(document))) return;
    clearTimeout(this.refocus.get(key));
    this.refocus.set(
      key,
      setTimeout(() => {
        this.refocus.delete(key);
        void guardAsync('showing the findings around the cursor', () => this.reshow(document, entry), undefined);
      }, REFOCUS_DELAY_MS),
    );
  }

  private async reshow(document: vscode.TextDocument, entry: Published): Promise<void> {
    const key = document.uri.toString();
    const current = () => !document.isClosed && document.version === entry.version && this.published.get(key) === entry;
    if (!current()) return;
    const built = await this.diagnosticsFor(document.uri, entry.findings, focusOf(document), (span) => toRange(document, span), current);
    if (!built || !current()) return;
    this.collection.set(document.uri, built.diagnostics);
    entry.shown = built.shown;
  }

  /**
   * Analyses a file's text that is not open in an editor (the workspace check) and
   * publishes its diagnostics. Returns the visible findings.
   */
  async publishText(uri: vscode.Uri, text: string, languageId: string): Promise<Finding[]> {
    const format = formatOf(languageId);
    const [analysis, falsePositives] = await Promise.all([this.store.analyzeText(text, languageId, uri), this.suppressions.forDocument(uri)]);
    const findings = this.visible(uri, text, format, analysis, falsePositives);
    const lines = new LineIndex(text);
    const built = await this.diagnosticsFor(uri, findings, 0, (span) => lines.range(span), () => true);
    this.collection.set(uri, built?.diagnostics ?? []);
    this.published.set(uri.toString(), { uri, version: undefined, text, languageId, findings, shown: built?.shown ?? { from: 0, to: 0 } });
    this.emitter.fire(uri);
    return findings;
  }

  private visible(uri: vscode.Uri, text: string, format: DocumentFormat, analysis: Analysis, falsePositives: Parameters<typeof visibleFindings>[3]): Finding[] {
    const severities = readSettings(uri).severities;
    return visibleFindings(text, analysis, format, falsePositives)
      .filter((finding) => (severities[finding.code] ?? 'warning') !== 'off')
      .map((finding) => {
        // The engine was given these severities; applying them again here keeps the display
        // right even for a rule that does not read them yet.
        const setting = severities[finding.code];
        return setting && setting !== 'off' && setting !== finding.severity ? { ...finding, severity: setting } : finding;
      });
  }

  private toDiagnostic(uri: vscode.Uri, finding: Finding, range: (span: { start: number; end: number }) => vscode.Range): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range(finding), finding.message, SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = SOURCE;
    diagnostic.code = { value: finding.code, target: this.explanationLink(finding.code) };
    if (finding.related.length > 0) {
      diagnostic.relatedInformation = finding.related.map(
        (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range(related)), related.message),
      );
    }
    return diagnostic;
  }

  /** Removes a document's diagnostics (it was closed, or is no longer checked). */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    clearTimeout(this.refocus.get(key));
    this.refocus.delete(key);
    this.collection.delete(uri);
    this.published.delete(key);
    forgetNotice(`too-large:${key}`);
    this.emitter.fire(uri);
  }

  dispose(): void {
    for (const timer of [...this.timers.values(), ...this.refocus.values()]) clearTimeout(timer);
    this.timers.clear();
    this.refocus.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Quiet time after the cursor of a long article moves before its shown findings follow it. */
const REFOCUS_DELAY_MS = 150;

/**
 * Where the writer is working in a document: the cursor of the editor that shows it (the
 * active one first), or the middle of the view when the cursor is scrolled out of it; the
 * top when no editor shows it.
 */
function focusOf(document: vscode.TextDocument): number {
  const active = vscode.window.activeTextEditor;
  const editor = active?.document === document ? active : vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (!editor) return 0;
  const cursor = editor.selection.active;
  const view = editor.visibleRanges;
  if (view.length === 0 || view.some((r) => r.contains(cursor))) return document.offsetAt(cursor);
  const middle = Math.floor((view[0].start.line + view[0].end.line) / 2);
  return document.offsetAt(new vscode.Position(middle, 0));
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}
