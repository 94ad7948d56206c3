// What the engine keeps from run to run (caches by sentence text, the last run's results
// reused for the next) must not keep the text of an earlier keystroke alive. In V8 a slice
// of 13 characters or more is a view into the string it was cut from, so one sentence kept
// as a cache key, or one quotation's text in a reused result, held the whole document of
// that keystroke: 1.2 MB per keystroke in a 100,000-word article, never freed. The heap
// snapshot below counts the copies of the document that are still alive after many edits.

import * as assert from 'node:assert/strict';
import { getHeapSnapshot } from 'node:v8';
import { article } from '../../bench/articles';
import { analyze, clearTaggingCache, type Analysis } from '../../src/engine';

/** The strings alive in this process whose text starts with `prefix` and that are at least `length` characters long. */
async function liveCopies(prefix: string, length: number): Promise<number> {
  // (taking a snapshot collects the garbage first)
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    if (types[0][snapshot.nodes[i + typeAt]] !== 'string' || snapshot.nodes[i + sizeAt] < length) continue;
    if (snapshot.strings[snapshot.nodes[i + nameAt]].startsWith(prefix)) count++;
  }
  return count;
}

describe('what the engine keeps between runs', () => {
  it('keeps no earlier keystroke\'s text alive, whatever it reuses', async function () {
    this.timeout(120_000);
    clearTaggingCache();
    // an editor going down the article fixing things: each run reuses everything before the
    // edit and shifts everything after it, so results made by every earlier run stay in use
    const base = `“We will not close the library,” the council leader, Aino Virtanen, said.\n\n${article(3_000, 7)}`;
    const prefix = base.slice(0, 40);
    const edits = 16;
    let last: Analysis | undefined;
    for (let k = 0; k < edits; k++) {
      const at = base.indexOf('. ', Math.floor(((k + 1) * base.length) / (edits + 2)));
      // each edit a different length, so that every text is a string of its own
      const text = `${base.slice(0, at)} (${'x'.repeat(k + 1)})${base.slice(at)}`;
      last = analyze(text, { format: 'markdown' });
      // and at random places in between: the same paragraphs, back and forth
      analyze(`${base.slice(0, at + 3)}y${base.slice(at + 3)}`, { format: 'markdown' });
    }
    assert.ok(last && last.quotes.length > 20 && last.figures.length > 20, 'the edits ran over quotes and figures');
    // alive: the text this test holds; the documents the segmenter keeps to compare the next
    // text with (at most three); and the engine may hold the last one in a stage
    const alive = await liveCopies(prefix, base.length);
    assert.ok(alive <= 5, `${alive} copies of the article are alive after ${2 * edits} edits`);
  });
});
