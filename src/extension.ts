// activate(): wires the analysis store to the VS Code adapters. Activation stays cheap: no
// adapter here imports the engine or compromise; the store loads them on the first analysis.

import * as vscode from 'vscode';
import { registerCodeActions } from './vscode/codeActions';
import { registerCommands, explanationLink } from './vscode/commands';
import { DiagnosticsPublisher } from './vscode/diagnostics';
import { register as registerHighlights } from './vscode/highlights';
import { register as registerHover } from './vscode/hover';
import { disposeLog, guard, log } from './vscode/log';
import { register as registerOutline } from './vscode/outline';
import { register as registerReveal } from './vscode/reveal';
import { register as registerSourceSheet } from './vscode/sourceSheet';
import { NewsdeskStatusBar } from './vscode/statusBar';
import { AnalysisStore } from './vscode/store';
import { IDLE_MS, startTagger } from './vscode/taggerWorker';
import { Suppressions } from './vscode/suppressions';

/** What activate() returns: for integration tests and other extensions. */
export interface NewsdeskApi {
  store: AnalysisStore;
  /** The status bar item's text and tooltip, or undefined when it is hidden. */
  statusBar(): { text: string; tooltip: string } | undefined;
}

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  // compromise loads and tags in a worker (a thread in Node, a Worker on vscode.dev); the
  // store hands it to the engine
  const stalls = { onStalledPiece: (piece: string) => log(`compromise did not finish tagging a sentence; the tagging worker was restarted and the sentence is left unchecked for names and figures: ${JSON.stringify(piece.length > 120 ? `${piece.slice(0, 120)}…` : piece)}`) };
  const store = new AnalysisStore(guard('starting the tagging worker', () => startTagger(context.asAbsolutePath('dist/tagger.js'), IDLE_MS, stalls), undefined));
  const suppressions = new Suppressions();
  const diagnostics = new DiagnosticsPublisher(store, suppressions, explanationLink);
  context.subscriptions.push(store, suppressions, diagnostics);
  registerCodeActions(context, store, '*');
  registerCommands(context, { store, diagnostics, suppressions });
  const statusBar = guard('showing the status bar', () => new NewsdeskStatusBar(store, diagnostics), undefined);
  if (statusBar) context.subscriptions.push(statusBar);

  // Hover cards, highlights, the outline and the source sheet: each guarded, so that one
  // failing to register leaves the rest of Newsdesk working.
  const adapters: [string, (context: vscode.ExtensionContext, store: AnalysisStore) => unknown][] = [
    ['reveal', registerReveal],
    ['hover cards', registerHover],
    ['highlights', registerHighlights],
    ['the outline', registerOutline],
    ['the source sheet', registerSourceSheet],
  ];
  for (const [what, register] of adapters) guard(`registering ${what}`, () => register(context, store), undefined);

  log(`Newsdesk ${String(context.extension.packageJSON.version ?? '')} activated`);
  return { store, statusBar: () => statusBar?.state };
}

export function deactivate(): void {
  disposeLog();
}
