// What is under the cursor: binary search over the stored Analysis, checked on a short
// article's model and, for nested and overlapping spans, against a plain scan.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis, Entity, Quote, Span } from '../../src/engine/model';
import { SpanIndex, figureAt, quoteAt, referenceAt, referencesOf } from '../../src/vscode/lookup';

const TEXT = 'Senator Maria Lopez visited.\n\n“We will rebuild,” she said.\n\nCosts rose 12%.\n';
const at = (needle: string, from = 0): Span => {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

function article(): Analysis {
  const lopez = at('Maria Lopez');
  const quote: Quote = {
    ...at('“We will rebuild,”'),
    text: '“We will rebuild,”',
    kind: 'quotation',
    status: 'attributed',
    speaker: { ...at('she'), text: 'she', name: 'Maria Lopez', entity: 0 },
    cue: { ...at('said'), text: 'said' },
    closed: true,
    continues: null,
  };
  const entity: Entity = {
    name: 'Maria Lopez',
    type: 'person',
    descriptors: ['Senator'],
    mentions: [{ ...lopez, text: 'Maria Lopez', entity: 0 }],
    quotes: [0],
    figures: [],
    claims: [],
  };
  return {
    length: TEXT.length,
    paragraphs: [],
    sentences: [],
    excluded: [],
    entities: [entity],
    quotes: [quote],
    figures: [{ ...at('12%'), text: '12%', kind: 'percent', sourced: false, source: null, sentence: 2 }],
    claims: [],
    findings: [],
  };
}

describe('what is under the cursor', () => {
  it('finds the mention on a character of the name, and at its end only when touching', () => {
    const analysis = article();
    const name = at('Maria Lopez');
    assert.equal(referenceAt(analysis, name.start)?.entity, 0);
    assert.equal(referenceAt(analysis, name.end - 1)?.entity, 0);
    assert.equal(referenceAt(analysis, name.end), undefined);
    assert.equal(referenceAt(analysis, name.end, true)?.entity, 0);
    assert.equal(referenceAt(analysis, name.start - 1), undefined);
  });

  it('counts the pronoun a quotation is credited through as a reference to the person', () => {
    const analysis = article();
    assert.deepEqual(
      referencesOf(analysis, 0).map((r) => TEXT.slice(r.start, r.end)),
      ['Maria Lopez', 'she'],
    );
    assert.equal(referenceAt(analysis, at('she').start + 1)?.entity, 0);
  });

  it('finds the quotation and the figure around an offset', () => {
    const analysis = article();
    assert.equal(quoteAt(analysis, at('rebuild').start)?.index, 0);
    assert.equal(quoteAt(analysis, at('she').start), undefined);
    assert.equal(figureAt(analysis, at('12%').start + 1)?.figure.text, '12%');
    assert.equal(figureAt(analysis, at('Costs').start), undefined);
  });

  it('finds the person through the quotes credited to them when the speaker names no entity', () => {
    const analysis = article();
    analysis.quotes[0].speaker = { ...at('she'), text: 'she', name: 'Maria Lopez', entity: null };
    assert.deepEqual(
      referencesOf(analysis, 0).map((r) => TEXT.slice(r.start, r.end)),
      ['Maria Lopez', 'she'],
    );
  });

  it('ignores a credit that points at no entity', () => {
    const analysis = article();
    analysis.quotes[0].speaker = { ...at('she'), text: 'she', name: 'she', entity: 7 };
    analysis.entities[0].quotes = [];
    assert.deepEqual(
      referencesOf(analysis, 0).map((r) => TEXT.slice(r.start, r.end)),
      ['Maria Lopez'],
    );
    assert.equal(referenceAt(analysis, at('she').start), undefined);
    assert.deepEqual(referencesOf(analysis, 7), []);
  });
});

describe('SpanIndex', () => {
  /** The innermost span containing offset, by a plain scan: latest start, then shortest. */
  function scan(spans: Span[], offset: number, touching: boolean): Span | undefined {
    const containing = spans.filter((s) => s.start <= offset && (offset < s.end || (touching && offset === s.end)));
    containing.sort((a, b) => b.start - a.start || a.end - b.end);
    return containing[0];
  }

  it('agrees with a plain scan on nested and overlapping spans', () => {
    const span = fc
      .tuple(fc.nat({ max: 60 }), fc.nat({ max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), fc.nat({ max: 95 }), fc.boolean(), (spans, offset, touching) => {
        const found = new SpanIndex(spans).at(offset, touching);
        const expected = scan(spans, offset, touching);
        if (expected === undefined) assert.equal(found, undefined);
        else assert.deepEqual(found && [found.start, found.end], [expected.start, expected.end]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds an outer quotation around an inner one that has already ended', () => {
    const outer = { start: 0, end: 50 };
    const inner = { start: 10, end: 20 };
    const index = new SpanIndex([inner, outer]);
    assert.equal(index.at(15), inner);
    assert.equal(index.at(30), outer);
    assert.equal(index.at(50), undefined);
  });
});
