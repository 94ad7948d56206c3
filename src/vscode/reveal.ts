// `newsdesk.reveal(uri, start, end)`: selects a span of an article and scrolls it into view.
// Hover-card links and outline items call it; it is hidden from the command palette.

import * as vscode from 'vscode';
import type { Span } from '../engine/model';
import type { AnalysisStore } from './store';
import { commandUri } from './escape';
import { toRange } from './positions';

export const REVEAL_COMMAND = 'newsdesk.reveal';

/** The arguments of a reveal: the document's URI as a string, so they survive JSON. */
export function revealArgs(uri: vscode.Uri, span: Span): [string, number, number] {
  return [uri.toString(), span.start, span.end];
}

/** A `command:` link target for a trusted MarkdownString. */
export function revealLink(uri: vscode.Uri, span: Span): string {
  return commandUri(REVEAL_COMMAND, revealArgs(uri, span));
}

/** A `vscode.Command` for a tree item. */
/**
 * A `vscode.Command` for a tree item. The focus stays in the tree, as in VS Code's own
 * Outline, so that the arrow keys keep walking the rows while the article follows.
 */
export function revealCommand(uri: vscode.Uri, span: Span, title = 'Reveal'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [...revealArgs(uri, span), { preserveFocus: true }] };
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') {
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string') {
    return vscode.Uri.from(value as { scheme: string; path?: string; query?: string; fragment?: string; authority?: string });
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

/**
 * Opens (or brings forward) the document and selects [start, end); true when it did.
 * `options.preserveFocus` leaves the keyboard focus where it is (a tree row).
 */
export async function reveal(uriValue: unknown, startValue: unknown, endValue: unknown, options?: unknown): Promise<boolean> {
  const preserveFocus = typeof options === 'object' && options !== null && (options as { preserveFocus?: unknown }).preserveFocus === true;
  const uri = toUri(uriValue);
  const start = toNumber(startValue);
  if (!uri || start === undefined) return false;
  const end = Math.max(start, toNumber(endValue) ?? start);
  const document = await vscode.workspace.openTextDocument(uri);
  // positionAt clamps, so a stale link (offsets past the end after an edit) still lands.
  const range = toRange(document, { start, end });
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

export function register(context: vscode.ExtensionContext, _store: AnalysisStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(REVEAL_COMMAND, reveal));
}
