// Fixes from the session-15 review. Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entitiesOf, find, summary } from './entitySummary';
import { speakerOf } from './firstSpeaker';

describe('session-15 review', () => {
  it('reads “The First Minister of Wales, Eluned Morgan,” as her office, not as a second person', () => {
    const entities = entitiesOf('The First Minister of Wales, Eluned Morgan, said the plan would cost £40m. Morgan said it would pay for itself.');
    assert.deepEqual(summary(entities.filter((e) => e.type === 'person')), ['Eluned Morgan/person: Eluned Morgan, Morgan']);
    assert.deepEqual(find(entities, 'Eluned Morgan').descriptors, ['First Minister of Wales']);
    // and before the name, as "Prime Minister" is
    assert.deepEqual(find(entitiesOf('First Minister Eluned Morgan said the plan would cost £40m.'), 'Eluned Morgan').descriptors, ['First Minister']);
    assert.deepEqual(summary(entitiesOf('The First Lady, Jill Biden, opened the school.').filter((e) => e.type === 'person')), ['Jill Biden/person: Jill Biden']);
  });

  it('reads “The Secretary of State for Health, Wes Streeting,” as his office, though “Secretary” also qualifies titles', () => {
    const entities = entitiesOf('The Secretary of State for Health, Wes Streeting, said 4,000 beds would open.');
    assert.deepEqual(summary(entities), ['Wes Streeting/person: Wes Streeting']);
    assert.deepEqual(entities[0].descriptors, ['Secretary of State for Health']);
    // the body an office belongs to is still named
    assert.deepEqual(summary(entitiesOf('The Secretary General of the UN, Antonio Guterres, said 40 people died.')), ['UN/organization: UN', 'Antonio Guterres/person: Antonio Guterres']);
  });

  it('reads “the Leeds housing charity” whole, though the tagger takes “housing” for a verb after a place', () => {
    const figure = analyze('The Leeds housing charity said rents rose 12% last year.', { format: 'plaintext' }).figures[0];
    assert.deepEqual([figure.source?.text, figure.source?.entity], ['The Leeds housing charity', null]);
    for (const text of ['“We are full,” the Leeds housing charity said.', '“We are full,” said the Leeds housing charity.', 'The Leeds housing charity said: “We are full.”']) {
      assert.deepEqual(speakerOf(text), { name: text.startsWith('The') ? 'The Leeds housing charity' : 'the Leeds housing charity', status: 'attributed', entity: null }, text);
    }
    // a participle with its object after people is still a clause of its own
    assert.equal(speakerOf('Leeds fans holding banners said: “We want him out.”')?.name, 'Leeds fans');
  });
});
