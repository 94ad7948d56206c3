// "Newsdesk: Export source sheet": a Markdown checklist opened beside the article, with
// the quotations, figures and claims that still need a speaker or a source first.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FLOOD_ARTICLE, closeAll, hoverAt, inside, openArticle } from './viewHelpers';

const ARTICLE = `# Flood repairs begin in the district\n\n${FLOOD_ARTICLE}`;

async function exportSheet(): Promise<string> {
  const before = vscode.workspace.textDocuments.length;
  const result = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('newsdesk.exportSourceSheet');
  assert.ok(result, 'the command returns the sheet');
  assert.equal(result.languageId, 'markdown');
  assert.equal(result.isUntitled, true);
  assert.equal(vscode.window.activeTextEditor?.document, result, 'the sheet is shown');
  assert.ok(vscode.workspace.textDocuments.length > before);
  return result.getText();
}

describe('source sheet', function () {
  this.timeout(90_000);

  afterEach(closeAll);

  it('lists quotations, figures and people, the unresolved ones first', async () => {
    const { document } = await openArticle(ARTICLE, 'md');
    await hoverAt(document, inside(document, 'Maria Lopez')); // analysed
    const sheet = await exportSheet();
    const lines = sheet.split('\n');
    assert.equal(lines[0], '# Source sheet: Flood repairs begin in the district');
    const section = (heading: string) => {
      const start = lines.indexOf(`## ${heading}`);
      assert.ok(start > 0, heading);
      const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
      return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith('- '));
    };
    assert.deepEqual(section('Quotations'), [
      '- [ ] line 11: “Nobody came to help us.” — **no speaker**',
      '- [ ] line 5: “We will rebuild,” — **Maria Lopez** (“Lopez”), cue “said”',
    ]);
    const figures = section('Figures');
    assert.equal(figures.length, 2);
    assert.equal(figures[0], '- [ ] line 9: **12%** (percentage) — **no source**');
    assert.match(figures[1], /^- \[ \] line 7: \*\*\\\$4 million\*\* \(amount of money\) — source: \*\*.*state transport department\*\*$/);
    assert.ok(section('People, places and organisations').includes('- **Maria Lopez** (person, Senator): first named line 3, 2 mentions, 1 quote'));
    assert.ok(lines.includes('2 in all, 1 to resolve.'), 'quotation summary');
  });

  it('escapes what the article says', async () => {
    const { document } = await openArticle(
      ['Mayor Ann Park said the plan was [final](command:workbench.action.quit).', '', '“<img src=x onerror=alert(1)> *now* `x` | y,” Park said.', ''].join('\n'),
      'news',
    );
    await hoverAt(document, inside(document, 'onerror'));
    const sheet = await exportSheet();
    assert.ok(sheet.includes('“\\<img src=x onerror=alert(1)\\> \\*now\\* \\`x\\` \\| y,”'), sheet);
    assert.doesNotMatch(sheet, /(?<!\\)[<[]img/);
    assert.doesNotMatch(sheet, /(?<!\\)\]\(command:/);
  });

  it('asks for an article when none is open', async () => {
    await closeAll();
    const result = await vscode.commands.executeCommand('newsdesk.exportSourceSheet');
    assert.equal(result, undefined);
  });
});
