// The cheaper paths of the attribution stage give what the plain ones gave: the title read
// backwards without a slice, the mentions sorted as numbers, and the paragraph caches that
// compare a paragraph's surroundings once per run.
import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache } from '../../src/engine';
import { LatestQuoted, titleBefore } from '../../src/engine/attribution';
import { sortedMentions } from '../../src/engine/mentions';
import type { Entity, EntityType, Mention, Quote } from '../../src/engine/model';

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

  it('keeps the latest credited quotation of each paragraph as a map of every paragraph would', () => {
    const random = seeded(5);
    for (let n = 0; n < 300; n++) {
      const latest = new LatestQuoted(100);
      const map = new Map<number, { credit: never; quote: number; end: number }>();
      let paragraph = 0;
      const ordered = random() < 0.7;
      for (let k = 0; k < 40; k++) {
        paragraph = ordered ? paragraph + Math.floor(random() * 3) : Math.floor(random() * 20);
        const credit = { k } as never;
        const end = Math.floor(random() * 1000);
        latest.set(paragraph, credit, k, end);
        map.set(paragraph, { credit, quote: k, end });
        // asked about the current paragraph and the one before it, as run() asks
        for (const asked of [paragraph, paragraph - 1, paragraph + 1, Math.floor(random() * 60)]) {
          const offset = random() < 0.2 ? Infinity : Math.floor(random() * 1000);
          const expected = map.get(asked);
          assert.deepEqual(latest.before(asked, offset), expected && expected.end <= offset ? expected : null);
        }
      }
    }
  });

  it('gives every quote a speaker and a cue of its own, never a remembered credit, across edits that move the quotes', () => {
    const lead = 'Ana Ruiz chairs the port board. Tom Ode runs the harbour.';
    const body = ['“We will reopen the pier by June,” Ruiz said.', 'Ode said the plan was “a fair result.” He added: “We are ready.”', '“Not this year.” Ruiz laughed.', '“It is done,” she said. “It is paid for.”'].join('\n\n');
    const texts = [`${lead}\n\n${body}`, `${lead} Kim Park spoke.\n\n${body}`, `${lead} Two more words.\n\n${body}`, `${lead}\n\n${body}`];
    for (const text of texts) {
      const warm = analyze(text);
      const speakers = new Set<object>();
      const cues = new Set<object>();
      for (const q of warm.quotes as Quote[]) {
        if (q.speaker) {
          assert.ok(!speakers.has(q.speaker), 'a speaker shared between quotes');
          speakers.add(q.speaker);
        }
        if (q.cue) {
          assert.ok(!cues.has(q.cue), 'a cue shared between quotes');
          cues.add(q.cue);
        }
      }
      clearTaggingCache();
      assert.deepEqual(warm, analyze(text));
      // what a caller does to its analysis changes nothing the next run remembers
      for (const q of warm.quotes as Quote[]) {
        if (q.speaker) Object.assign(q.speaker, { start: -1, end: -1, text: 'x', name: 'x', entity: null });
        if (q.cue) Object.assign(q.cue, { start: -1, end: -1, text: 'x' });
      }
    }
    const again = texts.map((text) => analyze(text));
    clearTaggingCache();
    assert.deepEqual(again, texts.map((text) => analyze(text)));
  });
});
