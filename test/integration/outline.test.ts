// The sidebar outline, read through its provider (the hidden newsdesk.outline.snapshot
// command returns the tree as plain JSON): groups and counts, speakers, unsourced figures,
// the badge, following the active editor, updating after an edit, revealing an item.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OutlineSnapshot, OutlineSnapshotNode } from '../../src/vscode/outline';
import { FLOOD_ARTICLE, closeAll, openArticle, rangeOf, waitFor } from './viewHelpers';

const ARTICLE = FLOOD_ARTICLE;

const snapshot = () => vscode.commands.executeCommand<OutlineSnapshot>('newsdesk.outline.snapshot');

function group(tree: OutlineSnapshot, label: string): OutlineSnapshotNode {
  const found = tree.items.find((item) => item.label === label);
  assert.ok(found, `group ${label}`);
  return found;
}

/** Every node below `nodes`, depth first. */
function all(nodes: OutlineSnapshotNode[]): OutlineSnapshotNode[] {
  return nodes.flatMap((node) => [node, ...all(node.children)]);
}

describe('sidebar outline', function () {
  this.timeout(90_000);
  let editor: vscode.TextEditor;
  let tree: OutlineSnapshot;

  before(async () => {
    editor = await openArticle(ARTICLE);
    const uri = editor.document.uri.toString();
    tree = await waitFor('the outline of the article', snapshot, (t) => t?.document === uri && t.items.length > 0);
  });

  after(closeAll);

  it('has the five groups, each with its count', () => {
    assert.deepEqual(
      tree.items.map((item) => item.label),
      ['People', 'Places', 'Organizations', 'Quotes', 'Claims'],
    );
    for (const item of tree.items) {
      assert.equal(item.description, String(item.children.length), item.label);
      assert.equal(item.collapsible, item.children.length > 0 ? 'expanded' : 'none', item.label);
      assert.equal(item.reveal, undefined, 'a group goes nowhere');
    }
  });

  it('lists a person with mention count and the quotes credited to them', () => {
    const lopez = group(tree, 'People').children.find((p) => p.label === 'Maria Lopez');
    assert.ok(lopez, 'Maria Lopez in People');
    assert.equal(lopez.description, '2 mentions · 1 quote');
    assert.equal(lopez.icon, 'person');
    assert.equal(lopez.collapsible, 'collapsed');
    assert.ok(lopez.tooltip?.startsWith('$(person) **Maria Lopez** · person'), lopez.tooltip);
    assert.deepEqual(lopez.span, { start: editor.document.getText().indexOf('Maria Lopez'), end: editor.document.getText().indexOf('Maria Lopez') + 11 });
    assert.deepEqual(
      lopez.children.map((c) => [c.label, c.icon, c.warning]),
      [['“We will rebuild,”', 'quote', false]],
    );
  });

  it('shows each quote with its speaker first, or a warning when it has none', () => {
    assert.deepEqual(
      group(tree, 'Quotes').children.map((q) => [q.label, q.description, q.icon, q.warning]),
      [
        ['Maria Lopez: “We will rebuild,”', undefined, 'quote', false],
        ['“Nobody came to help us.”', 'unattributed', 'warning', true],
      ],
    );
  });

  it('marks the unsourced figure and names the source of the sourced one', () => {
    const nodes = all(group(tree, 'Claims').children);
    const unsourced = nodes.find((n) => n.label === '12%');
    assert.ok(unsourced, '12% in Claims');
    assert.equal(unsourced.description, 'percentage · unsourced');
    assert.equal(unsourced.warning, true);
    const sourced = nodes.find((n) => n.label === '$4 million');
    assert.ok(sourced, '$4 million in Claims');
    assert.match(sourced.description ?? '', /^amount of money · .*state transport department$/);
    assert.equal(sourced.warning, false);
  });

  it('badges the view with the findings the Problems panel lists for the article', async () => {
    const badged = await waitFor('the badge', snapshot, (t) => t.badge === 2);
    const problems = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Newsdesk');
    const codes = problems.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)).sort();
    assert.deepEqual(codes, ['unattributed-quote', 'unsourced-figure']);
    assert.equal(badged.badge, problems.length);
  });

  it('reveals an item when it is clicked: selects its range in the article', async () => {
    const quote = group(tree, 'Quotes').children[1];
    assert.ok(quote.span && quote.reveal);
    assert.deepEqual(quote.reveal, [editor.document.uri.toString(), quote.span.start, quote.span.end, { preserveFocus: true }]);
    await vscode.commands.executeCommand('newsdesk.reveal', ...quote.reveal);
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.deepEqual(active.selection, new vscode.Selection(rangeOf(editor.document, '“Nobody came to help us.”').start, rangeOf(editor.document, '“Nobody came to help us.”').end));
  });

  it('follows the active editor and shows the welcome text away from articles', async () => {
    const settings = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "newsdesk.delay": 300 }' });
    await vscode.window.showTextDocument(settings, { preview: false });
    // The article is no longer on screen (same editor group), so the outline empties.
    const empty = await waitFor('an empty outline', snapshot, (t) => t.document === null);
    assert.deepEqual(empty, { document: null, badge: 0, items: [] });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    const back = await waitFor('the article again', snapshot, (t) => t.document === editor.document.uri.toString());
    assert.deepEqual(back.items.map((i) => i.description), tree.items.map((i) => i.description));
  });

  it('updates after an edit', async () => {
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((edit) => edit.insert(end, '\n“The water came so fast.”\n')));
    const updated = await waitFor('a third quote', snapshot, (t) => t.items.length === 5 && group(t, 'Quotes').children.length === 3);
    assert.deepEqual(
      group(updated, 'Quotes').children.map((q) => q.description),
      [undefined, 'unattributed', 'unattributed'],
    );
    await waitFor('a badge of 3', snapshot, (t) => t.badge === 3);
  });

  it('refreshes on request', async () => {
    await vscode.commands.executeCommand('newsdesk.refreshOutline');
    const refreshed = await snapshot();
    assert.equal(refreshed.document, editor.document.uri.toString());
    assert.equal(group(refreshed, 'Quotes').children.length, 3);
  });
});

describe('sidebar outline of a hostile article', function () {
  this.timeout(90_000);

  after(closeAll);

  it('shows article text as plain, inert text', async () => {
    const editor = await openArticle(
      [
        'Mayor Ann Park wrote [click](command:workbench.action.quit) <img src=x onerror=alert(1)> today.',
        '',
        '“Pay $(5m) now, see [the file](command:workbench.action.quit) <b>x</b> https://example.com,” Park said.',
        '',
        `“${'a very long unattributed quotation '.repeat(200)}”`,
        '',
      ].join('\n'),
    );
    const uri = editor.document.uri.toString();
    const tree = await waitFor('the outline', snapshot, (t) => t?.document === uri && t.items.length > 0);
    const quotes = group(tree, 'Quotes').children;
    assert.equal(quotes.length, 2);
    assert.ok(quotes[0].label.includes('Pay $\u2060(5m) now'), quotes[0].label);
    assert.ok(quotes[1].label.length <= 60, `a giant row: ${quotes[1].label.length} characters`);
    for (const node of all(tree.items)) {
      assert.doesNotMatch(node.label, /\$\(/, 'icon syntax in a label');
      assert.doesNotMatch(node.label, /\n/);
      const tooltip = node.tooltip ?? '';
      assert.doesNotMatch(tooltip, /command:workbench/);
      assert.doesNotMatch(tooltip, /(?<!\\)[<`]/, 'unescaped HTML or code');
      for (const m of tooltip.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)) assert.ok(m[1].startsWith('command:newsdesk.reveal?'), m[1]);
      assert.ok(tooltip.length < 2000, `a giant tooltip: ${tooltip.length} characters`);
    }
  });
});

describe('sidebar outline of a long article', function () {
  this.timeout(90_000);

  after(closeAll);

  it('starts a group of more than 200 rows collapsed, with its count, and lists its rows when opened', async () => {
    const quotes = Array.from({ length: 201 }, (_, i) => `“Nobody told us about plan ${i + 1},” said Mayor Ann Park.`);
    const editor = await openArticle(`${quotes.join('\n\n')}\n`);
    const uri = editor.document.uri.toString();
    const tree = await waitFor('the outline', snapshot, (t) => t?.document === uri && t.items.length > 0);
    const quoteGroup = group(tree, 'Quotes');
    assert.deepEqual([quoteGroup.description, quoteGroup.collapsible, quoteGroup.children.length], ['201', 'collapsed', 201]);
    // a group of fewer rows stays open
    const people = group(tree, 'People');
    assert.deepEqual([people.description, people.collapsible], ['1', 'expanded']);
  });
});
