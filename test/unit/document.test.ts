import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { segment } from '../../src/engine/document';
import type { DocumentFormat } from '../../src/engine/model';

function sentencesOf(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const { sentences } = segment(text, format);
  return sentences.map((s) => text.slice(s.start, s.end));
}

describe('document model', () => {
  it('splits paragraphs at blank lines and keeps exact offsets', () => {
    const text = 'The council met on Monday.\n\nIt voted to close the bridge.\n';
    const { paragraphs, sentences } = segment(text, 'plaintext');
    assert.deepEqual(
      paragraphs.map((p) => [p.start, p.end, p.kind]),
      [
        [0, text.indexOf('\n\n'), 'prose'],
        [text.indexOf('It'), text.indexOf('bridge.') + 'bridge.'.length, 'prose'],
      ],
    );
    assert.deepEqual(paragraphs[1].sentences, [1]);
    assert.equal(sentences[1].paragraph, 1);
  });

  it('does not end a sentence after titles, abbreviations or initials', () => {
    const text =
      'Gov. Ann Reyes of St. Paul met Sen. Tom Ode at 9 a.m. on Jan. 4 in the U.S. Capitol. ' +
      'J. K. Marsh of Acme Inc. was there too. Dr. Li arrived at 5 p.m. The talks ended.';
    assert.deepEqual(sentencesOf(text), [
      'Gov. Ann Reyes of St. Paul met Sen. Tom Ode at 9 a.m. on Jan. 4 in the U.S. Capitol.',
      'J. K. Marsh of Acme Inc. was there too.',
      'Dr. Li arrived at 5 p.m.',
      'The talks ended.',
    ]);
  });

  it('does not end a sentence after a state abbreviation unless a new sentence plainly starts', () => {
    const text =
      'SALEM, Ore. (AP) — Rain closed roads. Voters in Bend, Ore., turned out. She moved to Austin, Tex. The move was hard. ' +
      'He was ill. The doctor came.';
    assert.deepEqual(sentencesOf(text), [
      'SALEM, Ore. (AP) — Rain closed roads.',
      'Voters in Bend, Ore., turned out.',
      'She moved to Austin, Tex.',
      'The move was hard.',
      'He was ill.',
      'The doctor came.',
    ]);
  });

  it('ends a sentence after a lower-case “no.” but not after “No.” before a number', () => {
    assert.deepEqual(sentencesOf('Leeson said no. Okafor left. He is ranked No. 3 in the world.'), [
      'Leeson said no.',
      'Okafor left.',
      'He is ranked No. 3 in the world.',
    ]);
  });

  it('reads a news article’s first line as its headline, where figures are not checked', () => {
    const news = 'Council approves 5% rate rise\n\nRates will rise 5% in May, the council said.\n';
    const analysis = analyze(news, { format: 'news' });
    assert.deepEqual(analysis.paragraphs.map((p) => p.kind), ['heading', 'prose']);
    assert.deepEqual(analysis.figures.map((f) => [f.text, f.sentence]), [['5%', 1]]);
    // a first line that ends like a sentence is the story itself
    assert.equal(analyze('Rates rose 5% last year.\n\nMore later.', { format: 'news' }).paragraphs[0].kind, 'prose');
  });

  it('reads a plain-text article’s first line as its headline when the story follows it', () => {
    const wire = 'Floods kill at least 23 in the north\n\nFloods killed 23 people, the agency said.\n';
    assert.deepEqual(analyze(wire, { format: 'plaintext' }).paragraphs.map((p) => p.kind), ['heading', 'prose']);
    assert.deepEqual(analyze(wire, { format: 'plaintext' }).figures.map((f) => f.sentence), [1]);
    // a lone line is a note, not a headline; a first line ending like a sentence is the story;
    // Markdown marks its headings itself
    assert.equal(analyze('Floods kill at least 23 in the north', { format: 'plaintext' }).paragraphs[0].kind, 'prose');
    assert.equal(analyze('Floods killed 23.\n\nMore later.', { format: 'plaintext' }).paragraphs[0].kind, 'prose');
    assert.equal(analyze(wire, { format: 'markdown' }).paragraphs[0].kind, 'prose');
  });

  it('ends a sentence inside closing quotes, but not before a lower-case attribution', () => {
    const text = '“Why now?” she asked. “We had no choice.” The vote was 5-4.';
    assert.deepEqual(sentencesOf(text), ['“Why now?” she asked.', '“We had no choice.”', 'The vote was 5-4.']);
  });

  it('reads headings, list items and blockquotes as their own paragraphs in Markdown', () => {
    const text = '# Bridge to close\n\nThe city said so.\n\n- First point\n- Second point\n\n> A quoted line\n> that goes on.\n';
    const { paragraphs } = segment(text, 'markdown');
    assert.deepEqual(
      paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]),
      [
        ['heading', 'Bridge to close'],
        ['prose', 'The city said so.'],
        ['list-item', 'First point'],
        ['list-item', 'Second point'],
        ['blockquote', 'A quoted line\n> that goes on.'],
      ],
    );
  });

  it('excludes front matter, code, comments, HTML and link targets in Markdown', () => {
    const text = [
      '---',
      'title: "A quote in front matter"',
      '---',
      '',
      'Read [the report](https://example.org/a?b="c") now. See `code "here"` too.',
      '',
      '```',
      'say("hello")',
      '```',
      '',
      '    indented "code"',
      '',
      '<!-- an "editor" note -->',
      '',
      '<div class="x">"html"</div>',
      '',
      '[ref]: https://example.org/"ref"',
      '',
      'The end.',
    ].join('\n');
    const { excluded, paragraphs } = segment(text, 'markdown');
    const kinds = excluded.map((e) => [e.kind, text.slice(e.start, e.end)]);
    assert.deepEqual(kinds, [
      ['front-matter', '---\ntitle: "A quote in front matter"\n---'],
      ['link-target', '(https://example.org/a?b="c")'],
      ['code', '`code "here"`'],
      ['code', '```\nsay("hello")\n```'],
      ['code', '    indented "code"'],
      ['comment', '<!-- an "editor" note -->'],
      ['html', '<div class="x">"html"</div>'],
      ['link-target', '[ref]: https://example.org/"ref"'],
    ]);
    assert.deepEqual(
      paragraphs.map((p) => text.slice(p.start, p.end)),
      ['Read [the report](https://example.org/a?b="c") now. See `code "here"` too.', 'The end.'],
    );
    // the sentence around the link keeps the link's visible text
    assert.equal(sentencesOf(text, 'markdown')[0], 'Read [the report](https://example.org/a?b="c") now.');
  });

  it('treats Markdown syntax as text in plain text', () => {
    const text = '# Not a heading, nor a headline.\n\n```\nnot code\n```';
    const { paragraphs, excluded } = segment(text, 'plaintext');
    assert.equal(excluded.length, 0);
    assert.deepEqual(paragraphs.map((p) => p.kind), ['prose', 'prose']);
  });

  it('handles CRLF line endings and a byte order mark', () => {
    const text = '\uFEFFFirst line.\r\nSame paragraph.\r\n\r\nSecond paragraph.\r\n';
    const { paragraphs } = segment(text, 'plaintext');
    assert.deepEqual(
      paragraphs.map((p) => text.slice(p.start, p.end)),
      ['First line.\r\nSame paragraph.', 'Second paragraph.'],
    );
  });

  it('never throws on odd inputs', () => {
    for (const text of ['', '\n\n\n', '.', '...', '```', '---', '---\n', '<!--', '](', '> ', '#', '\r\n\r\n', '“”"\'‘’']) {
      for (const format of ['plaintext', 'markdown', 'news'] as const) {
        const { paragraphs, sentences } = segment(text, format);
        for (const s of sentences) assert.ok(s.start < s.end && s.end <= text.length);
        for (const p of paragraphs) assert.ok(p.start < p.end && p.end <= text.length);
      }
    }
  });

  it('splits a very long single line into sentences', () => {
    const text = 'The mayor spoke at length about the bridge. '.repeat(20_000).trim();
    const { sentences, paragraphs } = segment(text, 'markdown');
    assert.equal(paragraphs.length, 1);
    assert.equal(sentences.length, 20_000);
  });
});
