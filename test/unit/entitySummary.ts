// Test helpers for the names tests: the entities of a plain-text article, and a readable summary.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Entity } from '../../src/engine/model';

export function entitiesOf(text: string): Entity[] {
  return analyze(text, { format: 'plaintext' }).entities;
}

/** "name/type: mention, mention" for each entity, in order of first mention. */
export function summary(entities: Entity[]): string[] {
  return entities.map((e) => `${e.name}/${e.type}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

/** The entity of that name, failing with what was found instead. */
export function find(entities: Entity[], name: string): Entity {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `no entity named ${name}; got ${summary(entities).join(' | ')}`);
  return entity;
}
