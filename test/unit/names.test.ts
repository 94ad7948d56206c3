// Names written with connectors ("Bulletin of Coastal Ecology", "Office for the Coordination
// of …"). Each test is a few sentences of invented news copy.

import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Entity } from '../../src/engine/model';

function entitiesOf(text: string): Entity[] {
  return analyze(text, { format: 'plaintext' }).entities;
}

/** "name/type: mention, mention" for each entity, in order of first mention. */
function summary(entities: Entity[]): string[] {
  return entities.map((e) => `${e.name}/${e.type}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

function typeOf(entities: Entity[], name: string): string {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `no entity named ${name}; got ${summary(entities).join(' | ')}`);
  return entity.type;
}

describe('names with connectors', () => {
  it('runs a name on across "of" after an ordinary noun: "Bulletin of Coastal Ecology"', () => {
    const entities = entitiesOf(
      'The findings were published on Thursday in the Bulletin of Coastal Ecology, a peer-reviewed quarterly. ' +
        'The authors sampled 40 beaches.',
    );
    assert.equal(typeOf(entities, 'Bulletin of Coastal Ecology'), 'organization');
    assert.ok(!entities.some((e) => e.name === 'Coastal Ecology'), summary(entities).join(' | '));
  });

  it('runs a name on across "for the", and across the connectors after it', () => {
    const entities = entitiesOf(
      'The European Office for the Protection of Lakes and Wetlands said on Monday that two dams would be removed.',
    );
    assert.deepEqual(summary(entities), [
      'European Office for the Protection of Lakes and Wetlands/organization: European Office for the Protection of Lakes and Wetlands',
    ]);
  });

  it('runs a name on across "on" after a word that heads an organisation: "Commission on Rural Broadband"', () => {
    const entities = entitiesOf('A report by the Commission on Rural Broadband found that one farm in four has no fixed line.');
    assert.deepEqual(summary(entities), ['Commission on Rural Broadband/organization: Commission on Rural Broadband']);
  });

  it('stops at a weekday, a place after a name of its own, and a person before "of"', () => {
    const entities = entitiesOf(
      'The Harbor Authority on Tuesday approved the lease. The striker Tomas Berg of Valdoria scored twice, ' +
        'and Kelbridge United of Valdoria lost at home.',
    );
    assert.equal(typeOf(entities, 'Harbor Authority'), 'organization');
    assert.equal(typeOf(entities, 'Tomas Berg'), 'person');
    assert.equal(typeOf(entities, 'Valdoria'), 'place');
    assert.ok(entities.some((e) => e.name === 'Kelbridge United'), summary(entities).join(' | '));
  });

  it('takes no event, treaty or competition for an organisation: "Festival of Lanterns"', () => {
    const entities = entitiesOf('Crowds gathered in Mareno for the Festival of Lanterns, which the Mareno Arts Council organises.');
    assert.ok(!entities.some((e) => /Festival|Lanterns/.test(e.name)), summary(entities).join(' | '));
    assert.equal(typeOf(entities, 'Mareno Arts Council'), 'organization');
  });
});
