// What the entity stage hands on without making it again: the mentions of the last run,
// the very same objects where a mention is the same; the list of every mention by start,
// made as it places them (mentions.ts), which the later stages use instead of sorting; and
// the layout of the paragraphs, made by the segmentation (document.ts).

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis, type Mention } from '../../src/engine';
import type { Context } from '../../src/engine/context';
import { paragraphLayout, segment } from '../../src/engine/document';
import { mentionsByStart, sortedMentions } from '../../src/engine/mentions';

const STORY = [
  'SPRINGFIELD, Ill. (AP) — Mayor Ingrid Sorensen said on Tuesday that the Harbour Authority would build a terminal.',
  '',
  'Sorensen told the council that Acme Corp. would pay. Officials in Springfield and Chicago agreed.',
  '',
  'Ingrid Sorensen met Bill Tanaka of the World Health Organization (WHO) in Geneva.',
  '',
  'The WHO said Tanaka and Sorensen would meet again in Chicago.',
  '',
].join('\n');

function cold(text: string): Analysis {
  clearTaggingCache();
  return analyze(text);
}

const allMentions = (a: Analysis): Mention[] => a.entities.flatMap((e) => e.mentions);

describe('mentions handed on from the entity stage', () => {
  it('lists every mention by start as sortedMentions would, for the analysis the stage made', () => {
    for (const text of [STORY, STORY.replace('Chicago agreed', 'Geneva agreed'), STORY + '\nSorensen, Tanaka and the WHO left.\n']) {
      const analysis = analyze(text);
      const list = mentionsByStart({ analysis } as unknown as Context).list;
      assert.deepEqual(list, sortedMentions(analysis.entities));
      assert.ok(list.length > 10);
    }
  });

  it('sorts the mentions of entities it did not make', () => {
    const entities = [
      { name: 'B', type: 'person' as const, descriptors: [], mentions: [{ start: 30, end: 31, text: 'B', entity: 0 }], quotes: [], figures: [], claims: [] },
      { name: 'A', type: 'person' as const, descriptors: [], mentions: [{ start: 10, end: 11, text: 'A', entity: 1 }, { start: 40, end: 41, text: 'A', entity: 1 }], quotes: [], figures: [], claims: [] },
    ];
    const analysis = { entities } as unknown as Analysis;
    assert.deepEqual(mentionsByStart({ analysis } as unknown as Context).list.map((m) => m.start), [10, 30, 40]);
  });

  it('gives the same mention objects again before an edit, and new ones where a name changed or moved', () => {
    // a name changed in place, same length: every offset and entity stays, one text differs
    for (const [from, to] of [['in Chicago.', 'in CHICAGO.'], ['Tanaka and Sorensen', 'Tanaka and SORENSEN'], ['Tanaka and Sorensen', 'Tanaka and Sorenson']]) {
      clearTaggingCache();
      analyze(STORY);
      const renamed = STORY.replace(from, to);
      assert.deepEqual(analyze(renamed), cold(renamed));
    }
    // an edit: the mentions before it are the last run's, those after it new
    clearTaggingCache();
    const kept = new Set(allMentions(analyze(STORY)));
    const at = STORY.indexOf('Tanaka and Sorensen');
    const edited = STORY.slice(0, at) + 'x' + STORY.slice(at);
    const warm = analyze(edited);
    for (const m of allMentions(warm)) {
      if (m.start < at) assert.ok(kept.has(m), `mention ${m.text} before the edit is the same object`);
      else assert.ok(!kept.has(m), `mention ${m.text} after the edit is a new object`);
    }
    assert.deepEqual(warm, cold(edited));
  });

  it('lays out the paragraphs of a segmentation, warm or cold', () => {
    clearTaggingCache();
    const texts = [STORY, STORY.replace('Chicago agreed.', 'Chicago agreed. Geneva did not.'), STORY.replace('\n\nThe WHO', '\n\nA line.\n\nThe WHO'), STORY];
    for (const text of texts) {
      const { paragraphs, sentences } = segment(text, 'markdown');
      const layout = paragraphLayout(paragraphs, sentences);
      assert.ok(layout);
      assert.deepEqual([...layout.first], paragraphs.map((p) => p.sentences[0] ?? 0));
      assert.deepEqual([...layout.count], paragraphs.map((p) => p.sentences.length));
      assert.deepEqual([...layout.bases], paragraphs.map((p) => (p.sentences.length ? sentences[p.sentences[0]].start : 0)));
      assert.equal(paragraphLayout(paragraphs.slice(), sentences), undefined);
    }
  });
});
