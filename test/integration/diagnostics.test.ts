// Diagnostics inside a real VS Code: exact codes, ranges and severities for a short article,
// following the writer's edits, links to the rule's explanation, and cleared on close.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, BRIDGE_ARTICLE, BRIDGE_FINDINGS, cleanUp, codeOf, newsdeskDiagnostics, openArticle, replaceText, resetSettings, setSetting, waitFor, waitForDiagnostics } from './helpers';

describe('Diagnostics', () => {
  before(async () => {
    await activate();
  });

  afterEach(async () => {
    await resetSettings();
    await cleanUp();
  });

  it('reports each finding with its code, range and severity', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    const diagnostics = await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'Newsdesk');
      assert.ok(diagnostic.message.length > 20, `a message that says what to do: ${diagnostic.message}`);
    }
    const quote = diagnostics.find((d) => codeOf(d) === 'unattributed-quote');
    assert.match(quote!.message, /no speaker/);
  });

  it('links each code to the explanation of its rule', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    const diagnostics = await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, 'object');
      assert.equal(code.target.scheme, 'command');
      assert.equal(code.target.path, 'newsdesk.explainRule');
      assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), [code.value]);
    }
  });

  it('gives an anonymous source the location of its unnamed speaker as related information', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    const diagnostics = await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    const anonymous = diagnostics.find((d) => codeOf(d) === 'anonymous-source')!;
    assert.ok(anonymous.relatedInformation && anonymous.relatedInformation.length >= 1, 'has related information');
    const related = anonymous.relatedInformation[0];
    assert.equal(related.location.uri.toString(), editor.document.uri.toString());
    assert.equal(related.location.range.start.line, 8);
    assert.ok(related.message.length > 0);
  });

  it('follows edits: adding the speaker clears the unattributed quote', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    await replaceText(editor.document, '“Nobody told us anything.”', '“Nobody told us anything,” said Omar Haddad, who runs a bakery by the bridge.');
    await waitForDiagnostics(editor.document.uri, ['warning unsourced-figure 6:22-6:32', 'information anonymous-source 8:0-8:17']);
  });

  it('follows edits: a new unattributed quote is reported where it was typed', async () => {
    const editor = await openArticle('Residents were angry.\n');
    await waitFor('the clean article to be checked', () => newsdeskDiagnostics(editor.document.uri).length === 0);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(1, 0), '\n“Why did nobody tell us?”\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:25']);
  });

  it('checks plain-text articles too', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Why did nobody tell us?”\n', 'txt');
    assert.equal(editor.document.languageId, 'plaintext');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:25']);
  });

  it('honours newsdesk-disable … newsdesk-enable comments, for the rules they name', async () => {
    const editor = await openArticle(
      [
        '<!-- newsdesk-disable unsourced-figure -->',
        'The repairs will cost $4 million.',
        '',
        '“Nobody told us anything.”',
        '<!-- newsdesk-enable -->',
        '',
        'The road will cost $2 million.',
        '',
      ].join('\n'),
    );
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 3:0-3:26', 'warning unsourced-figure 6:19-6:29']);
  });

  it('clears the diagnostics of an article when it is closed', async () => {
    const editor = await openArticle(BRIDGE_ARTICLE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, BRIDGE_FINDINGS);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the closed article to lose its diagnostics', () => newsdeskDiagnostics(uri).length === 0);
  });

  it('skips an article over newsdesk.maxFileSize instead of checking it', async () => {
    await setSetting('maxFileSize', 100);
    const editor = await openArticle(BRIDGE_ARTICLE);
    const api = await activate();
    await waitFor('the status bar to say the article is not checked', () => api.statusBar()?.text === '$(circle-slash) Newsdesk');
    assert.deepEqual(newsdeskDiagnostics(editor.document.uri), []);
    assert.equal(api.store.get(editor.document), undefined);
  });

  it('lists the findings nearest the cursor, with a note, when an article has more than VS Code keeps for a file', async () => {
    // 1,100 unattributed quotations, one per paragraph: paragraph i is on line 2i
    const quotes = Array.from({ length: 1100 }, (_, i) => `“Nobody told us about plan ${i + 1}.”`);
    const editor = await openArticle(`${quotes.join('\n\n')}\n`);
    const uri = editor.document.uri;
    const lines = () => newsdeskDiagnostics(uri).filter((d) => codeOf(d) === 'unattributed-quote').map((d) => d.range.start.line);
    await waitFor('the first 999 quotations', () => lines().length === 999 || undefined, 60_000);
    const notes = newsdeskDiagnostics(uri).filter((d) => d.code === undefined);
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(notes[0].message, /found 1,100 things to check.*the 999 nearest the cursor/);
    assert.deepEqual([Math.min(...lines()), Math.max(...lines())], [0, 2 * 998]);
    // the writer goes to the end of the article: the findings there are listed instead
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
    await waitFor('the last 999 quotations', () => Math.max(...lines()) === 2 * 1099 || undefined);
    assert.deepEqual([lines().length, Math.min(...lines())], [999, 2 * 101]);
  });

  it('shows the counts of the active article in the status bar', async () => {
    const api = await activate();
    const editor = await openArticle(BRIDGE_ARTICLE);
    await waitForDiagnostics(editor.document.uri, BRIDGE_FINDINGS);
    await waitFor('the status bar counts', () => api.statusBar()?.text === '$(quote) 2 quotes · 1 figure');
    assert.match(api.statusBar()!.tooltip, /1 unattributed quote, 1 unsourced figure, 1 anonymous source/);
    await replaceText(editor.document, '“Nobody told us anything.”', '“Nobody told us anything,” Omar Haddad said.');
    await replaceText(editor.document, '$4 million.', '$4 million, the council said.');
    await replaceText(editor.document, 'said an official who asked not to be named', 'said Lena Berg, the city engineer');
    await waitFor('the status bar to show a clean article', () => api.statusBar()?.text === '$(check) Newsdesk');
    await openArticle('{ "headline": "“Nobody told us anything.”" }\n', 'json');
    await waitFor('the status bar to hide for a document that is not an article', () => api.statusBar() === undefined);
  });
});
