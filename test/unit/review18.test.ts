// Fixes from the session-18 review (sixteen articles of my own: a court report, a study, a
// planning row, a transfer, an obituary, a wire election story, company results, a hospital
// trust, a US bill, a storm, a data breach, a tennis match, exam results, rail fares, a
// police appeal and a profile). Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { isDictionaryWord } from '../../src/engine/dictionary';
import { entitiesOf } from './entitySummary';

const names = (text: string) => entitiesOf(text).map((e) => `${e.name}/${e.type}`);

describe('session-18 review', () => {
  it('reads an ordinary word the tagger’s lexicon lacks as no name when it opens a sentence (“Autumn”, “Handgun sales”)', () => {
    assert.deepEqual(names('Autumn is the busiest time for the shelter, its manager said.'), []);
    assert.deepEqual(names('Handgun sales rose sharply after the ruling.'), []);
    assert.deepEqual(names('Cleanup crews arrived on Tuesday. Ombudsman reports are due in May.'), []);
    // a word no dictionary has is still a name there, and so is one that speaks
    assert.deepEqual(entitiesOf('Kestrel said the deal was fair.').map((e) => e.name), ['Kestrel']);
    assert.deepEqual(names('Leeson said the plan was sound.'), ['Leeson/person']);
    // and a dictionary word the article writes as a name inside its sentences is one
    assert.deepEqual(
      names('Shares in Fernhill rose. Analysts at Kestrel expect more. Kestrel said the deal was fair.').filter((n) => n.startsWith('Kestrel')),
      ['Kestrel/organization'],
    );
  });

  it('finds a dictionary word through its base (“sandbags”, “cleanups”) and not a name', () => {
    assert.equal(isDictionaryWord('sandbag'), true);
    assert.equal(isDictionaryWord('sandbags'), true);
    assert.equal(isDictionaryWord('handguns'), true);
    assert.equal(isDictionaryWord('leeson'), false);
    assert.equal(isDictionaryWord('estes'), false);
  });
});
