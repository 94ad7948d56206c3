// Fixes from the session-15 review. Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { entitiesOf, find, summary } from './entitySummary';

describe('session-15 review', () => {
  it('reads “The First Minister of Wales, Eluned Morgan,” as her office, not as a second person', () => {
    const entities = entitiesOf('The First Minister of Wales, Eluned Morgan, said the plan would cost £40m. Morgan said it would pay for itself.');
    assert.deepEqual(summary(entities.filter((e) => e.type === 'person')), ['Eluned Morgan/person: Eluned Morgan, Morgan']);
    assert.deepEqual(find(entities, 'Eluned Morgan').descriptors, ['First Minister of Wales']);
    // and before the name, as "Prime Minister" is
    assert.deepEqual(find(entitiesOf('First Minister Eluned Morgan said the plan would cost £40m.'), 'Eluned Morgan').descriptors, ['First Minister']);
    assert.deepEqual(summary(entitiesOf('The First Lady, Jill Biden, opened the school.').filter((e) => e.type === 'person')), ['Jill Biden/person: Jill Biden']);
  });
});
