// Incremental analysis: after an edit only the sentences that changed are tagged again,
// and the result after any sequence of edits equals a fresh analysis of the final text.
// Also the time-sliced analyzeAsync (same result, cancellable) and the never-throw guard.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { article } from '../../bench/articles';
import { analyze, analyzeAsync, clearTaggingCache, setEngineHooks, type Analysis, type StageName } from '../../src/engine';
import { segment } from '../../src/engine/document';
import { tagSentences } from '../../src/engine/incremental';
import { runToEnd } from '../../src/engine/slicing';
import { chunkEnds, MAX_CHUNK, taggerCallCount } from '../../src/engine/tagging';
import { violations } from './invariants';

const RUNS = Number(process.env.NEWSDESK_FUZZ_RUNS) || 15;
const SEED_SETTING = process.env.NEWSDESK_FUZZ_SEED;
const SEED = SEED_SETTING === 'random' ? Date.now() % 2 ** 31 : Number(SEED_SETTING) || 20261130;

const STORY = [
  'Harbour council approves new ferry terminal',
  '',
  'The Harbour Authority will spend $12 million on a new ferry terminal, Mayor Ingrid Sorensen said on Tuesday.',
  '',
  '“We have waited long enough for this,” Sorensen told the council. “Work starts in March.”',
  '',
  'About 4,000 people use the old terminal every day. Prices for tickets rose 8% last year.',
  '',
  'Opponents called the plan “a waste of money” and said they would appeal.',
  '',
].join('\n');

/** Re-tags counted across one analysis. */
function retagged(text: string): number {
  const before = taggerCallCount();
  analyze(text);
  return taggerCallCount() - before;
}

describe('incremental analysis', () => {
  it('re-tags only the sentence a one-character edit touches', () => {
    analyze(STORY);
    const at = STORY.indexOf('every day');
    const edited = STORY.slice(0, at) + 'x' + STORY.slice(at);
    assert.equal(retagged(edited), 1);
  });

  it('re-tags nothing after a paragraph is deleted, and only the new sentences after a paste', () => {
    analyze(STORY);
    const paragraph = 'About 4,000 people use the old terminal every day. Prices for tickets rose 8% last year.\n\n';
    assert.equal(retagged(STORY.replace(paragraph, '')), 0);
    const pasted = STORY + '\nThe ferry company declined to comment. Its chief executive left in May.\n';
    assert.equal(retagged(pasted), 2);
  });

  it('gives the quotes before an edit as the very objects of the last run, and never changes an earlier result', () => {
    clearTaggingCache();
    const before = analyze(STORY);
    const snapshot = JSON.stringify(before.quotes);
    const edited = `${STORY}\n“We will appeal,” said Tom Reyes, a ferry user.\n`;
    const after = analyze(edited);
    assert.ok(before.quotes.length >= 3);
    before.quotes.forEach((quote, i) => assert.equal(after.quotes[i], quote, `quote ${i} is the last run's object`));
    // a later run that changes a quote's speaker makes a new quote for it, and leaves the old one as it was
    const renamed = edited.replace('Sorensen told', 'Reyes told');
    const again = analyze(renamed);
    const changed = again.quotes.findIndex((q, i) => q.speaker?.name !== after.quotes[i].speaker?.name);
    assert.ok(changed >= 0, 'a speaker changed');
    assert.notEqual(again.quotes[changed], after.quotes[changed]);
    assert.equal(JSON.stringify(before.quotes), snapshot);
    const warm = JSON.stringify([after.quotes, again.quotes]);
    clearTaggingCache();
    assert.equal(warm, JSON.stringify([analyze(edited).quotes, analyze(renamed).quotes]));
  });

  it('gives, after any sequence of edits, the same Analysis as a cold analysis of the final text', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 40 }),
      insert: fc.constantFrom('', 'x', ' ', '.', '\n\n', '“', '”', '"', 'said Kim.', ' Officials said 40% of staff left. ', '\n\n“We will rebuild,” she said.\n\n'),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        let text = article(90, seed);
        analyze(text);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          analyze(text);
        }
        const warm = analyze(text, { format: 'markdown' });
        clearTaggingCache();
        const cold = analyze(text, { format: 'markdown' });
        assert.deepEqual(warm, cold);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

/**
 * A Markdown story that exercises what the engine remembers per paragraph: a quotation that
 * runs over two paragraphs, a paragraph that only a later one continues, inline code and a
 * comment inside a paragraph (excluded regions), a heading, a list item and a blockquote.
 */
const FEATURE = [
  '# Ferry terminal vote delayed',
  '',
  'The Harbour Authority will spend $12 million on the terminal, Mayor Ingrid Sorensen said on Tuesday.',
  '',
  '“The old ramp freezes every winter, and the roof leaks onto the ticket hall.',
  '',
  '“We have waited long enough,” Sorensen told the council. About 4,000 people use it every day.',
  '',
  'Opponents called the plan “a waste of money” and pointed to the `ferry-fees` table <!-- check the figure -->, which shows fares rose 8% last year.',
  '',
  '- Tomas Berg, a ferry captain, said 300 crossings were cancelled.',
  '',
  '> “Nobody asked the crews,” Berg said.',
  '',
  '- Ferries run: 42 a day',
  '- Fares: up 8% since 2023',
  '',
  '*Source: Harbour Authority*',
  '',
].join('\n');

/** Edits that move paragraph boundaries, quotation marks, names, excluded regions and credit lines. */
const STRUCTURAL_INSERTS = [
  '\n\n', '“', '”', '\n\n“', '” ', '"', 'x', '.', ' Langrova said the vote was close. ', 'the langrova plan ',
  '`fees` ', '<!-- note --> ', '\n> ', '\n# ', '\n- ', 'Mr. ', ' (HA) ', '\n\n“It will cost 40% more,” said an official.\n\n',
  '\n\nSource: Harbour Authority\n\n', 'Source: ', ' Source: ONS.', '\n[^1]: ',
  // sources that read back past their paragraph: what "the company", "it", "he" and "the study" stand for
  ' The company said sales fell 5%. ', ' It said 40 jobs would go. ', ' He said 12% of staff left. ', ' Shares in Vantor Motors rose. ',
  ' The study said 30% agreed. ', 'A study by the Riverton Institute found little. ', 'the council ',
  // and "the Kirkby council", the body that bears the name before it
  'Kirkby Borough Council met. ', ' The Kirkby council said 9% left. ',
  // links, whose targets the tagger reads as spaces
  ' according to [Zoopla](https://zoopla.co.uk) ', '[', '](https://x.org) ', ' <https://x.org> ',
];

describe('incremental analysis across paragraphs', () => {
  type Edit =
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'join'; at: number }
    | { kind: 'duplicate'; at: number };
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...STRUCTURAL_INSERTS) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant('join' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  );

  function apply(text: string, e: Edit): string {
    const at = Math.floor(e.at * text.length);
    switch (e.kind) {
      case 'insert':
        return text.slice(0, at) + e.text + text.slice(at);
      case 'delete':
        return text.slice(0, at) + text.slice(at + e.length);
      case 'join': {
        // two paragraphs become one
        const gap = text.indexOf('\n\n', at);
        return gap < 0 ? text : `${text.slice(0, gap)} ${text.slice(gap + 2)}`;
      }
      case 'duplicate': {
        // the same paragraph twice: both share what is remembered about its text
        const start = text.lastIndexOf('\n\n', at) + 2;
        const end = text.indexOf('\n\n', start);
        return end < 0 ? text : `${text.slice(0, end)}\n\n${text.slice(start, end)}${text.slice(end)}`;
      }
    }
  }

  it('gives, after any edits to paragraph structure, quotation marks and names, the same Analysis as a cold analysis', () => {
    const formats = ['markdown', 'news', 'plaintext'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        let text = `${FEATURE}\n${article(60, seed)}`;
        analyze(text, { format: 'markdown' });
        edits.forEach((e, i) => {
          text = apply(text, e);
          analyze(text, { format: formats[i % formats.length] });
        });
        const warm = analyze(text, { format: 'markdown' });
        clearTaggingCache();
        const cold = analyze(text, { format: 'markdown' });
        assert.deepEqual(warm, cold);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gives at every step of edits to two documents in turn, some runs cancelled half-way, what a cold analysis gives, and never changes an earlier result', async () => {
    // What the extension does: analyses of several open articles interleave, and a newer
    // edit abandons a sliced run in any stage. Whatever the engine keeps from one run to the
    // next must then still give, after each edit, the cold result of that edit's text, and an
    // Analysis once returned (the editor holds it for hovers) must stay as it was.
    const formats = ['markdown', 'news', 'plaintext'] as const;
    const stageNames: StageName[] = ['segment', 'tagging', 'quotes', 'entities', 'attribution', 'figures', 'claims', 'rules'];
    const step = fc.record({
      doc: fc.integer({ min: 0, max: 1 }),
      edit,
      format: fc.constantFrom(...formats),
      cancelIn: fc.option(fc.constantFrom(...stageNames), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 500 }), fc.array(step, { minLength: 1, maxLength: 8 }), async (seed, steps) => {
        const docs = [`${FEATURE}\n${article(50, seed)}`, article(60, seed + 1)];
        docs.forEach((text) => analyze(text, { format: 'markdown' }));
        const seen: { text: string; format: (typeof formats)[number]; analysis: Analysis; copy: Analysis }[] = [];
        for (const s of steps) {
          const text = (docs[s.doc] = apply(docs[s.doc], s.edit));
          const options = { format: s.format };
          if (s.cancelIn) {
            // a newer edit arrives while this stage runs: the run stops at its next pause
            const controller = new AbortController();
            const previous = setEngineHooks({ onStage: (stage, phase) => stage === s.cancelIn && phase === 'start' && controller.abort() });
            await analyzeAsync(text, options, { signal: controller.signal, yieldEvery: 0 }).catch(() => undefined);
            setEngineHooks(previous);
          }
          const analysis = s.cancelIn ? await analyzeAsync(text, options, { yieldEvery: 0 }) : analyze(text, options);
          seen.push({ text, format: s.format, analysis, copy: structuredClone(analysis) });
        }
        for (const { text, format, analysis, copy } of seen) {
          assert.deepEqual(analysis, copy, 'an Analysis changed after it was returned');
          clearTaggingCache();
          assert.deepEqual(analysis, analyze(text, { format }));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('continues a quotation into the next paragraph only while that paragraph reopens it', () => {
    const opened = FEATURE;
    const first = analyze(opened, { format: 'markdown' });
    const ramp = first.quotes.find((q) => q.text.startsWith('“The old ramp'));
    assert.deepEqual(ramp && { closed: ramp.closed, continued: first.quotes.some((q) => q.continues === first.quotes.indexOf(ramp)) }, { closed: true, continued: true });
    // the next paragraph no longer opens with a mark: the same paragraph text now ends open
    const edited = opened.replace('“We have waited long enough,” Sorensen', 'Sorensen said “we have waited long enough” and');
    const second = analyze(edited, { format: 'markdown' });
    const open = second.quotes.find((q) => q.text.startsWith('“The old ramp'));
    assert.deepEqual(open && { closed: open.closed, continues: open.continues }, { closed: false, continues: null });
    assert.ok(second.findings.some((f) => f.code === 'unclosed-quote' && f.start === open?.start));
    clearTaggingCache();
    assert.deepEqual(second, analyze(edited, { format: 'markdown' }));
  });

  it('reads a paragraph again when only the character before it changes', () => {
    // the same paragraph text after "> " and after ">": a ” after a space opens a quotation
    // (a typo for “), after ">" it closes nothing
    const spaced = analyze('> ”We will not stop,” Berg said.\n', { format: 'markdown' });
    assert.deepEqual(spaced.quotes.map((q) => q.text), ['”We will not stop,”']);
    const tight = analyze('>”We will not stop,” Berg said.\n', { format: 'markdown' });
    assert.deepEqual(tight.quotes, []);
  });

  it('reads a name again when an edit elsewhere changes how the article writes its words', () => {
    // "Langrova" opens its sentence, so only the rest of the article says whether it is a name
    const before = 'Langrova said the vote was close.\n\nThe council met on Tuesday.\n';
    const names = (text: string) => analyze(text).entities.map((e) => e.name);
    assert.deepEqual(names(before), ['Langrova']);
    const after = before.replace('The council', 'The langrova council');
    const warm = analyze(after);
    assert.deepEqual(warm.entities.map((e) => e.name), []);
    clearTaggingCache();
    assert.deepEqual(warm, analyze(after));
  });
  it('reads again whether a name is the subject when the words after it lie in the next paragraph', () => {
    // "Vega, the harbour master," is a subject only if the next paragraph goes on with a verb;
    // "she said" then refers to her, or to the one person named as a subject before her
    const story = (next: string) =>
      `Ana Ruiz said the ferry would sail. The council later met Elena Vega, the harbour master,\n\n${next}\n\n“The ramp is unsafe,” she said.\n`;
    const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
    const verb = story('warned that the ramp had cracked.');
    const noVerb = story('and the crews.');
    analyze(verb);
    const warm = analyze(noVerb);
    clearTaggingCache();
    assert.deepEqual(warm, analyze(noVerb));
    assert.deepEqual(speakers(verb), ['Elena Vega']);
    assert.deepEqual(speakers(noVerb), ['Ana Ruiz']);
  });
});

describe('remembered taggings of a paragraph', () => {
  const termsOf = (text: string) => {
    const { sentences, paragraphs, locals } = segment(text, 'plaintext');
    const tagged = runToEnd(tagSentences(text, sentences, (error) => { throw error; }, undefined, paragraphs, locals));
    return tagged.map((t) => [t.terms.map((term) => [term.start, term.end, term.text]), t.candidates.map((c) => [c.start, c.end, c.text])]);
  };

  it('are read for the paragraph that stands at an index now, not the one that stood there in the last run', () => {
    // the same number of paragraphs each time, so the last run's paragraphs line up with these
    clearTaggingCache();
    const a = 'Mayor Ana Ruiz spoke.\n\n“We will build it,” Ruiz said.\n\nThe plan costs $4 million.\n';
    const b = 'Mayor Ana Ruiz spoke.\n\nOfficials called it “a waste” on Monday.\n\nThe plan costs $4 million.\n';
    const c = 'Mayor Ana Ruiz spoke.\n\n“We will build it,” Ruiz said.\n\nThe plan, “a waste”, costs $4 million.\n';
    const texts = [a, b, a, c, b, c, a];
    const warm = texts.map((text) => ({ terms: termsOf(text), analysis: analyze(text, { format: 'markdown' }) }));
    const quoted: Record<string, string[]> = { [a]: ['“We will build it,”'], [b]: ['“a waste”'], [c]: ['“We will build it,”', '“a waste”'] };
    texts.forEach((text, i) => assert.deepEqual(warm[i].analysis.quotes.map((q) => q.text), quoted[text], `step ${i}`));
    texts.forEach((text, i) => {
      clearTaggingCache();
      assert.deepEqual(warm[i], { terms: termsOf(text), analysis: analyze(text, { format: 'markdown' }) }, `step ${i}`);
    });
  });

  it('are placed where the paragraph stands however often it moves, back and forth or twice to the same place', () => {
    clearTaggingCache();
    const texts = [STORY, `x${STORY}`, `xy${STORY}`, `xy${STORY}`, STORY, `Intro words.\n\n${STORY}`, `xy${STORY}`, `x${STORY}`, `x${STORY}`, STORY];
    const warm = texts.map(termsOf);
    texts.forEach((text, i) => {
      clearTaggingCache();
      assert.deepEqual(warm[i], termsOf(text), `step ${i}`);
    });
  });
});

describe('over-long sentences', () => {
  it('are tagged in chunks that end at whitespace and never exceed the chunk size', () => {
    const words = 'the council met again on a wet morning and voted '.repeat(200);
    const ends = chunkEnds(words);
    assert.ok(ends.length > 1);
    let start = 0;
    for (const end of ends) {
      assert.ok(end - start <= MAX_CHUNK && end > start);
      if (end < words.length) assert.match(words[end - 1], /\s/);
      start = end;
    }
    assert.equal(ends[ends.length - 1], words.length);
  });

  it('never cut a surrogate pair when there is no whitespace', () => {
    const emoji = '😀'.repeat(MAX_CHUNK * 2);
    for (const end of chunkEnds(emoji)) assert.equal(end % 2, 0);
    assert.deepEqual(violations(emoji, analyze(emoji)), []);
  });
});

describe('analyzeAsync', () => {
  it('returns the same Analysis as analyze, cold or warm', async () => {
    clearTaggingCache();
    const sliced = await analyzeAsync(STORY, { format: 'news' }, { yieldEvery: 0 });
    assert.deepEqual(sliced, analyze(STORY, { format: 'news' }));
    assert.deepEqual(await analyzeAsync(STORY, { format: 'news' }), sliced);
  });

  it('rejects with the abort reason when a newer edit cancels it', async () => {
    clearTaggingCache();
    const controller = new AbortController();
    const pending = analyzeAsync(STORY, {}, { signal: controller.signal, yieldEvery: 0 });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('does not start when the signal is already aborted', async () => {
    const before = taggerCallCount();
    clearTaggingCache();
    await assert.rejects(analyzeAsync(STORY, {}, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(taggerCallCount(), before);
  });
});

describe('the never-throw guard', () => {
  /** Makes one stage throw, through the stage hook (which runs inside the stage's guard). */
  function failing(stage: StageName, rethrow: boolean, errors: StageName[]) {
    return setEngineHooks({
      rethrow,
      onError: (s) => errors.push(s),
      onStage: (s, phase) => {
        if (s === stage && phase === 'start') throw new Error(`${stage} broke`);
      },
    });
  }

  it('keeps the stages before a failing one and leaves the rest empty', () => {
    const full = analyze(STORY);
    const errors: StageName[] = [];
    const previous = failing('figures', false, errors);
    try {
      const partial = analyze(STORY);
      assert.deepEqual(errors, ['figures']);
      assert.deepEqual(partial.quotes, full.quotes);
      assert.deepEqual(partial.entities.map((e) => e.name), full.entities.map((e) => e.name));
      assert.deepEqual([partial.figures, partial.claims, partial.findings], [[], [], []]);
      assert.ok(partial.entities.every((e) => e.figures.length === 0 && e.claims.length === 0));
      assert.deepEqual(violations(STORY, partial), []);
    } finally {
      setEngineHooks(previous);
    }
  });

  it('keeps every credit of the entities when the rules stage fails', () => {
    const full = analyze(STORY);
    const errors: StageName[] = [];
    const previous = failing('rules', false, errors);
    try {
      const partial = analyze(STORY);
      assert.deepEqual(errors, ['rules']);
      assert.deepEqual(partial.findings, []);
      assert.deepEqual([partial.entities, partial.quotes, partial.figures, partial.claims], [full.entities, full.quotes, full.figures, full.claims]);
      assert.ok(full.entities.some((e) => e.quotes.length > 0));
    } finally {
      setEngineHooks(previous);
    }
  });

  it('keeps the credits of the stages before a failing claims stage', () => {
    const full = analyze(STORY);
    const errors: StageName[] = [];
    const previous = failing('claims', false, errors);
    try {
      const partial = analyze(STORY);
      assert.deepEqual(errors, ['claims']);
      assert.deepEqual(partial.entities.map((e) => [e.quotes, e.figures]), full.entities.map((e) => [e.quotes, e.figures]));
      assert.ok(partial.entities.every((e) => e.claims.length === 0));
    } finally {
      setEngineHooks(previous);
    }
  });

  it('undoes a half-done attribution', () => {
    const errors: StageName[] = [];
    const previous = failing('attribution', false, errors);
    try {
      const partial = analyze(STORY);
      assert.deepEqual(errors, ['attribution']);
      assert.ok(partial.quotes.length > 0);
      assert.ok(partial.quotes.every((q) => q.speaker === null && q.cue === null));
      assert.ok(partial.entities.every((e) => e.quotes.length === 0));
    } finally {
      setEngineHooks(previous);
    }
  });

  it('returns an empty, well-formed Analysis when segmentation fails', () => {
    const previous = failing('segment', false, []);
    try {
      const partial = analyze(STORY);
      assert.equal(partial.length, STORY.length);
      assert.deepEqual([partial.paragraphs, partial.sentences, partial.quotes, partial.findings], [[], [], [], []]);
    } finally {
      setEngineHooks(previous);
    }
  });

  it('rethrows in test mode so that internal errors get fixed, not hidden', () => {
    const previous = failing('quotes', true, []);
    try {
      assert.throws(() => analyze(STORY), /quotes broke/);
    } finally {
      setEngineHooks(previous);
    }
  });
});
