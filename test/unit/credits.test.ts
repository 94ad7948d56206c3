// A sentence's credits are read once from its own words and remembered; every run checks
// that the quotations and mentions the reading depended on are still the same before it
// reuses it, and links the source to the document's entities afresh.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Entity, type Quote, type Source } from '../../src/engine';
import type { Context } from '../../src/engine/context';
import { sourcesOf } from '../../src/engine/credits';
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
});
