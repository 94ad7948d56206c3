// The `news` TextMate grammar, tokenized the way VS Code does it (vscode-textmate over the
// Oniguruma regex engine): short articles in, the scopes themes colour out.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const grammarPath = path.join(root, 'syntaxes/news.tmLanguage.json');

let grammar: textmate.IGrammar;

interface Token {
  text: string;
  scopes: string[];
}

/** Tokenizes a whole document line by line, carrying the state across lines as VS Code does. */
function tokenize(document: string): Token[][] {
  let state = textmate.INITIAL;
  return document.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The tokens of `line` that make up `fragment` (its first occurrence), which must start and end on token boundaries. */
function tokensOf(lines: Token[][], line: number, fragment: string): Token[] {
  const tokens = lines[line];
  const text = tokens.map((t) => t.text).join('');
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `line ${line} has no ${fragment}`);
  const end = start + fragment.length;
  const out: Token[] = [];
  let offset = 0;
  for (const token of tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) {
      assert.ok(offset >= start && tokenEnd <= end, `“${fragment}” is not a token boundary (token “${token.text}”)`);
      out.push(token);
    }
    offset = tokenEnd;
  }
  return out;
}

function assertScope(lines: Token[][], line: number, fragment: string, scope: string): void {
  for (const token of tokensOf(lines, line, fragment)) {
    assert.ok(token.scopes.includes(scope), `“${token.text}” in “${fragment}” has ${token.scopes.join(' ')}, not ${scope}`);
  }
}

function assertNoScope(lines: Token[][], line: number, fragment: string, prefix: string): void {
  const tokens = lines[line];
  const text = tokens.map((t) => t.text).join('');
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `line ${line} has no ${fragment}`);
  let offset = 0;
  for (const token of tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < start + fragment.length) {
      const found = token.scopes.find((s) => s.startsWith(prefix));
      assert.equal(found, undefined, `“${token.text}” in “${fragment}” has ${found}`);
    }
    offset = tokenEnd;
  }
}

describe('news grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.news' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const loaded = await registry.loadGrammar('text.news');
    assert.ok(loaded, 'grammar text.news loads');
    grammar = loaded;
  });

  it('is the grammar package.json contributes for the news language', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'news');
    assert.deepEqual([contributed.scopeName, path.resolve(root, contributed.path)], ['text.news', grammarPath]);
    const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  });

  it('scopes the first line as the headline, and only the first line', () => {
    const lines = tokenize('Council votes to rebuild bridge\nCouncil votes again\n');
    assertScope(lines, 0, 'Council votes to rebuild bridge', 'markup.heading.news');
    assertScope(lines, 0, 'Council votes to rebuild bridge', 'entity.name.section.news');
    assertNoScope(lines, 1, 'Council votes again', 'markup.heading');
  });

  it('colours a quotation and a figure inside the headline', () => {
    const lines = tokenize('Mayor: “We will rebuild” after 40% of bridge falls\n');
    assertScope(lines, 0, '“We will rebuild”', 'string.quoted.double.news');
    assertScope(lines, 0, '40%', 'constant.numeric.percent.news');
    assertScope(lines, 0, 'Mayor: ', 'markup.heading.news');
  });

  it('scopes a byline, and not prose that starts with By', () => {
    const lines = tokenize('Headline\n\nBy Jane Doe and Li Wei, Associated Press\n\nBy Tuesday, the council had voted.\n');
    assertScope(lines, 2, 'By Jane Doe and Li Wei, Associated Press', 'meta.byline.news');
    assertScope(lines, 2, 'By', 'keyword.other.byline.news');
    assertScope(lines, 2, 'Jane Doe and Li Wei, Associated Press', 'entity.other.attribute-name.author.news');
    assertNoScope(lines, 4, 'By Tuesday', 'meta.byline');
  });

  it('scopes datelines with and without an agency', () => {
    const lines = tokenize(
      'Headline\n\nWASHINGTON (AP) — The Senate voted.\n\nLONDON — Rain fell.\n\nSAN JUAN, Puerto Rico (AP) — Power returned.\n\nTHE END is near.\n',
    );
    assertScope(lines, 2, 'WASHINGTON (AP) —', 'meta.dateline.news');
    assertScope(lines, 2, 'WASHINGTON', 'entity.name.tag.dateline.place.news');
    assertScope(lines, 2, 'AP', 'entity.name.type.agency.news');
    assertScope(lines, 2, '—', 'punctuation.separator.dateline.news');
    assertNoScope(lines, 2, ' The Senate voted.', 'meta.dateline');
    assertScope(lines, 4, 'LONDON', 'entity.name.tag.dateline.place.news');
    assertScope(lines, 6, 'SAN JUAN', 'entity.name.tag.dateline.place.news');
    assertScope(lines, 6, 'Puerto Rico', 'entity.name.tag.dateline.region.news');
    assertNoScope(lines, 8, 'THE END is near.', 'meta.dateline');
  });

  it('scopes curly and straight quotations with their marks', () => {
    const lines = tokenize('Headline\n\n“We will rebuild,” Kim said. Then "it is over," she added.\n');
    assertScope(lines, 2, '“We will rebuild,”', 'string.quoted.double.news');
    assertScope(lines, 2, '“', 'punctuation.definition.string.begin.news');
    assertScope(lines, 2, '”', 'punctuation.definition.string.end.news');
    assertScope(lines, 2, '"it is over,"', 'string.quoted.double.news');
    assertNoScope(lines, 2, ' Kim ', 'string');
    assertScope(lines, 2, 'said', 'keyword.other.attribution.news');
    assertScope(lines, 2, 'added', 'keyword.other.attribution.news');
  });

  it('keeps apostrophes out of quotations and nests single quotes in double ones', () => {
    const lines = tokenize('Headline\n\nKim’s plan, from the ’90s, is back. “He called it ‘the deal’ again,” Ruiz said.\n');
    assertNoScope(lines, 2, 'Kim’s plan, from the ’90s, is back. ', 'string');
    assertScope(lines, 2, '‘the deal’', 'string.quoted.single.news');
    assertScope(lines, 2, '‘the deal’', 'string.quoted.double.news');
    assertNoScope(lines, 2, ' Ruiz ', 'string');
  });

  it('lets an apostrophe inside a quotation close with the quotation', () => {
    const lines = tokenize('Headline\n\n“Back in the ‘90s it was fine,” Ruiz said.\n');
    assertNoScope(lines, 2, ' Ruiz ', 'string');
    assertScope(lines, 2, 'said', 'keyword.other.attribution.news');
  });

  it('runs a quotation over wrapped lines and ends an unclosed one at the blank line', () => {
    const lines = tokenize('Headline\n\n“We will rebuild\nthe bridge,” Kim said.\n\n“It never closes\nat all.\n\nThe council said no.\n');
    assertScope(lines, 3, 'the bridge,”', 'string.quoted.double.news');
    assertNoScope(lines, 3, ' Kim ', 'string');
    assertScope(lines, 6, 'at all.', 'string.quoted.double.news');
    assertNoScope(lines, 8, 'The council ', 'string');
    assertScope(lines, 8, 'said', 'keyword.other.attribution.news');
  });

  it('colours figures: percentages, money, counts, large amounts, not years', () => {
    const lines = tokenize(
      'Headline\n\nRents rose 8.5% in 2023, or 12 percent since 1999. The plan costs $4.5 million and €20bn, ' +
        'moves 1,200 people and 3 million barrels, and saves 40 million dollars.\n',
    );
    assertScope(lines, 2, '8.5%', 'constant.numeric.percent.news');
    assertScope(lines, 2, '12 percent', 'constant.numeric.percent.news');
    assertScope(lines, 2, '$4.5 million', 'constant.numeric.money.news');
    assertScope(lines, 2, '€20bn', 'constant.numeric.money.news');
    assertScope(lines, 2, '1,200 people', 'constant.numeric.quantity.news');
    assertScope(lines, 2, '3 million barrels', 'constant.numeric.quantity.news');
    assertScope(lines, 2, '40 million dollars', 'constant.numeric.money.news');
    assertNoScope(lines, 2, '2023', 'constant.numeric');
    assertNoScope(lines, 2, '1999', 'constant.numeric');
  });

  it('scopes attribution cues as whole words, whatever the case', () => {
    const lines = tokenize('Headline\n\nAccording to the ministry, prices fell. Said Kim: no. The saidou tree grew.\n');
    assertScope(lines, 2, 'According to', 'keyword.other.attribution.news');
    assertScope(lines, 2, 'Said', 'keyword.other.attribution.news');
    assertNoScope(lines, 2, 'saidou', 'keyword');
  });

  it('scopes HTML comments and the newsdesk directives in them', () => {
    const lines = tokenize('Headline\n\n<!-- newsdesk-ignore-next-line unsourced-figure -->\nRents rose 8.5%.\n<!-- a note\nover two lines -->\n');
    assertScope(lines, 2, '<!-- newsdesk-ignore-next-line unsourced-figure -->', 'comment.block.news');
    assertScope(lines, 2, '<!--', 'punctuation.definition.comment.begin.news');
    assertScope(lines, 2, 'newsdesk-ignore-next-line', 'keyword.other.directive.news');
    assertScope(lines, 2, 'unsourced-figure', 'constant.language.rule.news');
    assertNoScope(lines, 3, 'Rents rose', 'comment');
    assertScope(lines, 5, 'over two lines -->', 'comment.block.news');
  });

  it('does not take a comment on the first line for the headline', () => {
    const lines = tokenize('<!-- draft -->\nCouncil votes\n');
    assertScope(lines, 0, '<!-- draft -->', 'comment.block.news');
    assertNoScope(lines, 0, '<!-- draft -->', 'markup.heading');
  });
});
