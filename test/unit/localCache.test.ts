// What a paragraph's own text decides is remembered under one LocalParagraph per paragraph
// text, neighbouring characters and excluded regions (document.ts, localCache.ts).

import * as assert from 'node:assert/strict';
import type { Context } from '../../src/engine/context';
import { segment } from '../../src/engine/document';
import { clearTaggingCache } from '../../src/engine';
import { LocalCache, MAX_LOCAL_SENTENCES, perSentence } from '../../src/engine/localCache';

const STORY = 'The ferry will run again in May. Tickets cost $4.\n\nThe council met on Tuesday.\n';

function contextOf(text: string, withLocals = true): Context {
  const { paragraphs, sentences, excluded, locals } = segment(text, 'markdown');
  const analysis = { length: text.length, paragraphs, sentences, excluded, entities: [], quotes: [], figures: [], claims: [], findings: [] };
  return { text, options: { format: 'markdown', severities: {} }, analysis, tagged: [], locals: withLocals ? locals : undefined };
}

describe('LocalParagraph', () => {
  it('is the same object for the same paragraph wherever it moves, with its sentences relative to its start', () => {
    const first = segment(`Harbour news.\n\n${STORY}`, 'markdown');
    const moved = segment(`Harbour news.\n\nA new paragraph.\n\n${STORY}`, 'markdown');
    assert.equal(moved.locals[2], first.locals[1]);
    assert.equal(moved.locals[3], first.locals[2]);
    assert.deepEqual(first.locals[1].sentences, [0, 32, 33, 49]);
    // at the very start of the text there is no character before: another paragraph key
    assert.notEqual(segment(STORY, 'markdown').locals[0], first.locals[1]);
  });

  it('differs when the character before the paragraph or an excluded region inside it differs', () => {
    const spaced = segment('> The ferry runs.\n', 'markdown').locals[0];
    const tight = segment('>The ferry runs.\n', 'markdown').locals[0];
    assert.notEqual(spaced, tight);
    const plain = segment('The ferry runs at 9.\n', 'markdown').locals[0];
    const code = segment('The ferry runs `at 9`.\n', 'markdown').locals[0];
    const otherCode = segment('The ferry runs `at` 9.\n', 'markdown').locals[0];
    assert.notEqual(plain, code);
    assert.notEqual(code, otherCode);
  });

  it('is made afresh after the tagging cache is cleared', () => {
    const before = segment(STORY, 'markdown').locals[0];
    clearTaggingCache();
    assert.notEqual(segment(STORY, 'markdown').locals[0], before);
  });
});

describe('LocalCache', () => {
  it('computes once per paragraph and gives the remembered value back after an edit elsewhere', () => {
    const cache = new LocalCache<string>();
    let computed = 0;
    const read = (ctx: Context, p: number) => cache.getOrCompute(ctx, p, () => `${++computed}:${ctx.text.slice(ctx.analysis.paragraphs[p].start, ctx.analysis.paragraphs[p].end)}`);
    const ctx = contextOf(STORY);
    assert.deepEqual([read(ctx, 0), read(ctx, 1)], ['1:The ferry will run again in May. Tickets cost $4.', '2:The council met on Tuesday.']);
    const edited = contextOf(STORY.replace('Tuesday', 'Monday'));
    assert.deepEqual([read(edited, 0), read(edited, 1)], ['1:The ferry will run again in May. Tickets cost $4.', '3:The council met on Monday.']);
  });

  it('computes every time without LocalParagraphs (a hand-built context)', () => {
    const cache = new LocalCache<number>();
    let computed = 0;
    const ctx = contextOf(STORY, false);
    cache.getOrCompute(ctx, 0, () => ++computed);
    cache.getOrCompute(ctx, 0, () => ++computed);
    assert.equal(computed, 2);
    assert.equal(cache.get(ctx, 0), undefined);
  });

  it('looks per-sentence values up through their paragraph', () => {
    const cache = new LocalCache<readonly string[]>();
    const ctx = contextOf(STORY);
    const reads: number[] = [];
    const lengthOf = perSentence(ctx, cache, (s) => {
      reads.push(s);
      const { start, end } = ctx.analysis.sentences[s];
      return ctx.text.slice(start, end);
    });
    assert.deepEqual([0, 1, 2].map(lengthOf), ['The ferry will run again in May.', 'Tickets cost $4.', 'The council met on Tuesday.']);
    assert.deepEqual(reads, [0, 1, 2]);
    const again = perSentence(ctx, cache, () => 'never read');
    assert.equal(again(1), 'Tickets cost $4.');
  });

  it('reads a paragraph of very many sentences one sentence at a time, so its stage can pause', () => {
    const long = `${Array.from({ length: MAX_LOCAL_SENTENCES + 1 }, (_, i) => `The ferry ran ${i + 1} times.`).join(' ')}\n`;
    const ctx = contextOf(long);
    const reads: number[] = [];
    const read = perSentence(ctx, new LocalCache<readonly number[]>(), (s) => reads.push(s));
    read(0);
    read(0);
    assert.deepEqual(reads, [0, 0]);
  });
});
