// Every mention of an analysis in document order, worked out once per run and shared by the
// stages that look mentions up by position (attribution, and the sources of figures and
// claims), so that the ~8,000 mentions of a long article are sorted once per edit, not once
// per stage.

import type { Context } from './context';
import type { Entity, Mention } from './model';

/** How many mentions a sort key numbers (see sortedMentions). */
const KEY_ORDER = 2 ** 21;

/**
 * Every mention of the entities, sorted by start (mentions at one start in entity order),
 * each with its entity's index: the mentions themselves when they carry it (as the entity
 * stage leaves them), so that no copy of every mention is made on every run. Sorted as
 * numbers (start and order in one key), without a comparison function called per pair.
 */
export function sortedMentions(entities: readonly Entity[]): Mention[] {
  let n = 0;
  for (const entity of entities) n += entity.mentions.length;
  const all: Mention[] = new Array<Mention>(n);
  let k = 0;
  for (let index = 0; index < entities.length; index++) {
    for (const m of entities[index].mentions) all[k++] = m.entity === index ? m : { start: m.start, end: m.end, text: m.text, entity: index };
  }
  let ordered = true;
  let fits = n < KEY_ORDER;
  for (let i = 0; i < n; i++) {
    const start = all[i].start;
    if (i > 0 && all[i - 1].start > start) ordered = false;
    if (!(start >= 0 && start < 2 ** 31)) fits = false;
  }
  if (ordered) return all;
  if (!fits) return all.sort((a, b) => a.start - b.start);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = all[i].start * KEY_ORDER + i;
  keys.sort();
  const sorted: Mention[] = new Array<Mention>(n);
  for (let i = 0; i < n; i++) sorted[i] = all[keys[i] % KEY_ORDER];
  return sorted;
}

/**
 * The starts and ends of a list of mentions sorted by start, side by side: a binary search
 * over them reads two small arrays, not a mention object per step.
 */
export interface StartsAndEnds {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export function startsAndEnds(list: readonly { start: number; end: number }[]): StartsAndEnds {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    starts[i] = list[i].start;
    ends[i] = list[i].end;
  }
  return { starts, ends };
}

/** The sorted mentions, with their starts and ends side by side for binary searches. */
export interface MentionsByStart extends StartsAndEnds {
  readonly list: readonly Mention[];
}

/** Per run: the mentions do not change after the entity stage. */
const byRun = new WeakMap<Context, MentionsByStart>();

/**
 * Lists of every mention of some entities in the order sortedMentions gives, made by the
 * entity stage as it places the mentions (it places them in document order).
 */
const inOrder = new WeakMap<readonly Entity[], readonly Mention[]>();

/**
 * Says that `list` holds every mention of `entities` in the order sortedMentions gives (by
 * start, mentions at one start in entity order, each with its entity's index): the caller
 * has checked the order, and neither the mentions nor the lists change afterwards.
 */
export function recordMentionOrder(entities: readonly Entity[], list: readonly Mention[]): void {
  inOrder.set(entities, list);
}

/** sortedMentions(entities), from the entity stage's list when it made one for them. */
function mentionsInOrder(entities: readonly Entity[]): readonly Mention[] {
  const known = inOrder.get(entities);
  if (known) {
    let n = 0;
    for (let index = 0; index < entities.length; index++) n += entities[index].mentions.length;
    if (n === known.length) return known;
  }
  return sortedMentions(entities);
}

/** The mentions of the run's entities sorted by start (see sortedMentions), once per run. */
export function mentionsByStart(ctx: Context): MentionsByStart {
  let sorted = byRun.get(ctx);
  if (!sorted) {
    const list = mentionsInOrder(ctx.analysis.entities);
    sorted = { list, ...startsAndEnds(list) };
    byRun.set(ctx, sorted);
  }
  return sorted;
}
