import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache } from '../../src/engine';
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

  it('ends a sentence after a lone capital or a time of day when a new clause plainly starts', () => {
    const text =
      'Musk posted the clip on X. Critics said it was fake. Few get enough vitamin D. Doctors advise a supplement. ' +
      'The novelist F. Scott Fitzgerald lived here. It was signed by J. K. Marsh. Seoul urges S. Korea to act. ' +
      'The fire began at 3 a.m. Crews arrived at 4 a.m. Tuesday, and the road reopened at 9 p.m. Eastern time.';
    assert.deepEqual(sentencesOf(text), [
      'Musk posted the clip on X.',
      'Critics said it was fake.',
      'Few get enough vitamin D.',
      'Doctors advise a supplement.',
      'The novelist F. Scott Fitzgerald lived here.',
      'It was signed by J. K. Marsh.',
      'Seoul urges S. Korea to act.',
      'The fire began at 3 a.m.',
      'Crews arrived at 4 a.m. Tuesday, and the road reopened at 9 p.m. Eastern time.',
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

  it('reads the text of a Markdown footnote as prose, each of a run of footnotes a paragraph', () => {
    const text = [
      'Turnout fell to 41%.[^1] Postal votes rose.[^note]',
      '',
      '[^1]: According to the council, 41% is the lowest since 1998.',
      '[^note]: Dr Ann Hughes of Leeds University counted them.',
      '',
      '[ref]: https://example.org/report',
    ].join('\n');
    const { excluded, paragraphs } = segment(text, 'markdown');
    assert.deepEqual(
      paragraphs.map((p) => text.slice(p.start, p.end)),
      ['Turnout fell to 41%.[^1] Postal votes rose.[^note]', 'According to the council, 41% is the lowest since 1998.', 'Dr Ann Hughes of Leeds University counted them.'],
    );
    assert.deepEqual(excluded.map((e) => text.slice(e.start, e.end)), ['[ref]: https://example.org/report']);
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

describe('segmentation after an edit', () => {
  // pieces whose reading depends on lines after them (fences, comments, indented code,
  // front matter, setext underlines, lazy blockquotes), so that an edit far from a piece
  // can change how it reads
  const pieces = [
    'The council met on Monday. It voted 5-2.',
    '```\ncode line\n\nmore code',
    '```',
    '<!-- a note',
    '-->',
    '    indented code',
    '',
    '---',
    'Heading text\n===',
    '> a quote\nthat continues',
    '- an item\n- another',
    '<div>\nhtml\n</div>',
    '[ref]: https://example.com',
    'See `inline code` and [a link](http://x.y) here. Mr. Ode left.',
    '+++',
    '“Quoted words,” she said.',
  ];

  function randomText(random: () => number): string {
    const n = 2 + Math.floor(random() * 12);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pieces[Math.floor(random() * pieces.length)]);
    return parts.join(random() < 0.5 ? '\n\n' : '\n');
  }

  function edit(text: string, random: () => number): string {
    const at = Math.floor(random() * (text.length + 1));
    const choice = random();
    if (choice < 0.3) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
    if (choice < 0.5) return text.slice(0, at) + '\n' + text.slice(at);
    if (choice < 0.7) return text.slice(0, at) + '    ' + text.slice(at);
    return text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
  }

  const plain = (s: ReturnType<typeof segment>) => ({
    paragraphs: s.paragraphs,
    sentences: s.sentences,
    excluded: s.excluded,
    locals: s.locals.map((l) => l.sentences),
  });

  it('equals a fresh segmentation of the final text, in every format, whatever the edits', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (const format of ['markdown', 'news', 'plaintext'] as DocumentFormat[]) {
      for (let doc = 0; doc < 40; doc++) {
        clearTaggingCache();
        let text = randomText(random);
        segment(text, format);
        for (let step = 0; step < 12; step++) {
          text = edit(text, random);
          const warm = plain(segment(text, format));
          clearTaggingCache();
          assert.deepEqual(warm, plain(segment(text, format)), `${format} ${JSON.stringify(text)}`);
          // warm again from the cold result, so the next edit starts from a kept segmentation
        }
      }
    }
  });

  it('equals a fresh segmentation along a chain of warm edits, and never changes an earlier result', () => {
    // each run starts from a kept segmentation that was itself made from kept ones (its
    // paragraphs and sentences reused before the edit and moved after it), and edits of one
    // base text as well as of the last text, as a reporter's undo and retyping make
    let seed = 424242;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (const format of ['markdown', 'news', 'plaintext'] as DocumentFormat[]) {
      for (let doc = 0; doc < 30; doc++) {
        clearTaggingCache();
        const base = `${randomText(random)}\n\n${randomText(random)}`;
        segment(base, format);
        let text = base;
        const runs: { text: string; result: ReturnType<typeof segment>; json: string }[] = [];
        for (let step = 0; step < 10; step++) {
          text = edit(random() < 0.5 ? text : base, random);
          const result = segment(text, format);
          runs.push({ text, result, json: JSON.stringify(plain(result)) });
        }
        for (const run of runs) {
          assert.equal(JSON.stringify(plain(run.result)), run.json, 'an earlier result changed');
          clearTaggingCache();
          assert.deepEqual(plain(run.result), plain(segment(run.text, format)), `${format} ${JSON.stringify(run.text)}`);
        }
      }
    }
  });

  it('reads an indented line typed below a code block as part of that block', () => {
    const before = 'Intro line.\n\n    code one\n\n\nNext paragraph here.\n\nLast paragraph.\n';
    segment(before, 'markdown');
    const after = before.replace('\n\n\nNext', '\n\n    code two\n\nNext');
    const warm = plain(segment(after, 'markdown'));
    clearTaggingCache();
    assert.deepEqual(warm, plain(segment(after, 'markdown')));
    assert.equal(warm.excluded.filter((e) => e.kind === 'code').length, 1);
  });

  it('reads the whole text again when front matter opened on the first line is closed further down', () => {
    const before = '---\ntitle: draft\n\nThe council met.\n\nIt voted.\n';
    segment(before, 'markdown');
    const after = before.replace('It voted.', '---\n\nIt voted.');
    const warm = plain(segment(after, 'markdown'));
    clearTaggingCache();
    assert.deepEqual(warm, plain(segment(after, 'markdown')));
    assert.equal(warm.excluded[0].kind, 'front-matter');
  });
});
