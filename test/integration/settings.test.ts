// Settings inside a real VS Code: each one changes what Newsdesk does without a reload,
// and a broken value or a broken .newsdesk.json falls back to the defaults.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  BRIDGE_ARTICLE,
  BRIDGE_FINDINGS,
  articleUri,
  describeAll,
  newsdeskDiagnostics,
  openArticle,
  replaceText,
  resetWorkspace,
  setSetting,
  settle,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
  writeFile,
} from './helpers';

describe('Settings', () => {
  before(async () => {
    await activate();
  });

  afterEach(resetWorkspace);

  it('newsdesk.severity: a rule turned off disappears, and a new severity applies', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    await setSetting('severity', { 'unsourced-figure': 'off', 'unattributed-quote': 'error' });
    await waitForDiagnostics(editor.document.uri, ['error unattributed-quote 4:0-4:26', 'information anonymous-source 8:0-8:17']);
    await setSetting('severity', { 'anonymous-source': 'hint' });
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 4:0-4:26', 'warning unsourced-figure 6:22-6:32', 'hint anonymous-source 8:0-8:17']);
  });

  it('newsdesk.run = manual: edits are not checked until the command runs', async () => {
    await setSetting('run', 'manual');
    await setSetting('delay', 0);
    const editor = await openArticle('Residents were angry.\n');
    await settle();
    assert.deepEqual(newsdeskDiagnostics(editor.document.uri), []);
    await replaceText(editor.document, 'angry.', 'angry.\n\n“Why did nobody tell us?”');
    await settle();
    assert.deepEqual(newsdeskDiagnostics(editor.document.uri), [], 'no check on typing');
    await vscode.commands.executeCommand('newsdesk.checkAttributions');
    assert.deepEqual(describeAll(editor.document.uri), ['warning unattributed-quote 2:0-2:25']);
  });

  it('newsdesk.run = onSave: edits are checked when saved', async () => {
    await setSetting('run', 'onSave');
    await setSetting('delay', 0);
    const editor = await openArticle('Residents were angry.\n');
    await waitFor('the opened article to be checked', async () => (await activate()).store.get(editor.document) !== undefined);
    await replaceText(editor.document, 'angry.', 'angry.\n\n“Why did nobody tell us?”');
    await settle();
    assert.deepEqual(newsdeskDiagnostics(editor.document.uri), [], 'no check on typing');
    assert.ok(await editor.document.save());
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:25']);
  });

  it('newsdesk.exclude keeps matching files unchecked', async () => {
    await setSetting('exclude', ['**/newsdesk-tests/skip-*']);
    const skipped = await writeFile(articleUri('md', 'skip'), 'Residents were angry.\n\n“Why did nobody tell us?”\n');
    const checked = await writeFile(articleUri('md', 'keep'), 'Residents were angry.\n\n“Why did nobody tell us?”\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(skipped));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(checked));
    await waitForDiagnostics(checked, ['warning unattributed-quote 2:0-2:25']);
    assert.deepEqual(newsdeskDiagnostics(skipped), []);
  });

  it('newsdesk.languages: a language taken off the list is no longer checked', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Why did nobody tell us?”\n', 'txt');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:25']);
    await setSetting('languages', ['news', 'markdown']);
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('newsdesk.statusBar = false hides the status bar item', async () => {
    const api = await activate();
    const editor = await openArticle(BRIDGE_ARTICLE);
    await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    await waitFor('the status bar item', () => api.statusBar() !== undefined);
    await setSetting('statusBar', false);
    await waitFor('the status bar item to hide', () => api.statusBar() === undefined);
  });

  it('an invalid value falls back to the default', async () => {
    await setSetting('delay', 'x');
    await setSetting('severity', { 'unattributed-quote': 'loud' });
    const editor = await openArticle(BRIDGE_ARTICLE);
    await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
  });

  it('a broken .newsdesk.json hides nothing, and a fixed one applies', async () => {
    const config = vscode.Uri.joinPath(workspaceFolder(), '.newsdesk.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "falsePositives": [ oops ] }'));
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26']);
    await vscode.workspace.fs.writeFile(
      config,
      new TextEncoder().encode(JSON.stringify({ falsePositives: [{ rule: 'unattributed-quote', sentence: '“Nobody told us anything.”' }] })),
    );
    await waitForDiagnostics(editor.document.uri, []);
  });
});
