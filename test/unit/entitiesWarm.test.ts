// The entity stage keeps each sentence's names relative to the sentence's start and
// remembers what they say about acronyms with them (entities.ts): a sentence that moves, or
// comes back in another article, must give exactly what a cold run gives, and regions that
// are not prose must still leave out the names inside them wherever the sentence stands.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Entity } from '../../src/engine';
import { resolveOptions, type Context } from '../../src/engine/context';
import { segment } from '../../src/engine/document';
import { findEntities } from '../../src/engine/entities';
import type { Analysis, Excluded } from '../../src/engine/model';
import { tagSentence } from '../../src/engine/tagging';

function cold(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): Entity[] {
  clearTaggingCache();
  return analyze(text, { format }).entities;
}

const brief = (entities: Entity[]) => entities.map((e) => [e.name, e.type, e.mentions.map((m) => [m.start, m.text])]);

const AGENCY =
  'The report came from the Korean Central News Agency (KCNA) early on Wednesday.\n\n' +
  'KCNA did not say where the meeting took place. Officials of the World Health Organization spoke.\n\n' +
  'WHO officials said the talks would go on, and KCNA repeated it.';

describe('entity stage: names read where their sentences now stand', () => {
  it('gives what a cold run gives after the sentences move, come back and are reused', () => {
    clearTaggingCache();
    analyze(AGENCY);
    const texts = [
      'A line that comes first.\n\n' + AGENCY,
      AGENCY.replace('early on', 'late on'),
      'Other news. ' + AGENCY + '\n\nThe Korean Central News Agency (KCNA) said so again.',
      AGENCY,
    ];
    for (const text of texts) {
      const warm = analyze(text).entities;
      assert.deepEqual(warm, cold(text), text.slice(0, 40));
      // warm again, now that everything is remembered
      analyze(AGENCY);
      assert.deepEqual(analyze(text).entities, warm);
    }
    const kcna = analyze(texts[0]).entities.find((e) => e.name === 'Korean Central News Agency');
    assert.deepEqual(kcna?.mentions.map((m) => m.text), ['Korean Central News Agency', 'KCNA', 'KCNA', 'KCNA']);
  });

  it('leaves out the names inside code wherever the sentence stands', () => {
    const doc = 'Mayor Ana Ruiz met `Tomas Berg` and Lena Okafor in Riverton.\n\nRuiz said `Berg` would return.\n';
    clearTaggingCache();
    const first = analyze(doc, { format: 'markdown' }).entities;
    assert.ok(!first.some((e) => e.name.includes('Berg')), 'no name inside code');
    for (const text of ['Intro.\n\n' + doc, doc.replace('Riverton', 'Riverton City'), doc]) {
      const warm = analyze(text, { format: 'markdown' }).entities;
      assert.deepEqual(brief(warm), brief(cold(text, 'markdown')));
      assert.deepEqual(warm, cold(text, 'markdown'));
    }
  });
});

/** The entity stage alone, with the regions given (offsets in the text). */
function entitiesOf(text: string, excluded: Excluded[]): Entity[] {
  const { paragraphs, sentences } = segment(text, 'plaintext');
  const analysis: Analysis = { length: text.length, paragraphs, sentences, excluded, entities: [], quotes: [], figures: [], claims: [], findings: [] };
  const tagged = sentences.map((s) => tagSentence(text.slice(s.start, s.end), s.start));
  const ctx: Context = { text, options: resolveOptions(undefined), analysis, tagged };
  return findEntities(ctx);
}

describe('entity stage: regions left out', () => {
  const text = 'Ana Ruiz met Tomas Berg in Riverton. Lena Okafor stayed in Oslo.';
  const names = (excluded: Excluded[]) => entitiesOf(text, excluded).flatMap((e) => e.mentions.map((m) => m.text)).sort();
  const region = (from: string, to: string): Excluded => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length, kind: 'code' });

  it('leaves out exactly the names a region overlaps, in the sentence it reaches and no other', () => {
    const all = names([]);
    assert.deepEqual(all, ['Ana Ruiz', 'Lena Okafor', 'Oslo', 'Riverton', 'Tomas Berg']);
    assert.deepEqual(names([region('Berg', 'Berg')]), ['Ana Ruiz', 'Lena Okafor', 'Oslo', 'Riverton']);
    // a region touching a name's ends without overlapping it leaves it in
    assert.deepEqual(names([region(' met', ' met'), region(' stayed', ' in ')]), all);
    // one region across two sentences, and one that ends before every name of a sentence
    assert.deepEqual(names([region('Riverton', 'Lena'), { start: 0, end: 1, kind: 'code' }]), ['Oslo', 'Tomas Berg']);
  });
});
