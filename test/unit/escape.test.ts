// Escaping untrusted article text before VS Code shows it. The Markdown is rendered with
// markdown-it in its most permissive setting (raw HTML on, bare URLs linked) to prove that
// nothing from the article becomes a link, an image, HTML or an icon.

import * as assert from 'node:assert/strict';
import { commandUri, escapeMarkdown, escapeMarkdownSource, oneLine, plainLabel, shorten } from '../../src/vscode/escape';

// markdown-it comes with @vscode/vsce; it has no bundled types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(source: string): string };
const render = (source: string) => new MarkdownIt({ html: true, linkify: true }).render(source);

const HOSTILE = [
  'See [the report](command:workbench.action.quit) now.',
  '<img src=x onerror=alert(1)> and <script>alert(2)</script>',
  '![pixel](https://tracker.example/p.png)',
  'Visit https://example.com/x or www.example.org, mail desk@example.com.',
  '<https://example.com/auto>',
  '`code` and ``more`` and *bold* _it_ ~~gone~~ $x^2$ &amp; &#60;b&#62;',
  '[ref]: command:workbench.action.quit\n\n[ref]',
  '# Heading\n> quote\n- item\n1. one',
  'An icon $(zap) and a link [x](<command:a> "t")',
];

describe('escaping article text for Markdown', () => {
  for (const text of HOSTILE) {
    it(`renders as plain text: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const html = render(`Before ${escapeMarkdown(text)} after`);
      assert.doesNotMatch(html, /<(a|img|script|code|em|strong|s|del|h1|blockquote|li)\b/i);
      // What a reader sees is the text itself, on one line.
      const seen = html
        .replace(/^<p>|<\/p>\n$/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      assert.equal(seen, `Before ${oneLine(text)} after`);
    });
  }

  it('keeps the source sheet readable and still inert', () => {
    const text = 'Costs rose 8.5%, the mayor said: [x](command:evil) <b>bold</b> $5 and $6';
    const escaped = escapeMarkdownSource(text);
    assert.equal(escaped, 'Costs rose 8.5%, the mayor said: \\[x\\](command:evil) \\<b\\>bold\\</b\\> \\$5 and \\$6');
    assert.doesNotMatch(render(`- ${escaped}`), /<(a|b)\b/);
  });

  it('neutralises icon syntax in plain labels', () => {
    assert.equal(plainLabel('Cost $(5m) here'), 'Cost $\u2060(5m) here');
  });

  it('removes bidirectional overrides and joins lines', () => {
    assert.equal(oneLine('  a\u202eb\n\n c\td  '), 'ab c d');
  });
});

describe('shortening', () => {
  it('leaves short text alone', () => {
    assert.equal(shorten('We will rebuild.', 40), 'We will rebuild.');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    assert.equal(shorten('We will rebuild every bridge in the county', 20), 'We will rebuild…');
  });

  it('never splits a surrogate pair', () => {
    const cut = shorten('😀'.repeat(10), 6);
    assert.equal(cut, '😀😀…');
    assert.ok(cut.length <= 6);
  });
});

describe('command links', () => {
  it('encodes the arguments so they cannot end the link early', () => {
    const uri = commandUri('newsdesk.reveal', ['file:///news/a (draft).md', 1, 5]);
    assert.equal(uri, 'command:newsdesk.reveal?%5B%22file%3A%2F%2F%2Fnews%2Fa%20%28draft%29.md%22%2C1%2C5%5D');
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), ['file:///news/a (draft).md', 1, 5]);
  });
});
