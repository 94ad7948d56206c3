// The palette commands inside a real VS Code: "Check attributions" on one article and on
// the whole workspace, and the commands behind the quick fixes run without arguments.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckSummary, WorkspaceSummary } from '../../src/vscode/commands';
import {
  activate,
  BRIDGE_ARTICLE,
  BRIDGE_FINDINGS,
  articleUri,
  describeAll,
  newsdeskDiagnostics,
  openArticle,
  resetWorkspace,
  setSetting,
  settle,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
  writeFile,
} from './helpers';

describe('Commands', () => {
  before(async () => {
    await activate();
  });

  afterEach(resetWorkspace);

  it('“Check attributions” checks the active article and counts its findings', async () => {
    await setSetting('run', 'manual');
    const editor = await openArticle(BRIDGE_ARTICLE);
    await settle();
    assert.deepEqual(newsdeskDiagnostics(editor.document.uri), [], 'manual: nothing before the command');
    const summary = await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkAttributions');
    assert.deepEqual(summary.counts, { 'unattributed-quote': 1, 'unsourced-figure': 1, 'anonymous-source': 1, 'unclosed-quote': 0 });
    assert.equal(summary.total, 3);
    assert.equal(summary.message, `Newsdesk: 1 unattributed quote, 1 unsourced figure, 1 anonymous source in ${vscode.workspace.asRelativePath(editor.document.uri)}.`);
    assert.deepEqual(describeAll(editor.document.uri).sort(), [...BRIDGE_FINDINGS].sort());
  });

  it('“Check attributions” says so when an article is clean', async () => {
    const editor = await openArticle('“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.\n');
    const summary = await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkAttributions');
    assert.equal(summary.total, 0);
    assert.equal(summary.message, `Newsdesk: no problems found in ${vscode.workspace.asRelativePath(editor.document.uri)}.`);
  });

  it('“Check attributions” does nothing without an article', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('newsdesk.checkAttributions'), undefined);
  });

  it('“Check attributions in workspace” checks unopened files and skips excluded ones', async () => {
    await setSetting('exclude', ['**/drafts/**']);
    const quoted = await writeFile(articleUri('md', 'quoted'), 'Residents were angry.\n\n“Nobody told us anything.”\n');
    const figures = await writeFile(articleUri('news', 'figures'), 'Residents were angry.\n\nThe repairs will cost $4 million.\n');
    const clean = await writeFile(articleUri('txt', 'clean'), '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.\n');
    const draft = await writeFile(vscode.Uri.joinPath(workspaceFolder(), 'drafts', `draft-${process.pid}.md`), '“Nobody told us anything.”\n');
    const summary = await vscode.commands.executeCommand<WorkspaceSummary>('newsdesk.checkWorkspace');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 3, `checked ${summary.files} files`);
    assert.ok(summary.counts['unattributed-quote'] >= 1 && summary.counts['unsourced-figure'] >= 1, JSON.stringify(summary.counts));
    assert.match(summary.message, /^Newsdesk: checked \d+ articles: /);
    assert.ok(!vscode.workspace.textDocuments.some((d) => [quoted, figures, clean].some((u) => u.toString() === d.uri.toString())), 'opens no editors');
    assert.deepEqual(describeAll(quoted), ['warning unattributed-quote 2:0-2:26']);
    assert.deepEqual(describeAll(figures), ['warning unsourced-figure 2:22-2:32']);
    assert.deepEqual(describeAll(clean), []);
    assert.deepEqual(describeAll(draft), []);
  });

  it('“Explain a rule” opens the explanation of the rule it is given', async () => {
    assert.equal(await vscode.commands.executeCommand('newsdesk.explainRule', 'anonymous-source'), 'anonymous-source');
    await waitFor('the explanation document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'newsdesk-rule' && d.uri.path === '/anonymous-source.md'));
  });

  it('“Hide the finding at the cursor” hides the finding under the cursor', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26']);
    editor.selection = new vscode.Selection(2, 5, 2, 5);
    const file = await vscode.commands.executeCommand<vscode.Uri>('newsdesk.hideFinding');
    assert.equal(file.toString(), vscode.Uri.joinPath(workspaceFolder(), '.newsdesk.json').toString());
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('“Show log” opens the Newsdesk output', async () => {
    await vscode.commands.executeCommand('newsdesk.showOutput');
  });
});
