// The cheaper paths of the attribution stage give what the plain ones gave: the title read
// backwards without a slice, the mentions sorted as numbers, and the paragraph caches that
// compare a paragraph's surroundings once per run.
import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache } from '../../src/engine';
import { sortedMentions, titleBefore } from '../../src/engine/attribution';
import type { Entity, EntityType, Mention } from '../../src/engine/model';

/** The regular expression titleBefore stands for, on the slice it reads. */
const TITLE_BEFORE = /(?:\b(Mr|Sir|Lord|King|Prince)|\b(Mrs|Ms|Miss|Lady|Queen|Princess|Dame))\.?\s*$/;
function titleByRegex(text: string, at: number): number {
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
  return title?.[1] ? 1 : title?.[2] ? -1 : 0;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('attribution: cheaper paths', () => {
  it('reads the title before a name as the regular expression on the slice does', () => {
    const pieces = ['Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Lord', 'King', 'Prince', 'Princess', 'Lady', 'Queen', 'Dame', 'M', 'r', 's', 'x', '_', '1', '.', '..', ' ', '  ', '\n', '\u00a0', '\u2003', '\t', '-', 'é', 'Kim', 'Adams', 'Hr'];
    const random = seeded(7);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const count = 1 + Math.floor(random() * 5);
      for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)];
      for (let at = 0; at <= text.length; at++) {
        assert.equal(titleBefore(text, at), titleByRegex(text, at), JSON.stringify({ text, at }));
      }
    }
    assert.equal(titleBefore('said Mr. Kim', 9), 1);
    assert.equal(titleBefore('said Mrs Kim', 9), -1);
    assert.equal(titleBefore('said Princess Kim', 14), 0);
    assert.equal(titleBefore('Queen Ann', 6), -1);
    assert.equal(titleBefore('XQueen Ann', 7), -1);
    assert.equal(titleBefore('a XMs Ann', 6), 0);
  });

  function entity(type: EntityType, mentions: Mention[]): Entity {
    return { name: mentions[0].text, type, descriptors: [], mentions, quotes: [], figures: [], claims: [] };
  }

  it('sorts the mentions by start, those at one start in entity order, each with its entity index', () => {
    const random = seeded(11);
    for (let n = 0; n < 200; n++) {
      const entities: Entity[] = [];
      const count = 1 + Math.floor(random() * 12);
      for (let e = 0; e < count; e++) {
        const mentions: Mention[] = [];
        let at = Math.floor(random() * 50);
        for (let k = 0; k < 1 + Math.floor(random() * 6); k++) {
          // (some mentions carry a stale entity number: then a copy carries the right one)
          mentions.push({ start: at, end: at + 3, text: `e${e}m${k}`, entity: random() < 0.2 ? e + 1 : e });
          at += Math.floor(random() * 40);
        }
        entities.push(entity(random() < 0.5 ? 'person' : 'organization', mentions));
      }
      const expected = entities.flatMap((en, index) => en.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: index })));
      expected.sort((a, b) => a.start - b.start);
      const sorted = sortedMentions(entities);
      assert.deepEqual(sorted.map((m) => ({ ...m })), expected);
      // a mention that carries its index is taken as it is, not copied
      for (const m of sorted) {
        const own = entities[m.entity].mentions.find((x) => x.text === m.text);
        assert.equal(own === m, own?.entity === m.entity);
      }
    }
  });

  it('a quote whose credit read past its paragraph is worked out again when the characters after the paragraph change', () => {
    const lead = 'Tom Ode runs the harbour. Ana Ruiz chairs the port board.';
    const quote = '“We will reopen the pier by June.”';
    const tails = ['\n\n― Ana Ruiz, at the meeting.', '\n\nThe board met.', '\n\n— Tom Ode', '\n\nShe laughed.', ''];
    for (const first of tails) {
      for (const second of tails) {
        const before = `${lead}\n\n${quote}${first}`;
        const after = `${lead}\n\n${quote}${second}`;
        analyze(before);
        const warm = analyze(after);
        clearTaggingCache();
        const cold = analyze(after);
        assert.deepEqual(warm, cold, JSON.stringify({ first, second }));
      }
    }
  });
});
