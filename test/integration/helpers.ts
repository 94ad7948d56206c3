// Shared helpers for the integration tests that run inside VS Code: write an article into
// the test workspace, open it, change settings, and wait (with a bound) for Newsdesk to
// react. Every wait polls and gives up with a message that says what it was waiting for.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension';

export const EXTENSION_ID = 'newsdesk.newsdesk';

/** An article with one finding of each kind that the engine reports today, and one clean quote. */
export const BRIDGE_ARTICLE = [
  '# Bridge to reopen',
  '',
  'The council met on Tuesday to discuss the old bridge.',
  '',
  '“Nobody told us anything.”',
  '',
  'The repairs will cost $4 million.',
  '',
  '“It is not safe,” said an official who asked not to be named.',
  '',
  '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.',
  '',
].join('\n');

export const BRIDGE_FINDINGS = [
  'warning unattributed-quote 4:0-4:26',
  'warning unsourced-figure 6:22-6:32',
  'information anonymous-source 8:0-8:17',
];

/** How long a wait may take before the test fails (analysis runs on a shared, slow machine). */
export const WAIT_MS = 20_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    }
    await sleep(50);
  }
}

/** Lets the editor run pending events for a while; used only before asserting that nothing changed. */
export function settle(ms = 600): Promise<void> {
  return sleep(ms);
}

export async function activate(): Promise<NewsdeskApi> {
  const extension = vscode.extensions.getExtension<NewsdeskApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : await extension.activate();
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder open');
  return folder.uri;
}

let counter = 0;

/** A fresh file name in the test folder, so that tests never see each other's articles. */
export function articleUri(extension = 'md', stem = 'article'): vscode.Uri {
  counter++;
  return vscode.Uri.joinPath(workspaceFolder(), 'newsdesk-tests', `${stem}-${process.pid}-${counter}.${extension}`);
}

const written: vscode.Uri[] = [];

export async function writeFile(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  written.push(uri);
  return uri;
}

/** Writes an article into the workspace and opens it in an editor. */
export async function openArticle(text: string, extension = 'md'): Promise<vscode.TextEditor> {
  const uri = await writeFile(articleUri(extension), text);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Closes every editor and deletes the files the tests wrote. */
export async function cleanUp(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const uri of written.splice(0)) {
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    } catch {
      // already gone
    }
  }
}

/** After each test: default settings, test files removed, no .newsdesk.json left behind. */
export async function resetWorkspace(): Promise<void> {
  await resetSettings();
  await cleanUp();
  try {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.newsdesk.json'));
  } catch {
    // not created by this test
  }
}

export function newsdeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Newsdesk');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** A diagnostic as a line that reads well in an assertion failure: "warning unattributed-quote 2:0-2:40". */
export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  const r = diagnostic.range;
  return `${SEVERITY_NAMES[diagnostic.severity]} ${codeOf(diagnostic)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function describeAll(uri: vscode.Uri): string[] {
  return newsdeskDiagnostics(uri).map(describeDiagnostic);
}

/** Waits until the article's Newsdesk diagnostics read exactly `expected` (in any order). */
export async function waitForDiagnostics(uri: vscode.Uri, expected: string[], timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const want = [...expected].sort().join('\n');
  try {
    await waitFor(`diagnostics ${JSON.stringify(expected)}`, () => describeAll(uri).sort().join('\n') === want, timeoutMs);
  } catch (error) {
    assert.deepEqual(describeAll(uri).sort(), [...expected].sort(), String(error));
  }
  return newsdeskDiagnostics(uri);
}

/** The range of the first occurrence of `needle` in the document, as "line:col-line:col". */
export function spanOf(document: vscode.TextDocument, needle: string, from = 0): string {
  const offset = document.getText().indexOf(needle, from);
  assert.ok(offset >= 0, `${JSON.stringify(needle)} occurs in the article`);
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + needle.length);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Replaces the first occurrence of `find` in the document through a WorkspaceEdit. */
export async function replaceText(document: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  const offset = document.getText().indexOf(find);
  assert.ok(offset >= 0, `${JSON.stringify(find)} occurs in the article`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + find.length)), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
}

// ---------------------------------------------------------------------------------------
// Settings: written to the test workspace and put back after each test.

const touched = new Set<string>();

export async function setSetting(key: string, value: unknown): Promise<void> {
  touched.add(key);
  await vscode.workspace.getConfiguration('newsdesk').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function resetSettings(): Promise<void> {
  for (const key of touched) await vscode.workspace.getConfiguration('newsdesk').update(key, undefined, vscode.ConfigurationTarget.Workspace);
  touched.clear();
}

/** The quick fixes VS Code offers for a diagnostic. */
export async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // The code-action request reads the diagnostics the workbench knows at the range, and a
  // diagnostic reaches the workbench a moment after getDiagnostics returns it in the
  // extension host: ask until the workbench has it (every Newsdesk finding has fixes).
  return waitFor('quick fixes for the finding', async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
    return fixes.length > 0 ? fixes : undefined;
  });
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `“${action.title}” applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
