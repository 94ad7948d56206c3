// Small helpers for the hover, outline and source-sheet tests: write an article into the
// test workspace and open it, wait for the extension to answer, read hover Markdown.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

let counter = 0;

/** Writes `content` to a new file in the workspace (untitled if none) and shows it. */
/** The view tests' article: a titled person with a quote, a sourced and an unsourced figure, an unattributed quote. */
export const FLOOD_ARTICLE = [
  'Senator Maria Lopez toured the flooded district on Monday.',
  '',
  '“We will rebuild,” Lopez said.',
  '',
  'Repairs will cost $4 million, according to the state transport department.',
  '',
  'Unemployment in the district rose to 12% last year.',
  '',
  '“Nobody came to help us.”',
  '',
].join('\n');

export async function openArticle(content: string, extension = 'news'): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let document: vscode.TextDocument;
  if (folder) {
    const uri = vscode.Uri.joinPath(folder.uri, 'newsdesk-view-tests', `article-${process.pid}-${++counter}.${extension}`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    document = await vscode.workspace.openTextDocument(uri);
  } else {
    document = await vscode.workspace.openTextDocument({ language: extension === 'md' ? 'markdown' : extension, content });
  }
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes every editor, reverting unsaved ones first so that nothing asks to save. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Calls probe until accept(value) holds; fails with `what` and the last value after a while. */
export async function waitFor<T>(what: string, probe: () => Thenable<T> | T, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Offset of the n-th (0-based) occurrence of needle in the document. */
export function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is not in the article`);
  }
  return at;
}

/** A position inside the n-th occurrence of needle (on its second character). */
export function inside(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  return document.positionAt(offsetOf(document, needle, occurrence) + Math.min(1, needle.length - 1));
}

/** The range of the n-th occurrence of needle. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const start = offsetOf(document, needle, occurrence);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

export function markdownOf(hover: vscode.Hover): vscode.MarkdownString[] {
  return hover.contents.filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString || typeof (c as { value?: unknown }).value === 'string') as vscode.MarkdownString[];
}

/** Hovers at a position, waiting until Newsdesk has analysed the article and answers. */
export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover> {
  const hovers = await waitFor(
    `a hover at ${position.line}:${position.character}`,
    () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
    (found) => Array.isArray(found) && found.length > 0,
  );
  assert.equal(hovers.length, 1, 'one hover card');
  return hovers[0];
}

/** The Markdown of a card as a reader sees it: backslash escapes removed. */
export function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Targets of the Markdown links in a card. */
export function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}

/** The [uri, start, end] arguments of a newsdesk.reveal link. */
export function revealArgs(target: string): [string, number, number] {
  assert.ok(target.startsWith('command:newsdesk.reveal?'), `not a reveal link: ${target}`);
  return JSON.parse(decodeURIComponent(target.slice('command:newsdesk.reveal?'.length)));
}

/** The text a reveal link points at. */
export function revealedText(document: vscode.TextDocument, target: string): string {
  const [uri, start, end] = revealArgs(target);
  assert.equal(uri, document.uri.toString());
  return document.getText().slice(start, end);
}
