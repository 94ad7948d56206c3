// Property tests over hostile input: random Unicode, quotation-mark soup, mangled
// articles. Whatever the text, analyze() never throws, every offset is inside the text and
// on a character boundary, every range is non-empty, a quote's speaker is one of its
// entity's mentions, findings are sorted, and the same text gives the same Analysis
// whatever the tagging cache holds.
//
// The default run is small and seeded, so it is fast and repeatable. For a long random run:
//   NEWSDESK_FUZZ_RUNS=10000 NEWSDESK_FUZZ_SEED=random npx mocha out/test/unit/fuzz.test.js
// A failure prints the seed and the shrunk input; NEWSDESK_FUZZ_SEED=<that seed> replays it.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { article } from '../../bench/articles';
import { analyze, analyzeAsync, clearTaggingCache, setEngineHooks, type EngineHooks } from '../../src/engine';
import { violations } from './invariants';

const RUNS = Number(process.env.NEWSDESK_FUZZ_RUNS) || 60;
const SEED_SETTING = process.env.NEWSDESK_FUZZ_SEED;
const SEED = SEED_SETTING === 'random' ? Date.now() % 2 ** 31 : Number(SEED_SETTING) || 20261130;
const params = { numRuns: RUNS, seed: SEED };

// The engine swallows internal errors so the editor never sees one; in the test run every
// swallowed error is rethrown instead, so that a crash in any stage fails its test. This is
// a root-level hook: it applies to every unit test file in the run.
let previousHooks: EngineHooks = {};
before(() => {
  previousHooks = setEngineHooks({ rethrow: true });
});
after(() => {
  setEngineHooks(previousHooks);
});

let tried = 0;

/** Analyses the text warm, again warm, and (every `coldEvery`th input) cold, and checks every invariant. */
function check(text: string, coldEvery = 4): void {
  tried++;
  const first = analyze(text);
  const broken = violations(text, first);
  assert.deepEqual(broken, [], `invariants broken for ${JSON.stringify(text.slice(0, 300))}`);
  assert.deepEqual(analyze(text), first, 'a second analysis of the same text differs');
  if (tried % coldEvery === 0) {
    clearTaggingCache();
    assert.deepEqual(analyze(text), first, 'a cold analysis differs from a warm one');
  }
}

const QUOTE_SOUP = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '`', '´', ' ', ' ', '\n', '\n\n', '.', ',', ':', 'Kim', ' said', 'the', 'mayor', 'rock ', 'n', "'90s", 'Kim’s', '5%'];

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 0, max: 120 }),
  to: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.constantFrom('“', '”', '"', '\n\n', '. ', '’', 'said Kim', ' according to officials', '$4 million', '\r\n', '\u200b', '😀', 'e\u0301'),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  const end = Math.min(text.length, at + m.length);
  const span = text.slice(at, end);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + span + text.slice(end);
    case 'insert':
      return text.slice(0, at) + m.insert + text.slice(at);
    default: {
      // move the span elsewhere
      const rest = text.slice(0, at) + text.slice(end);
      const to = Math.floor(m.to * rest.length);
      return rest.slice(0, to) + span + rest.slice(to);
    }
  }
}

describe('fuzz: hostile input never breaks an Analysis', function () {
  this.timeout(120_000);

  after(() => {
    console.log(`      fuzz: ${tried} inputs tried (seed ${SEED}, ${RUNS} runs per property)`);
  });

  it('random Unicode strings, lone surrogates included', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
      { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '.', '“', '”', '"', 'Kim said', ' 5%') },
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => check(text)),
      params,
    );
  });

  it('quotation marks and apostrophes soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUOTE_SOUP), { maxLength: 120 }), (parts) => check(parts.join(''))),
      params,
    );
  });

  it('articles with spans deleted, duplicated, moved and inserted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 40, max: 250 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, words, mutations) =>
        check(mutations.reduce(mutate, article(words, seed)), 6),
      ),
      params,
    );
  });

  it('analyzeAsync gives the same Analysis as analyze', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.array(mutation, { maxLength: 3 }), async (seed, mutations) => {
        tried++;
        const text = mutations.reduce(mutate, article(60, seed));
        const sliced = await analyzeAsync(text, { format: 'markdown' }, { yieldEvery: 0 });
        assert.deepEqual(sliced, analyze(text, { format: 'markdown' }));
      }),
      { ...params, numRuns: Math.max(1, Math.floor(RUNS / 4)) },
    );
  });
});
