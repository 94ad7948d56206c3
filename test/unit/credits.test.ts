// A sentence's credits are read once from its own words and remembered; every run checks
// that the quotations and mentions the reading depended on are still the same before it
// reuses it, and links the source to the document's entities afresh.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Entity, type Quote, type Source } from '../../src/engine';
import type { Context } from '../../src/engine/context';
import { findClaimSteps } from '../../src/engine/claims';
import { sourcesOf } from '../../src/engine/credits';
import { findFigureSteps } from '../../src/engine/figures';
import { segment } from '../../src/engine/document';
import { tagSentences } from '../../src/engine/incremental';
import { runToEnd } from '../../src/engine/slicing';

/** A context for `text` as the stages before figures would leave it, with the given entities and quotes. */
function contextOf(text: string, entities: Entity[] = [], quotes: Quote[] = []): Context {
  const { paragraphs, sentences, excluded, locals } = segment(text, 'plaintext');
  const tagged = runToEnd(
    tagSentences(text, sentences, (error) => {
      throw error;
    }),
  );
  const analysis = { length: text.length, paragraphs, sentences, excluded, entities, quotes, figures: [], claims: [], findings: [] };
  return { text, options: { format: 'plaintext', severities: {} }, analysis, tagged, locals };
}

function person(text: string, name: string): Entity {
  const start = text.indexOf(name);
  return { name, type: 'person', descriptors: [], mentions: [{ start, end: start + name.length, text: name, entity: 0 }], quotes: [], figures: [], claims: [] };
}

function quoteOver(text: string, words: string): Quote {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, status: 'unattributed', speaker: null, cue: null } as unknown as Quote;
}

/** The source credited for the first occurrence of `figure` in sentence s. */
function sourceOf(ctx: Context, figure: string, s = 0): Pick<Source, 'text' | 'entity' | 'anonymous'> | null {
  const at = ctx.text.indexOf(figure);
  const source = sourcesOf(ctx).sourceFor(s, at, at + figure.length);
  return source && { text: source.text, entity: source.entity, anonymous: source.anonymous };
}

const FARES = 'Fares rose 12 percent, the port authority said.';
const HOPE = 'Fares rose 12 percent, Hope Field said.';

describe('credits', () => {
  beforeEach(() => clearTaggingCache());

  it('reads a credit again when a quotation now covers its words', () => {
    assert.deepEqual(sourceOf(contextOf(FARES), '12 percent'), { text: 'the port authority', entity: null, anonymous: false });
    // same paragraph, same LocalParagraph: only the quotation differs
    assert.equal(sourceOf(contextOf(FARES, [], [quoteOver(FARES, 'the port authority said')]), '12 percent'), null);
    assert.deepEqual(sourceOf(contextOf(FARES), '12 percent'), { text: 'the port authority', entity: null, anonymous: false });
  });

  it('reads a credit again when a mention it asked about starts elsewhere', () => {
    // without the entity stage's "Hope Field", compromise's tags make the subject "Field"
    assert.deepEqual(sourceOf(contextOf(HOPE), '12 percent'), { text: 'Field', entity: null, anonymous: false });
    assert.deepEqual(sourceOf(contextOf(HOPE, [person(HOPE, 'Hope Field')]), '12 percent'), { text: 'Hope Field', entity: 0, anonymous: false });
    assert.deepEqual(sourceOf(contextOf(HOPE), '12 percent'), { text: 'Field', entity: null, anonymous: false });
  });

  it('links a phrase to the first entity’s mention when two of one kind start together', () => {
    const text = 'Fares rose 12 percent, Harbor Bank said.';
    const start = text.indexOf('Harbor');
    const organization = (name: string, entity: number): Entity => ({
      name, type: 'organization', descriptors: [], quotes: [], figures: [], claims: [],
      mentions: [{ start, end: start + name.length, text: name, entity }],
    });
    assert.deepEqual(sourceOf(contextOf(text, [organization('Harbor Bank', 0), organization('Harbor', 1)]), '12 percent'), { text: 'Harbor Bank', entity: 0, anonymous: false });
    assert.deepEqual(sourceOf(contextOf(text, [organization('Harbor', 0), organization('Harbor Bank', 1)]), '12 percent'), { text: 'Harbor', entity: 0, anonymous: false });
  });

  it('links the remembered credit to where the sentence now stands', () => {
    const before = 'The ferry to the island runs again.\n\nFares rose 12 percent, Dana Whitfield said.\n';
    const after = `A new paragraph opens the story.\n\n${before}`;
    const sourceIn = (text: string) => {
      const source = analyze(text).figures[0].source;
      assert.ok(source);
      return { start: source.start, text: source.text };
    };
    assert.deepEqual(sourceIn(before), { start: before.indexOf('Dana'), text: 'Dana Whitfield' });
    assert.deepEqual(sourceIn(after), { start: after.indexOf('Dana'), text: 'Dana Whitfield' });
  });

  it('gives a claim the first source of its sentence and drops a linked possessive', () => {
    const text = 'The Harbor Authority’s report put the toll at 300 people.';
    const analysis = analyze(text);
    assert.deepEqual(analysis.claims.map((c) => c.source?.text), ['Harbor Authority']);
    assert.deepEqual(analysis.figures.map((f) => f.source?.text), ['Harbor Authority']);
  });

  it('resolves "she" through the run’s mentions, warm as cold', () => {
    const lone = 'Fares rose 12 percent, she said.\n';
    const named = `Dana Whitfield runs the port.\n\n${lone}`;
    const entityOf = (text: string) => {
      const analysis = analyze(text);
      const source = analysis.figures[0].source;
      return source && source.entity !== null ? analysis.entities[source.entity].name : null;
    };
    assert.equal(entityOf(lone), null);
    assert.equal(entityOf(named), 'Dana Whitfield');
    assert.equal(entityOf(lone), null);
    const warm = analyze(named);
    clearTaggingCache();
    assert.deepEqual(warm, analyze(named));
  });
  it('gives every figure and claim a source object of its own, though the run links each credit once', () => {
    const text = 'Fares rose 12 percent and tolls rose 9 percent, the port authority said.';
    const analysis = analyze(text);
    const sources = [...analysis.figures.map((f) => f.source), ...analysis.claims.map((c) => c.source)];
    assert.equal(sources.length, 3);
    for (const source of sources) assert.deepEqual(source, { start: text.indexOf('the port'), end: text.indexOf(' said'), text: 'the port authority', entity: null, anonymous: false });
    assert.equal(new Set(sources).size, 3);
    // a change to one handed-out source reaches neither the others nor the next run
    (sources[0] as Source).text = 'changed';
    assert.equal(sources[1]?.text, 'the port authority');
    assert.equal(analyze(text).claims[0].source?.text, 'the port authority');
  });

  it('reads a report’s cue from the sentence where the reading is used, whoever read it first', () => {
    // the same sentence in two paragraphs, reported by an organisation: the second paragraph
    // reuses the reading of the first (by its text), and both carry their report
    const reported = 'Corvane Shipping reported revenue of $2.1 billion.';
    const text = `${reported} Net income rose to $310 million.\n\nThe ferry runs again.\n\n${reported} Its fleet grew to 40 ships.\n`;
    const carried = analyze(text).figures.filter((f) => f.text === '$310 million' || f.text === '40 ships');
    assert.deepEqual(carried.map((f) => f.source?.text), ['Corvane Shipping', 'Corvane Shipping']);
    clearTaggingCache();
    assert.deepEqual(analyze(text).figures, analyze(text).figures);
  });

  it('takes the sentences with a figure from the figures the claims stage is given', () => {
    const text = 'Fares rose 12 percent, the port authority said. The ferry was the largest in the fleet.';
    const ctx = contextOf(text);
    const figures = runToEnd(findFigureSteps(ctx));
    assert.equal(figures.length, 1);
    // the figures the figures stage found: the marks it left
    ctx.analysis.figures = figures;
    assert.deepEqual(runToEnd(findClaimSteps(ctx)).map((c) => c.kinds), [['figure'], ['superlative']]);
    // other figures (here none): worked out from them
    ctx.analysis.figures = [];
    assert.deepEqual(runToEnd(findClaimSteps(ctx)).map((c) => c.kinds), [['superlative']]);
    ctx.analysis.figures = figures.slice();
    assert.deepEqual(runToEnd(findClaimSteps(ctx)).map((c) => c.kinds), [['figure'], ['superlative']]);
  });
});
