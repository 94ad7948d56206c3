// Stage 4: people, places and organisations, merged into entities with canonical names.
// (Walking-skeleton version: compromise's candidates, grouped by exact text.)

import type { Context } from './context';
import type { Entity } from './model';

export function findEntities(ctx: Context): Entity[] {
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const sentence of ctx.tagged) {
    for (const c of sentence.candidates) {
      const key = `${c.type}:${c.text}`;
      let entity = byKey.get(key);
      if (!entity) {
        entity = { name: c.text, type: c.type, descriptors: [], mentions: [], quotes: [], figures: [], claims: [] };
        byKey.set(key, entity);
        entities.push(entity);
      }
      entity.mentions.push({ start: c.start, end: c.end, text: c.text, entity: entities.indexOf(entity) });
    }
  }
  return entities;
}
