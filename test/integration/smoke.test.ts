// The walking skeleton, end to end in a real VS Code: the extension activates on an
// article and the editor shows Newsdesk's finding for a quote nobody is credited with.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension';

const EXTENSION_ID = 'newsdesk.newsdesk';

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The article `name` in the test workspace (a throwaway copy of samples/). */
export function sampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (a copy of samples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

describe('walking skeleton', () => {
  it('runs in VS Code 1.99 or later', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.equal(major, 1);
    assert.ok(minor >= 99, `VS Code ${vscode.version} is older than the 1.99 the manifest requires`);
  });

  it('activates on an article and flags its unattributed quote', async () => {
    const uri = sampleUri('needs-work.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));

    const unattributed = await waitFor('an unattributed-quote diagnostic', () => {
      const found = vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source?.toLowerCase() === 'newsdesk' && codeOf(d) === 'unattributed-quote');
      return found.length > 0 ? found : undefined;
    });
    const flagged = document.getText(unattributed[0].range);
    assert.match(flagged, /^[“"][^]*[”"]$/, `the diagnostic should cover a quotation, not ${JSON.stringify(flagged)}`);
  });

  it('tags in its worker thread: compromise is never loaded in the extension host', async () => {
    const extension = vscode.extensions.getExtension<NewsdeskApi>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    const uri = sampleUri('needs-work.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const status = await waitFor('the first analysis', () => api.store.taggingStatus());
    assert.equal(status.workerStarted, true);
    assert.ok(status.taggedByWorker > 0, `${status.taggedByWorker} pieces tagged by the worker`);
    assert.equal(status.compromiseLoadedHere, false);
  });
});
