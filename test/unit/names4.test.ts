// Names in wire, council, company and sports copy: datelines, names after prepositions,
// organisations whose names hold function words or lists of places, and clubs named after
// towns. Each test is a few sentences of invented news copy.

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

function find(entities: Entity[], name: string): Entity {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `no entity named ${name}; got ${summary(entities).join(' | ')}`);
  return entity;
}

describe('names4: datelines', () => {
  it('reads the country after a dateline’s city as a place of its own, which describes the city', () => {
    const entities = entitiesOf('TARVOSK, Veldonia (Reuters) — The central bank raised its main rate on Tuesday.');
    assert.deepEqual(summary(entities), ['Tarvosk/place: TARVOSK', 'Veldonia/place: Veldonia', 'Reuters/organization: Reuters']);
    assert.deepEqual(find(entities, 'Tarvosk').descriptors, ['Veldonia']);
  });

  it('reads a dateline with a date, or with an agency and no region, as the place and its agency', () => {
    assert.deepEqual(summary(entitiesOf('MERIDAN, Dec 1 (Reuters) - Inflation slowed in November.')), [
      'Meridan/place: MERIDAN',
      'Reuters/organization: Reuters',
    ]);
    assert.deepEqual(summary(entitiesOf('TARVOSK, Veldonia, March 3 (AP) — Drones struck the port overnight.')), [
      'Tarvosk/place: TARVOSK',
      'Veldonia/place: Veldonia',
      'AP/organization: AP',
    ]);
    assert.deepEqual(summary(entitiesOf('NEW MERIDAN (AP) — The council met on Tuesday.')), ['New Meridan/place: NEW MERIDAN', 'AP/organization: AP']);
    assert.deepEqual(summary(entitiesOf('ST. BRENDAL — Talks resumed on Monday.')), ['St. Brendal/place: ST. BRENDAL']);
  });

  it('takes no label before a dash for a dateline’s place, nor a hyphen for a dateline’s dash', () => {
    assert.deepEqual(summary(entitiesOf('NOTE - Velmar Corp is the full company name.')), ['Velmar Corp/organization: Velmar Corp']);
    assert.ok(!entitiesOf('AL-RAMIS , Velmar 1996-08-30').some((e) => e.name === 'Al-Ramis'));
  });
});
