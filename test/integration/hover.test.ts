// Hover cards, mention highlights and Find All References, asked through VS Code's own
// commands the way the editor asks, on short articles with unambiguous answers.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FLOOD_ARTICLE, closeAll, hoverAt, inside, linkTargets, markdownOf, openArticle, rangeOf, revealedText, unescape, waitFor } from './viewHelpers';

const ARTICLE = FLOOD_ARTICLE;

describe('hover cards', function () {
  this.timeout(90_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openArticle(ARTICLE)).document;
  });

  after(closeAll);

  it('shows who a person is: canonical name, first mention, mentions, quotes', async () => {
    const hover = await hoverAt(document, inside(document, 'Maria Lopez'));
    assert.deepEqual(hover.range, rangeOf(document, 'Maria Lopez'));
    const [card] = markdownOf(hover);
    assert.deepEqual(card.isTrusted, { enabledCommands: ['newsdesk.reveal'] });
    assert.notEqual(card.supportHtml, true);
    const value = card.value;
    assert.ok(value.startsWith('$(person) **Maria Lopez** · person\n\n_Senator_\n\n'), value);
    assert.match(unescape(value), /First mention: \[Maria Lopez\]\(command:newsdesk\.reveal\?[^)]+\), line 1 · 2 mentions/);
    assert.match(unescape(value), /\*\*Quotes\*\* \(1\)\n- \[“We will rebuild,”\]\([^)]+\) — line 3/);
    // Every link jumps to a place in this article: the first mention, then the quote.
    const targets = linkTargets(value);
    assert.deepEqual(
      targets.map((t) => revealedText(document, t)),
      ['Maria Lopez', '“We will rebuild,”'],
    );
  });

  it('shows the same card on a later, shorter mention', async () => {
    const hover = await hoverAt(document, inside(document, 'Lopez', 1));
    assert.deepEqual(hover.range, rangeOf(document, 'Lopez', 1));
    assert.ok(markdownOf(hover)[0].value.startsWith('$(person) **Maria Lopez** · person'));
  });

  it('says who said a quotation and the cue', async () => {
    const hover = await hoverAt(document, inside(document, 'We will'));
    assert.deepEqual(hover.range, rangeOf(document, '“We will rebuild,”'));
    const value = markdownOf(hover)[0].value;
    assert.match(unescape(value), /^\$\(quote\) Said by \[\*\*Maria Lopez\*\*\]\([^)]+\) \(“Lopez”\) · cue \[_said_\]\([^)]+\)\n\n> “We will rebuild,”$/);
    assert.deepEqual(
      linkTargets(value).map((t) => revealedText(document, t)),
      ['Lopez', 'said'],
    );
  });

  it('says why a quotation counts as unattributed', async () => {
    const hover = await hoverAt(document, inside(document, 'Nobody came'));
    assert.deepEqual(hover.range, rangeOf(document, '“Nobody came to help us.”'));
    const value = unescape(markdownOf(hover)[0].value);
    assert.ok(value.startsWith('$(warning) **Unattributed quotation**: nobody is credited with these words.\n\n'), value);
    assert.ok(value.endsWith('> “Nobody came to help us.”'), value);
  });

  it('gives a figure its source', async () => {
    const hover = await hoverAt(document, inside(document, '$4 million'));
    assert.deepEqual(hover.range, rangeOf(document, '$4 million'));
    const value = markdownOf(hover)[0].value;
    assert.ok(unescape(value).startsWith('$(graph) **$4 million** · amount of money\n\nSource: [**'), value);
    const [source] = linkTargets(value);
    assert.match(revealedText(document, source), /state transport department$/);
  });

  it('says when a figure has no source', async () => {
    const hover = await hoverAt(document, inside(document, '12%'));
    assert.deepEqual(hover.range, rangeOf(document, '12%'));
    assert.equal(
      unescape(markdownOf(hover)[0].value),
      '$(graph) **12%** · percentage\n\n$(warning) **No source** in its sentence: say who measured or reported it.',
    );
  });

  it('shows nothing on plain words', async () => {
    await hoverAt(document, inside(document, 'Maria Lopez')); // analysed by now
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside(document, 'toured'));
    assert.deepEqual(hovers, []);
  });
});

describe('hover cards on quotations of every kind', function () {
  this.timeout(90_000);
  const KINDS = [
    'Senator Maria Lopez toured the flooded district on Monday.',
    '',
    '“We will rebuild,” she said. “It will take years.”',
    '',
    '“The plan is dead,” said a person familiar with the talks.',
    '',
    'The mayor appeared on “Meet the Press” on Sunday.',
    '',
    '“We never agreed to this, the council said.',
    '',
  ].join('\n');
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openArticle(KINDS)).document;
  });

  after(closeAll);

  it('gives a pronoun that a quotation is credited through the person’s card', async () => {
    const hover = await hoverAt(document, inside(document, 'she said'));
    assert.deepEqual(hover.range, rangeOf(document, 'she'));
    assert.ok(markdownOf(hover)[0].value.startsWith('$(person) **Maria Lopez** · person'));
  });

  it('credits the second half of a split quotation to the same speaker', async () => {
    const hover = await hoverAt(document, inside(document, 'It will take'));
    const value = unescape(markdownOf(hover)[0].value);
    assert.match(value, /^\$\(quote\) Said by \[\*\*Maria Lopez\*\*\]\([^)]+\) \(“she”\) · cue \[_said_\]\([^)]+\)\n\n> “It will take years\.”\n\nContinues the \[quotation on line 3\]\([^)]+\)\.$/);
    assert.equal(revealedText(document, linkTargets(markdownOf(hover)[0].value).pop() ?? ''), '“We will rebuild,”');
  });

  it('says a quotation is credited to an unnamed source', async () => {
    const hover = await hoverAt(document, inside(document, 'plan is dead'));
    const value = markdownOf(hover)[0].value;
    assert.match(unescape(value), /^\$\(info\) \*\*Anonymous source\*\*: credited to \[“a person familiar with the talks”\]\([^)]+\), who is not named\./);
    assert.equal(revealedText(document, linkTargets(value)[0]), 'a person familiar with the talks');
  });

  it('tells a title from a quotation', async () => {
    const hover = await hoverAt(document, inside(document, 'Meet the'));
    assert.deepEqual(hover.range, rangeOf(document, '“Meet the Press”'));
    assert.equal(unescape(markdownOf(hover)[0].value), '$(book) **Title** of a work, not a quotation: it needs no attribution.\n\n> “Meet the Press”');
  });

  it('says a quotation is never closed', async () => {
    const hover = await hoverAt(document, inside(document, 'never agreed'));
    const value = unescape(markdownOf(hover)[0].value);
    assert.ok(value.includes('$(warning) **Unclosed quotation**: the closing quotation mark is missing'), value);
  });
});

describe('hover cards on organisations that are sources', function () {
  this.timeout(90_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openArticle('The Springfield Water Authority said it lost 30% of its water to leaks last year.\n')).document;
  });

  after(closeAll);

  it('lists the figures and claims an organisation is the source of', async () => {
    const hover = await hoverAt(document, inside(document, 'Water Authority'));
    const value = markdownOf(hover)[0].value;
    const plain = unescape(value);
    assert.ok(plain.startsWith('$(organization) **Springfield Water Authority** · organisation\n\n'), plain);
    assert.match(plain, /\*\*Figures\*\* \(1\)\n- \[\*\*30%\*\*\]\([^)]+\) percentage — line 1/);
    // a claim is shortened on the card; its link selects the whole sentence
    assert.match(plain, /\*\*Claims\*\* \(1\)\n- \[The Springfield Water Authority said it lost 30% of its water to…\]\([^)]+\) — line 1$/);
    assert.deepEqual(
      linkTargets(value).map((t) => revealedText(document, t)),
      ['Springfield Water Authority', '30%', 'The Springfield Water Authority said it lost 30% of its water to leaks last year.'],
    );
  });

  it('names the organisation as the figure’s source', async () => {
    const hover = await hoverAt(document, inside(document, '30%'));
    const value = markdownOf(hover)[0].value;
    assert.ok(unescape(value).startsWith('$(graph) **30%** · percentage\n\nSource: [**Springfield Water Authority**]('), value);
    assert.match(revealedText(document, linkTargets(value)[0]), /Springfield Water Authority$/);
  });
});

describe('mention highlights and references', function () {
  this.timeout(90_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openArticle(ARTICLE)).document;
    await hoverAt(document, inside(document, 'Maria Lopez')); // wait for the analysis
  });

  after(closeAll);

  it('highlights every mention of the person, the first as the introduction', async () => {
    const highlights = await waitFor(
      'highlights',
      () => vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, inside(document, 'Lopez', 1)),
      (found) => Array.isArray(found) && found.length > 0,
    );
    assert.deepEqual(
      highlights.map((h) => [h.range, h.kind]),
      [
        [rangeOf(document, 'Maria Lopez'), vscode.DocumentHighlightKind.Write],
        [rangeOf(document, 'Lopez', 1), vscode.DocumentHighlightKind.Read],
      ],
    );
  });

  it('counts a cursor right after a name as on it', async () => {
    const end = rangeOf(document, 'Maria Lopez').end;
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, end);
    assert.equal(highlights.length, 2);
  });

  it('lists every mention in Find All References', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, inside(document, 'Maria Lopez'));
    const ours = locations.filter((l) => l.uri.toString() === document.uri.toString());
    assert.deepEqual(
      ours.map((l) => l.range),
      [rangeOf(document, 'Maria Lopez'), rangeOf(document, 'Lopez', 1)],
    );
  });
});

describe('hover cards on a hostile article', function () {
  this.timeout(90_000);
  const long = 'and the council said nothing '.repeat(400);
  const HOSTILE = [
    'Mayor Ann Park wrote [click here](command:workbench.action.quit) and <img src=x onerror=alert(1)> today.',
    '',
    `“See [the file](command:workbench.action.quit), <b>now</b> \`rm -rf\` ![x](https://tracker.example/p.png) https://example.com $(zap) ${long}” Park said.`,
    '',
    '“<script>alert(1)</script> [y](command:workbench.action.reloadWindow)”',
    '',
  ].join('\n');
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openArticle(HOSTILE)).document;
  });

  after(closeAll);

  for (const [what, needle] of [
    ['a long quotation full of links and HTML', 'See [the'],
    ['an unattributed quotation with a script', 'script>'],
    ['a name credited with those quotations', 'Park said'],
  ] as const) {
    it(`keeps ${what} inert`, async () => {
      const hover = await hoverAt(document, inside(document, needle));
      for (const card of markdownOf(hover)) {
        assert.deepEqual(card.isTrusted, { enabledCommands: ['newsdesk.reveal'] });
        assert.notEqual(card.supportHtml, true);
        const value = card.value;
        for (const target of linkTargets(value)) assert.ok(target.startsWith('command:newsdesk.reveal?'), `link from the article: ${target}`);
        assert.doesNotMatch(value, /command:workbench/);
        assert.doesNotMatch(value, /(?<!\\)[<`]/, 'unescaped HTML or code');
        assert.doesNotMatch(value, /(?<!\\)https?:/, 'a bare URL would be linked');
        assert.doesNotMatch(value, /(?<!\\)\$\((?!person|quote|warning|graph|info|book|location|organization|law\))/, 'an icon from the article');
        assert.ok(value.length < 2000, `a giant hover: ${value.length} characters`);
      }
    });
  }
});
