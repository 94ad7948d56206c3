// Quick fixes inside a real VS Code: each one applied to a short article, and the finding
// it answers gone afterwards.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate,
  applyAction,
  codeOf,
  newsdeskDiagnostics,
  openArticle,
  quickFixes,
  replaceText,
  resetWorkspace,
  waitFor,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

async function fixFor(editor: vscode.TextEditor, code: string, title: RegExp): Promise<vscode.CodeAction> {
  const diagnostic = await waitFor(`a ${code} diagnostic`, () => newsdeskDiagnostics(editor.document.uri).find((d) => codeOf(d) === code));
  const actions = await quickFixes(editor.document.uri, diagnostic);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `a quick fix matching ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

const configFile = () => vscode.Uri.joinPath(workspaceFolder(), '.newsdesk.json');

describe('Quick fixes', () => {
  before(async () => {
    await activate();
  });

  afterEach(resetWorkspace);

  it('offers every fix for an unattributed quote in Markdown', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.” Most shops stayed shut.\n');
    const diagnostic = await waitFor('the finding', () => newsdeskDiagnostics(editor.document.uri)[0]);
    const titles = (await quickFixes(editor.document.uri, diagnostic)).map((a) => a.title);
    assert.deepEqual(titles, [
      'Add attribution (“…,” speaker said.)',
      'Ignore this quote (newsdesk-ignore-next-line comment)',
      'Hide this false positive (record it in .newsdesk.json)',
      'Turn off unattributed-quote findings in this workspace',
      'Explain unattributed-quote',
    ]);
  });

  it('“Add attribution” turns the full stop into a comma and credits a speaker', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.” Most shops stayed shut.\n');
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Add attribution/));
    assert.equal(editor.document.getText(), 'Residents were angry.\n\n“Nobody told us anything,” speaker said. Most shops stayed shut.\n');
    await replaceText(editor.document, 'speaker said', 'Omar Haddad said');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('“Add attribution” keeps a question mark', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Why did nobody tell us?”\n');
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Add attribution/));
    assert.equal(editor.document.getText(), 'Residents were angry.\n\n“Why did nobody tell us?” speaker said.\n');
    await replaceText(editor.document, 'speaker', 'Kim');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('a quotation credited to “she” with no one named before it: the speaker goes in place of the pronoun', async () => {
    const editor = await openArticle('“We lost everything in one night,” she said. The river rose after dark.\n');
    const diagnostic = await waitFor('the finding', () => newsdeskDiagnostics(editor.document.uri)[0]);
    assert.match(diagnostic.message, /credited to “she”, but no one named before it can be “she”/);
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Name the speaker in place of “she”/));
    assert.equal(editor.document.getText(), '“We lost everything in one night,” speaker said. The river rose after dark.\n');
    await replaceText(editor.document, 'speaker said', 'Mara Quist said');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('“Add source” credits the figure before the full stop', async () => {
    const editor = await openArticle('Residents were angry.\n\nThe repairs will cost $4 million.\n');
    await applyAction(await fixFor(editor, 'unsourced-figure', /^Add source/));
    assert.equal(editor.document.getText(), 'Residents were angry.\n\nThe repairs will cost $4 million, according to source.\n');
    await replaceText(editor.document, 'according to source', 'according to the council');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('a figure in a table gets a source line under the table, never a source inside its row', async () => {
    const table = 'Homes flooded, by street:\n\n| Street | Homes |\n|---|---|\n| Mill Lane | 44 |\n| River Road | 61 |\n\nThe council met.\n';
    const editor = await openArticle(table);
    const diagnostic = await waitFor('a finding in the table', () => newsdeskDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'unsourced-figure'));
    const titles = (await quickFixes(editor.document.uri, diagnostic)).map((a) => a.title);
    assert.equal(titles[0], 'Add a source line under the table (Source: …)');
    assert.ok(!titles.some((t) => t.startsWith('Add source')), JSON.stringify(titles));
    await applyAction(await fixFor(editor, 'unsourced-figure', /^Add a source line under the table/));
    assert.equal(editor.document.getText(), table.replace('| River Road | 61 |', '| River Road | 61 |\n\nSource: source'));
    await replaceText(editor.document, 'Source: source', 'Source: Environment Agency');
    // the line sources every figure of the table
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('a figure in a list gets a source line under the list\'s last item', async () => {
    const list = 'By the numbers:\n\n- 312 homes flooded\n- 40% had no insurance\n\nThe council met.\n';
    const editor = await openArticle(list);
    await applyAction(await fixFor(editor, 'unsourced-figure', /^Add a source line under the list/));
    assert.equal(editor.document.getText(), list.replace('- 40% had no insurance', '- 40% had no insurance\n\nSource: source'));
    await replaceText(editor.document, 'Source: source', 'Source: Harbour Council');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('“Close the quotation” adds the closing mark at the end of the paragraph', async () => {
    const editor = await openArticle('Ruiz said: “We will rebuild the bridge.\n\nThe council met.\n');
    await applyAction(await fixFor(editor, 'unclosed-quote', /^Close the quotation/));
    assert.equal(editor.document.getText(), 'Ruiz said: “We will rebuild the bridge.”\n\nThe council met.\n');
    await waitForDiagnostics(editor.document.uri, []);
  });

  it('“Ignore this quote” adds a comment above the line, and only that finding goes', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n\nThe repairs will cost $4 million.\n');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26', 'warning unsourced-figure 4:22-4:32']);
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Ignore this quote/));
    assert.equal(
      editor.document.getText(),
      'Residents were angry.\n\n<!-- newsdesk-ignore-next-line -->\n“Nobody told us anything.”\n\nThe repairs will cost $4 million.\n',
    );
    await waitForDiagnostics(editor.document.uri, ['warning unsourced-figure 5:22-5:32']);
  });

  it('does not offer a comment in plain text, where it would be visible', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n', 'txt');
    const diagnostic = await waitFor('the finding', () => newsdeskDiagnostics(editor.document.uri)[0]);
    const titles = (await quickFixes(editor.document.uri, diagnostic)).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Ignore this')), JSON.stringify(titles));
    assert.ok(titles.includes('Hide this false positive (record it in .newsdesk.json)'), JSON.stringify(titles));
  });

  it('“Hide this false positive” records the sentence in .newsdesk.json, and it stays hidden after other edits', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n\nThe repairs will cost $4 million.\n', 'txt');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26', 'warning unsourced-figure 4:22-4:32']);
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Hide this false positive/));
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile())));
    assert.deepEqual(saved, { falsePositives: [{ rule: 'unattributed-quote', sentence: '“Nobody told us anything.”' }] });
    await waitForDiagnostics(editor.document.uri, ['warning unsourced-figure 4:22-4:32']);
    await replaceText(editor.document, 'Residents were angry.', 'Residents were angry.\n\nThe council met on Tuesday.');
    await waitForDiagnostics(editor.document.uri, ['warning unsourced-figure 6:22-6:32']);
  });

  it('“Turn off” sets the rule to off in the workspace settings', async () => {
    const editor = await openArticle('Residents were angry.\n\n“Nobody told us anything.”\n\nThe repairs will cost $4 million.\n');
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26', 'warning unsourced-figure 4:22-4:32']);
    await applyAction(await fixFor(editor, 'unattributed-quote', /^Turn off unattributed-quote/));
    const severity = vscode.workspace.getConfiguration('newsdesk').inspect<Record<string, string>>('severity');
    assert.equal(severity?.workspaceValue?.['unattributed-quote'], 'off');
    await waitForDiagnostics(editor.document.uri, ['warning unsourced-figure 4:22-4:32']);
    await vscode.workspace.getConfiguration('newsdesk').update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(editor.document.uri, ['warning unattributed-quote 2:0-2:26', 'warning unsourced-figure 4:22-4:32']);
  });

  it('“Explain” opens the rule’s explanation', async () => {
    const editor = await openArticle('Residents were angry.\n\nThe repairs will cost $4 million.\n');
    const action = await fixFor(editor, 'unsourced-figure', /^Explain unsourced-figure/);
    assert.deepEqual(action.command?.arguments, ['unsourced-figure']);
    const shown = await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!);
    assert.equal(shown, 'unsourced-figure');
    const explanation = await waitFor('the explanation document', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'newsdesk-rule' && d.uri.path === '/unsourced-figure.md'),
    );
    assert.match(explanation.getText(), /^# /);
    assert.match(explanation.getText(), /`unsourced-figure`/);
  });
});
