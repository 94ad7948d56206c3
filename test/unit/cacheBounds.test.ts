// The engine's caches are bounded in entries, and so in memory: reading article after
// article (a check of a whole workspace) must not grow the extension host without end.

import * as assert from 'node:assert/strict';
import { article } from '../../bench/articles';
import { keptParagraphTexts, MAX_LOCALS, segment } from '../../src/engine/document';
import { SentenceCache } from '../../src/engine/sentenceCache';
import { clearTaggingCache } from '../../src/engine/tagging';

describe('the bounds of what the engine keeps', () => {
  it('keeps at most MAX_LOCALS paragraph texts, however many articles it reads, and reuses the latest', () => {
    clearTaggingCache();
    let paragraphs = 0;
    let last = '';
    for (let seed = 1; paragraphs <= MAX_LOCALS * 1.5; seed++) {
      last = article(3_000, seed);
      paragraphs += segment(last, 'markdown').paragraphs.length;
      assert.ok(keptParagraphTexts() <= MAX_LOCALS, `${keptParagraphTexts()} paragraph texts kept after ${paragraphs} paragraphs`);
    }
    assert.ok(keptParagraphTexts() > MAX_LOCALS / 2, 'the cache is used');
    // the article read last is still there: a paragraph of it edited elsewhere is the same object
    const before = segment(last, 'markdown').locals;
    const edited = segment(`${last}\nOne more paragraph at the end.\n`, 'markdown').locals;
    assert.ok(before.length > 10);
    assert.equal(edited[5], before[5]);
  });

  it('drops the oldest entry of a SentenceCache at its limit', () => {
    clearTaggingCache();
    const cache = new SentenceCache<number>(3);
    for (const [k, key] of ['one sentence here.', 'two sentences here.', 'three sentences here.', 'four sentences here.'].entries()) cache.set(key, k);
    assert.equal(cache.size, 3);
    assert.equal(cache.get('one sentence here.'), undefined);
    assert.equal(cache.get('four sentences here.'), 3);
    assert.equal(cache.getOrCompute('two sentences here.', () => 99), 1);
  });
});
