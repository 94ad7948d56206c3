// One status bar item for the active article: how many quotes and figures need attention
// ("$(quote) 2 quotes · 1 figure", or "$(check) Newsdesk" when clean). Clicking it runs
// "Check attributions". It shows what the diagnostics show, never a separate analysis.

import * as vscode from 'vscode';
import type { Finding } from '../engine/model';
import { countFindings, describeCounts } from './commands';
import type { DiagnosticsPublisher } from './diagnostics';
import { guard } from './log';
import { readSettings } from './settings';
import type { AnalysisStore } from './store';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The item's text for a set of findings. */
export function statusText(findings: readonly Finding[]): string {
  const quotes = findings.filter((f) => f.subject.type === 'quote').length;
  const figures = findings.length - quotes;
  if (findings.length === 0) return '$(check) Newsdesk';
  const parts: string[] = [];
  if (quotes > 0) parts.push(plural(quotes, 'quote', 'quotes'));
  if (figures > 0) parts.push(plural(figures, 'figure', 'figures'));
  return `$(quote) ${parts.join(' · ')}`;
}

export class NewsdeskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsdesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly store: AnalysisStore,
    private readonly diagnostics: DiagnosticsPublisher,
  ) {
    this.item.name = 'Newsdesk';
    this.item.command = { command: 'newsdesk.checkAttributions', title: 'Check attributions' };
    const update = () => guard('updating the status bar', () => this.update(), undefined);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(update),
      diagnostics.onDidPublish((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('newsdesk')) update();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Only the "changed since the last check" note in the tooltip depends on this.
        if (event.document === vscode.window.activeTextEditor?.document && readSettings(event.document.uri).run !== 'onType') update();
      }),
    );
    update();
  }

  /** The item as it stands (for tests): undefined when hidden. */
  get state(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  private visible = false;

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !readSettings(document.uri).statusBar || !this.store.isSupported(document)) {
      this.hide();
      return;
    }
    const published = this.diagnostics.publishedFor(document.uri);
    if (!published) {
      const tooLarge = this.store.isTooLarge(document);
      this.item.text = tooLarge ? '$(circle-slash) Newsdesk' : '$(quote) Newsdesk';
      this.item.tooltip = tooLarge
        ? 'Newsdesk: this article is longer than newsdesk.maxFileSize and is not checked.'
        : 'Newsdesk: not checked yet. Click to check attributions.';
    } else {
      this.item.text = statusText(published.findings);
      const described = describeCounts(countFindings(published.findings));
      const stale = published.version !== undefined && published.version !== document.version;
      this.item.tooltip = [
        described ? `Newsdesk: ${described}.` : 'Newsdesk: no problems found.',
        stale ? 'The article has changed since it was checked.' : '',
        'Click to check attributions.',
      ]
        .filter(Boolean)
        .join('\n');
    }
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
