// Small versions of the pathological documents of bench/pathological.ts (a single huge
// line, thousands of unmatched quotation marks, binary bytes, mixed line endings, a BOM,
// emoji and RTL text, huge Markdown tables and code): each must give a well-formed
// Analysis, and the time-sliced analysis must agree with the plain one. No timing here:
// the benchmark measures time.

import * as assert from 'node:assert/strict';
import { pathologicalDocuments } from '../../bench/pathological';
import { analyze, analyzeAsync, clearTaggingCache } from '../../src/engine';
import { findClaimSteps } from '../../src/engine/claims';
import type { Context } from '../../src/engine/context';
import { segment, segmentSteps } from '../../src/engine/document';
import { findFigureSteps } from '../../src/engine/figures';
import { findQuoteSteps } from '../../src/engine/quotes';
import { attributeSteps } from '../../src/engine/attribution';
import { entitySteps } from '../../src/engine/entities';
import { caseStatsSteps } from '../../src/engine/entities/caseCounts';
import type { SentenceMemo } from '../../src/engine/entities/memo';
import { candidateIndexSteps, Pace } from '../../src/engine/entities/names';
import { tagSentences } from '../../src/engine/incremental';
import { runToEnd } from '../../src/engine/slicing';
import { tagSentence, type Candidate } from '../../src/engine/tagging';
import { violations } from './invariants';

describe('pathological documents', function () {
  this.timeout(120_000);

  for (const doc of pathologicalDocuments(0.004)) {
    it(`${doc.name}: a well-formed Analysis, the same when sliced`, async () => {
      const analysis = analyze(doc.text, { format: doc.format });
      assert.equal(analysis.length, doc.text.length);
      assert.deepEqual(violations(doc.text, analysis), []);
      assert.deepEqual(await analyzeAsync(doc.text, { format: doc.format }, { yieldEvery: 5 }), analysis);
    });
  }

  it('counts an unclosed quotation mark at the end of a long line as unclosed', () => {
    const text = 'The mayor said “we will rebuild the bridge and the school and the road. '.repeat(40);
    const analysis = analyze(text);
    assert.ok(analysis.quotes.length > 0);
    assert.ok(analysis.findings.some((f) => f.code === 'unclosed-quote'));
  });
});

describe('a runaway sentence in the figures and claims stages', function () {
  this.timeout(120_000);

  /** A context as the stages before figures leave it (no quotes, no entities: neither matters here). */
  function contextOf(text: string): Context {
    const { paragraphs, sentences, excluded, locals } = segment(text, 'plaintext');
    const tagged = runToEnd(tagSentences(text, sentences, (error) => {
      throw error;
    }));
    const analysis = { length: text.length, paragraphs, sentences, excluded, entities: [], quotes: [], figures: [], claims: [], findings: [] };
    return { text, options: { format: 'plaintext', severities: {} }, analysis, tagged, locals };
  }

  /** Runs a stage step by step; its result and how many times it paused. */

  // one "sentence" of about 90,000 characters: no full stop anywhere
  const clause = (i: number) => `the port of Salvik moved ${1_000 + i} tons of grain, ${(i % 40) + 2}% more than the year before, Corvane Shipping said, and it was the busiest season ever`;
  const text = Array.from({ length: 600 }, (_, i) => clause(i)).join(' and ');

  it('pauses many times inside it, and finds what the unsliced run finds', () => {
    clearTaggingCache();
    const ctx = contextOf(text);
    assert.equal(ctx.analysis.sentences.length, 1);
    const figures = countPauses(findFigureSteps(ctx));
    ctx.analysis.figures = figures.value;
    const claims = countPauses(findClaimSteps(ctx));
    // cold: the scan, the credits and the figures of the one sentence each come in many pieces
    assert.ok(figures.pauses >= 20, `figures paused ${figures.pauses} times`);
    assert.ok(claims.pauses >= 2, `claims paused ${claims.pauses} times`);
    assert.equal(figures.value.length, 1_200);
    assert.deepEqual(claims.value.map((c) => c.kinds), [['figure', 'superlative', 'comparison']]);

    clearTaggingCache();
    const again = contextOf(text);
    again.analysis.figures = runToEnd(findFigureSteps(again));
    assert.deepEqual(again.analysis.figures, figures.value);
    assert.deepEqual(runToEnd(findClaimSteps(again)), claims.value);
  });
});

describe('a runaway sentence in the tagging stage', function () {
  this.timeout(120_000);

  const fail = (error: unknown) => {
    throw error;
  };

  // one "sentence" of about 180,000 characters (180 pieces of at most 1,000): no full stop anywhere
  const clause = (i: number) => `the depot at Marrow Bay loaded ${2_000 + i} crates of citrus, ${(i % 30) + 3}% fewer than in spring, Halden Freight said, and the cranes ran all night`;
  const body = Array.from({ length: 1_200 }, (_, i) => clause(i)).join(' and ');

  it('is cut and its terms are made with pauses inside it when every piece is already tagged', () => {
    clearTaggingCache();
    const cold = runToEnd(tagSentences(body, [{ start: 0, end: body.length, paragraph: 0 }], fail));
    const coldTerms = cold[0].terms;
    // warm: nothing is tagged, so any pause comes from cutting the sentence or making its terms
    const warm = countPauses(tagSentences(body, [{ start: 0, end: body.length, paragraph: 0 }], fail));
    assert.ok(warm.pauses >= 6, `tagging paused ${warm.pauses} times`);
    assert.deepEqual(warm.value[0].terms, coldTerms);
    assert.deepEqual(warm.value[0].candidates, cold[0].candidates);
  });

  it('makes the terms of a moved runaway paragraph again in steps, in the right place', () => {
    clearTaggingCache();
    const before = 'A short note.\n\n' + body;
    const after = 'A note that is somewhat longer.\n\n' + body;
    const first = segment(before, 'plaintext');
    runToEnd(tagSentences(before, first.sentences, fail, undefined, first.paragraphs, first.locals));
    const second = segment(after, 'plaintext');
    assert.equal(second.locals[1], first.locals[1]);
    const moved = countPauses(tagSentences(after, second.sentences, fail, undefined, second.paragraphs, second.locals));
    assert.ok(moved.pauses >= 6, `tagging paused ${moved.pauses} times`);
    // as the terms are made when read (the pieces are cached: nothing is tagged again)
    const lazy = tagSentence(body, second.sentences[1].start);
    assert.deepEqual(moved.value[1].terms, lazy.terms);
    assert.deepEqual(moved.value[1].candidates, lazy.candidates);
  });
});

/** A context as the tagging stage leaves it (later stages fill in what they need). */
function taggedContext(text: string): Context {
  const { paragraphs, sentences, excluded, locals } = segment(text, 'plaintext');
  const tagged = runToEnd(tagSentences(text, sentences, (error) => {
    throw error;
  }, undefined, paragraphs, locals));
  const analysis = { length: text.length, paragraphs, sentences, excluded, entities: [], quotes: [], figures: [], claims: [], findings: [] };
  return { text, options: { format: 'plaintext', severities: {} }, analysis, tagged, locals };
}

/** Runs a stage step by step; its result and how many times it paused. */
function countPauses<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('a runaway sentence in the quotes stage', function () {
  this.timeout(120_000);

  // one sentence of about 190,000 characters, with 12,000 apostrophes and a single quote
  const clause = (i: number) => `the crew's ${i} bales sat by the mill's gate and the foreman's dog's bowl near the cook's stove`;
  const clauses = Array.from({ length: 2_000 }, (_, i) => clause(i));
  clauses[1_000] = 'the mill hired new “experts” for the season';
  const text = clauses.join(' and ');

  it('reads its marks and its cues with pauses inside it, and classifies its quote as before', () => {
    clearTaggingCache();
    const ctx = taggedContext(text);
    assert.equal(ctx.analysis.sentences.length, 1);
    const found = countPauses(findQuoteSteps(ctx));
    // no paragraph boundaries and one quote: every pause is inside the scan or the cues
    assert.ok(found.pauses >= 3, `quotes paused ${found.pauses} times`);
    assert.deepEqual(found.value.map((q) => [q.text, q.kind]), [['“experts”', 'scare']]);
  });
});

describe('a runaway sentence in the attribution stage', function () {
  this.timeout(120_000);

  // one sentence of about 100,000 characters naming 3,000 people, with a single quote
  const clause = (i: number) => `Mayor Ana Ruiz met Tomas Berg at pier ${i}`;
  const clauses = Array.from({ length: 1_500 }, (_, i) => clause(i));
  clauses[700] = '“we will fix the roads,” Ruiz said';
  const text = clauses.join(' and ');

  it('reads its words, first names and people with pauses inside it, and credits its quote as before', () => {
    clearTaggingCache();
    const ctx = taggedContext(text);
    assert.equal(ctx.analysis.sentences.length, 1);
    ctx.analysis.quotes = runToEnd(findQuoteSteps(ctx));
    ctx.analysis.entities = runToEnd(entitySteps(ctx));
    assert.equal(ctx.analysis.quotes.length, 1);
    const attributed = countPauses(attributeSteps(ctx));
    // one quote and one sentence: besides the pause after the set-up, every pause is inside the sentence
    assert.ok(attributed.pauses >= 6, `attribution paused ${attributed.pauses} times`);
    const quote = ctx.analysis.quotes[0];
    assert.equal(quote.speaker?.text, 'Ruiz');
    assert.deepEqual(quote, analyze(text, { format: 'plaintext' }).quotes[0]);
  });
});

describe('a runaway sentence in the entity stage', function () {
  this.timeout(120_000);

  // one sentence of about 70,000 characters naming 3,000 people
  const body = Array.from({ length: 1_500 }, (_, i) => `Mayor Ana Ruiz met Tomas Berg at pier ${i}`).join(' and ');

  it('scores and links its names with pauses inside it, and finds the same entities after it moves', () => {
    clearTaggingCache();
    const cold = countPauses(entitySteps(taggedContext('A short note.\n\n' + body)));
    // the paragraph moved: its remembered names are read where they now stand
    const after = 'A note that is a good deal longer.\n\n' + body;
    const moved = countPauses(entitySteps(taggedContext(after)));
    assert.deepEqual(moved.value.map((e) => [e.name, e.type, e.mentions.length]), [['Ana Ruiz', 'person', 1_500], ['Tomas Berg', 'person', 1_500]]);
    assert.equal(moved.value[0].mentions[0].start, after.indexOf('Ana Ruiz'));
    clearTaggingCache();
    assert.deepEqual(moved.value, runToEnd(entitySteps(taggedContext(after))));
    // scoring 3,000 names, walking their keys and building the entities pauses inside the
    // sentence, warm as cold (19 pauses warm; building the entities in one piece would take
    // about a dozen of them away)
    assert.ok(cold.pauses >= 16, `cold ${cold.pauses}`);
    // moved, and nothing else named: the last run's entities stand and only the 3,000
    // mentions are placed again, still with a pause among them
    assert.ok(moved.pauses >= 1, `moved ${moved.pauses}`);
    // a name comes before it: the names are scored, walked and built again, with pauses
    const renamed = 'A note on Lena Okafor of Riverton.\n\n' + body;
    const again = countPauses(entitySteps(taggedContext(renamed)));
    assert.deepEqual(again.value.map((e) => [e.name, e.mentions.length]), [['Lena Okafor', 1], ['Riverton', 1], ['Ana Ruiz', 1_500], ['Tomas Berg', 1_500]]);
    assert.ok(again.pauses >= 16, `renamed ${again.pauses}`);
  });
});

describe('a runaway sentence in the entity stage: its words and its candidates', function () {
  this.timeout(120_000);

  // a sentence's share of the case statistics: 70,000 words, most of them different
  const runaway: SentenceMemo = {
    headline: false,
    capitalised: Array.from({ length: 30_000 }, (_, i) => `name${i % 27_000}`),
    lower: Array.from({ length: 40_000 }, (_, i) => `word${i}`),
  };

  it('counts the words of the case statistics with pauses inside it, cold and after it moves', () => {
    clearTaggingCache();
    const cold = countPauses(caseStatsSteps([[runaway]], new Pace(2_000)));
    assert.equal(cold.value.stats.lower.size, 40_000);
    assert.equal(cold.value.stats.capitalised.size, 27_000);
    // 70,000 words counted and 67,000 copied into the run's sets (too many to copy in one
    // go): about 68 pauses of 2,000
    assert.ok(cold.pauses >= 60, `cold ${cold.pauses}`);
    // a paragraph before it came: only its words are counted, but the sets are still copied with pauses
    const other: SentenceMemo = { headline: false, capitalised: ['Ruiz'], lower: ['met'] };
    const warm = countPauses(caseStatsSteps([[other], [runaway]], new Pace(2_000)));
    assert.deepEqual(warm.value.flipped, ['Ruiz', 'met']);
    assert.ok(warm.pauses >= 30, `warm ${warm.pauses}`);
  });

  it('sorts its candidates by start with pauses inside it, as a stable sort would', () => {
    // 30,000 candidates out of order, many with the same start
    const candidates: Candidate[] = Array.from({ length: 30_000 }, (_, i) => {
      const start = ((i * 7_919) % 10_007) * 3;
      return { type: i % 3 ? 'person' : 'place', start, end: start + 2 + (i % 5), text: `c${i}` };
    });
    const { value, pauses } = countPauses(candidateIndexSteps(candidates, new Pace(2_000)));
    assert.deepEqual(value.sorted, [...candidates].sort((a, b) => a.start - b.start));
    assert.equal(value.longest, 6);
    // a walk of 30,000 and 15 merge passes over them: about 240 pauses of 2,000
    assert.ok(pauses >= 200, `${pauses} pauses`);
    // in order already: one walk, and the array itself
    const ordered = countPauses(candidateIndexSteps(value.sorted, new Pace(2_000)));
    assert.equal(ordered.value.sorted, value.sorted);
    assert.ok(ordered.pauses >= 14, `${ordered.pauses} pauses`);
  });
});

describe('a paragraph of many thousands of sentences (a long line with no break)', function () {
  this.timeout(120_000);


  // about 20,000 sentences, 1.3 MB, one paragraph
  const sentence = (i: number) => `Wharf ${i} took ${100 + (i % 900)} crates.`;
  const line = Array.from({ length: 20_000 }, (_, i) => sentence(i)).join(' ');

  it('is split into sentences with pauses inside it, as the unsliced split does', () => {
    clearTaggingCache();
    const stepped = countPauses(segmentSteps(line, 'plaintext'));
    assert.equal(stepped.value.paragraphs.length, 1);
    assert.equal(stepped.value.sentences.length, 20_000);
    // splitting and placing 20,000 sentences, each in pieces of a few thousand
    assert.ok(stepped.pauses >= 8, `segmentation paused ${stepped.pauses} times`);
    clearTaggingCache();
    const plain = segment(line, 'plaintext');
    assert.deepEqual(stepped.value.sentences, plain.sentences);
    assert.deepEqual(stepped.value.paragraphs, plain.paragraphs);
    assert.deepEqual(stepped.value.locals, plain.locals);
  });

  it('has its sentences looked up for tagging with pauses inside it', () => {
    clearTaggingCache();
    const { sentences, paragraphs, locals } = segment(line, 'plaintext');
    // every sentence tagged already: what is left is looking them up, which must pause too
    runToEnd(tagSentences(line, sentences, (error) => { throw error; }, undefined, paragraphs, []));
    const lookups = countPauses(tagSentences(line, sentences, (error) => { throw error; }, undefined, paragraphs, locals));
    // reading them in (a pause every 256) and placing them (as many again): twice 78
    assert.ok(lookups.pauses >= 150, `the look-ups paused ${lookups.pauses} times`);
    assert.equal(lookups.value.length, 20_000);
  });
});
