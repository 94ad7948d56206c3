// The findings rules, one describe per rule: a few sentences of article text with the
// quotes and figures an earlier stage would have found, and the findings expected out.

import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { resolveOptions, type Context } from '../../src/engine/context';
import type { Analysis, AnalyzeOptions, Entity, Figure, Finding, Quote, Source, Speaker } from '../../src/engine/model';
import { RULE_TABLE, RULES, isRuleCode, ruleInfo, runRules, runRuleSteps } from '../../src/engine/rules';
import fc from 'fast-check';
import { closingMark, cutExcerpt, excerpt } from '../../src/engine/rules/rule';
import { lastIndexIgnoringCase } from '../../src/engine/rules/anonymous-source';
import { parseFalsePositives, visibleFindings } from '../../src/engine/rules/suppressions';

/** The span of the n-th occurrence (0-based) of `fragment` in `text`. */
function at(text: string, fragment: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(fragment, start + 1);
    if (start < 0) throw new Error(`fixture has no ${fragment}`);
  }
  return { start, end: start + fragment.length };
}

function quote(text: string, fragment: string, fields: Partial<Quote> = {}, nth = 0): Quote {
  return {
    ...at(text, fragment, nth),
    text: fragment,
    kind: 'quotation',
    status: 'unattributed',
    speaker: null,
    cue: null,
    closed: true,
    continues: null,
    ...fields,
  };
}

function figure(text: string, fragment: string, fields: Partial<Figure> = {}): Figure {
  return { ...at(text, fragment), text: fragment, kind: 'percent', sourced: false, source: null, sentence: 0, ...fields };
}

function speaker(text: string, fragment: string, entity: number | null, name = fragment): Speaker {
  return { ...at(text, fragment), text: fragment, name, entity };
}

function source(text: string, fragment: string, anonymous: boolean): Source {
  return { ...at(text, fragment), text: fragment, entity: null, anonymous };
}

function context(text: string, parts: Partial<Analysis>, options?: AnalyzeOptions): Context {
  const analysis: Analysis = {
    length: text.length,
    paragraphs: [],
    sentences: [],
    excluded: [],
    entities: [],
    quotes: [],
    figures: [],
    claims: [],
    findings: [],
    ...parts,
  };
  return { text, options: resolveOptions(options), analysis, tagged: [] };
}

function run(text: string, parts: Partial<Analysis>, options?: AnalyzeOptions): Finding[] {
  return runRules(context(text, parts, options));
}

const covered = (text: string, f: { start: number; end: number }): string => text.slice(f.start, f.end);

describe('rules', () => {
  describe('unattributed-quote', () => {
    const text = 'The council met on Tuesday.\n\n“We will rebuild the bridge by spring.”\n';

    it('flags a quotation nobody is credited with, over the whole quotation', () => {
      const findings = run(text, { quotes: [quote(text, '“We will rebuild the bridge by spring.”')] });
      assert.equal(findings.length, 1);
      const [f] = findings;
      assert.equal(f.code, 'unattributed-quote');
      assert.equal(f.severity, 'warning');
      assert.equal(covered(text, f), '“We will rebuild the bridge by spring.”');
      assert.equal(f.message, 'Quotation “We will rebuild the…” has no speaker: add who said it, e.g. “…,” Kim said.');
      assert.deepEqual(f.related, []);
      assert.deepEqual(f.subject, { type: 'quote', index: 0 });
    });

    it('says so when the quotation is credited to "he" or "she" that stands for no one named', () => {
      const story = '“It is over,” she said. The river rose.';
      const findings = run(story, { quotes: [quote(story, '“It is over,”', { speaker: speaker(story, 'she', null) })] });
      assert.deepEqual(
        findings.map((f) => [covered(story, f), f.message]),
        [['“It is over,”', 'Quotation “It is over” is credited to “she”, but no one named before it can be “she”: name the speaker, e.g. “…,” Kim said.']],
      );
      // a speaker that is no pronoun keeps the usual message
      const other = run(story, { quotes: [quote(story, '“It is over,”', { speaker: speaker(story, 'The river', null) })] });
      assert.match(other[0].message, /has no speaker: add who said it/);
    });

    it('leaves attributed and anonymous quotations, titles and scare quotes alone', () => {
      const story =
        '“It is over,” Kim said. “It is not,” said a senior aide. ' +
        'She was a guest on “Meet the Press” and called the plan “bold.”';
      const findings = run(story, {
        quotes: [
          quote(story, '“It is over,”', { status: 'attributed', speaker: speaker(story, 'Kim', 0) }),
          quote(story, '“It is not,”', { status: 'anonymous', speaker: speaker(story, 'a senior aide', null) }),
          quote(story, '“Meet the Press”', { kind: 'title' }),
          quote(story, '“bold.”', { kind: 'scare' }),
        ],
      }).filter((f) => f.code === 'unattributed-quote');
      assert.deepEqual(findings, []);
    });

    it('leaves an unclosed quotation to unclosed-quote', () => {
      const story = 'The mayor was blunt.\n\n“We will rebuild the bridge by spring, she said.\n';
      const findings = run(story, {
        quotes: [quote(story, '“We will rebuild the bridge by spring, she said.', { closed: false })],
      });
      assert.deepEqual(findings.map((f) => f.code), ['unclosed-quote']);
    });

    it('points a continuing quotation at the one it continues', () => {
      const story = '“The river rose overnight.”\n\n“Nobody expected it.”\n';
      const findings = run(story, {
        quotes: [quote(story, '“The river rose overnight.”'), quote(story, '“Nobody expected it.”', { continues: 0 })],
      });
      assert.equal(findings.length, 2);
      assert.equal(
        findings[1].message,
        'Quotation “Nobody expected it.” continues an earlier quotation, and neither has a speaker: add who said it, e.g. “…,” Kim said.',
      );
      assert.deepEqual(findings[1].related, [
        {
          ...at(story, '“The river rose overnight.”'),
          message: 'The quotation it continues, “The river rose overnight.”, has no speaker either.',
        },
      ]);
    });

    it('leaves a quotation in a headline to the story under it', () => {
      const story = 'Mayor Calls Bridge Plan ‘A Disaster Waiting to Happen’\n\nThe mayor of Westmoor, Ana Ruiz, criticised the plan on Monday.\n\n“We need a new one.”\n';
      for (const format of ['news', 'plaintext'] as const) {
        const codes = analyze(story, { format }).findings.map((f) => [f.code, covered(story, f)]);
        assert.deepEqual(codes, [['unattributed-quote', '“We need a new one.”']]);
      }
    });

    it('is found by analyze() in an article with a quotation standing alone', () => {
      const story = 'The council met on Tuesday.\n\n“We will rebuild the bridge by spring.”\n';
      const codes = analyze(story).findings.map((f) => [f.code, covered(story, f)]);
      assert.deepEqual(codes, [['unattributed-quote', '“We will rebuild the bridge by spring.”']]);
      assert.deepEqual(analyze(story, { severities: { 'unattributed-quote': 'off' } }).findings, []);
    });
  });

  describe('unsourced-figure', () => {
    const text = 'Unemployment in the region rose to 8.5% last year, according to the statistics office. Rents rose 12%.';

    it('flags a figure with no source and not a sourced one', () => {
      const findings = run(text, {
        figures: [
          figure(text, '8.5%', { sourced: true, source: source(text, 'the statistics office', false) }),
          figure(text, '12%', { sentence: 1 }),
        ],
      });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].code, 'unsourced-figure');
      assert.equal(findings[0].severity, 'warning');
      assert.equal(covered(text, findings[0]), '12%');
      assert.equal(
        findings[0].message,
        'Figure “12%” has no source in its sentence: say where it comes from, e.g. “…, according to the ministry.”',
      );
      assert.deepEqual(findings[0].subject, { type: 'figure', index: 1 });
    });
  });

  describe('anonymous-source', () => {
    it('marks a quotation credited to an unnamed source, with the credit as related location', () => {
      const text = '“The deal is done,” said a person familiar with the talks.';
      const findings = run(text, {
        quotes: [quote(text, '“The deal is done,”', { status: 'anonymous', speaker: speaker(text, 'a person familiar with the talks', null) })],
      });
      assert.equal(findings.length, 1);
      const [f] = findings;
      assert.equal(f.code, 'anonymous-source');
      assert.equal(f.severity, 'information');
      assert.equal(covered(text, f), '“The deal is done,”');
      assert.equal(
        f.message,
        'Quotation “The deal is done” is credited to an unnamed source (“a person familiar with the talks”): ' +
          'name the source, or say why they could not be named.',
      );
      assert.deepEqual(f.related, [{ ...at(text, 'a person familiar with the talks'), message: 'Credited to this unnamed source.' }]);
    });

    it('names who an unnamed pronoun speaker is, as the article introduced them, not the pronoun', () => {
      const story = 'We found a herder from Kakuma by the dry riverbed. “The goats die first,” he told us.';
      const found = analyze(story).findings.filter((f) => f.code === 'anonymous-source');
      assert.deepEqual(
        found.map((f) => f.message),
        ['Quotation “The goats die first” is credited to an unnamed source (“a herder from Kakuma”, “he”): name the source, or say why they could not be named.'],
      );
    });

    it('finds the introduction of an unnamed speaker however far back it lies, as a search of all the text before would', () => {
      const pad = (n: number) => 'The river rose. '.repeat(n);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom('a herder', 'A Herder', 'herder', 'a goat'), (before, after, needle) => {
          const text = `${pad(before)}We met A HERDER there. ${pad(after)}“The goats die first,” he said.`;
          const at = text.indexOf('“');
          assert.equal(lastIndexIgnoringCase(text, needle, at), text.slice(0, at).toLowerCase().lastIndexOf(needle.toLowerCase()));
        }),
        { numRuns: 40 },
      );
    });

    it('in an article: a figure from someone described, not named, is unnamed; a body on the record (“police”, “organisers”) is not, as in quotations', () => {
      const story =
        'The mill lost about 30% of its stock, a guard involved in the search said, speaking on condition of anonymity.\n\n' +
        'Police estimate 2,000 people marched. Organisers put the figure at 9,000.\n\n' +
        '“We counted every one,” police said.';
      const codes = analyze(story).findings.filter((f) => f.code === 'anonymous-source' || f.code === 'unsourced-figure' || f.code === 'unattributed-quote');
      assert.deepEqual(codes.map((f) => [f.code, covered(story, f)]), [['anonymous-source', '30%']]);
      // an indefinite thing is no unnamed person: a count or an estimate by a named body
      const counted = 'The bridge carries about 22,000 vehicles a day, according to a traffic count by the Vessel County Roads Department.';
      assert.deepEqual(analyze(counted).findings.map((f) => f.code), []);
    });

    it('leaves alone an unnamed source whose story says why it is not named, as the rule’s “good” example does', () => {
      const codes = (story: string) => analyze(story).findings.filter((f) => f.code === 'anonymous-source').map((f) => covered(story, f));
      // the reason after the request, or that the source may not speak
      assert.deepEqual(codes('“The squad is split,” said one defender, who asked not to be named because he was not authorised to speak publicly.'), []);
      assert.deepEqual(codes('“The squad is split,” said one defender, who spoke on condition of anonymity because the talks were private.'), []);
      assert.deepEqual(codes('About 40% of the squad is injured, said a club official who was not authorized to discuss fitness.'), []);
      // the reason given where the source was introduced
      assert.deepEqual(codes('A club official, who asked not to be named because the talks were private, spoke after training. “The squad is split,” the official said.'), []);
      // the request alone says nothing of why: still marked
      assert.deepEqual(codes('“The squad is split,” said one defender, who asked not to be named.'), ['“The squad is split,”']);
      // another source's reason, in another sentence, is not this one's
      assert.deepEqual(codes('A coach spoke on condition of anonymity because he feared reprisals. “The squad is split,” said one defender.'), ['“The squad is split,”']);
    });

    it('adds the first mention of the source and the quotation it continues', () => {
      const text =
        'A union negotiator, who asked not to be named, spoke after midnight. ' +
        '“We are close,” the negotiator said. “Very close.”';
      const entity: Entity = {
        name: 'A union negotiator',
        type: 'person',
        descriptors: [],
        mentions: [
          { ...at(text, 'A union negotiator'), text: 'A union negotiator', entity: 0 },
          { ...at(text, 'the negotiator'), text: 'the negotiator', entity: 0 },
        ],
        quotes: [0, 1],
        figures: [],
        claims: [],
      };
      const credit = speaker(text, 'the negotiator', 0, 'A union negotiator');
      const findings = run(text, {
        entities: [entity],
        quotes: [
          quote(text, '“We are close,”', { status: 'anonymous', speaker: credit }),
          quote(text, '“Very close.”', { status: 'anonymous', speaker: credit, continues: 0 }),
        ],
      });
      assert.equal(findings.length, 2);
      assert.deepEqual(findings[1].related, [
        { ...at(text, 'the negotiator'), message: 'Credited to this unnamed source.' },
        { ...at(text, 'A union negotiator'), message: 'First mention of “A union negotiator”.' },
        { ...at(text, '“We are close,”'), message: 'Continues the quotation “We are close”.' },
      ]);
    });

    it('marks a figure credited to an unnamed source, and not a named one', () => {
      const text = 'About 40% of the fleet is grounded, officials said. Fares rose 5%, the airline said.';
      const findings = run(text, {
        figures: [
          figure(text, '40%', { sourced: true, source: source(text, 'officials', true) }),
          figure(text, '5%', { sourced: true, source: source(text, 'the airline', false), sentence: 1 }),
        ],
      });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].code, 'anonymous-source');
      assert.equal(covered(text, findings[0]), '40%');
      assert.equal(
        findings[0].message,
        'Figure “40%” is credited to an unnamed source (“officials”): name the source, or say why it could not be named.',
      );
      assert.deepEqual(findings[0].related, [{ ...at(text, 'officials'), message: 'The unnamed source.' }]);
    });
  });

  describe('unclosed-quote', () => {
    it('covers the opening mark and the first words, and names the missing mark', () => {
      const text = 'The mayor was blunt.\n\n“We will rebuild the bridge by spring, she said.\n';
      const findings = run(text, {
        quotes: [quote(text, '“We will rebuild the bridge by spring, she said.', { closed: false })],
      });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].code, 'unclosed-quote');
      assert.equal(findings[0].severity, 'warning');
      assert.equal(covered(text, findings[0]), '“We will rebuild');
      assert.equal(findings[0].message, 'Quotation “We will rebuild the…” is never closed: add the closing ” where the quoted words end.');
    });

    it('asks for the same kind of mark that opened the quotation', () => {
      const text = 'Then he left. "It is finished';
      const [f] = run(text, { quotes: [quote(text, '"It is finished', { closed: false })] });
      assert.equal(covered(text, f), '"It is finished');
      assert.equal(f.message, 'Quotation “It is finished” is never closed: add the closing " where the quoted words end.');
    });

    it('covers at least the mark when nothing follows it', () => {
      const text = 'He said only this: “';
      const [f] = run(text, { quotes: [quote(text, '“', { closed: false })] });
      assert.deepEqual([f.start, f.end], [text.length - 1, text.length]);
    });

    it('does not flag a paragraph of a quotation that the next paragraph reopens', () => {
      const text = '“The water came up fast.\n\n“By morning the street was gone,” Ruiz said.\n';
      const findings = run(text, {
        quotes: [
          quote(text, '“The water came up fast.', { closed: false, status: 'attributed' }),
          quote(text, '“By morning the street was gone,”', { continues: 0, status: 'attributed' }),
        ],
      });
      assert.deepEqual(findings, []);
    });
  });

  describe('runner', () => {
    const text = 'Rents rose 12%. “It is too much.” Prices fell 3%, officials said. “Enough';
    const parts = (): Partial<Analysis> => ({
      quotes: [quote(text, '“It is too much.”'), quote(text, '“Enough', { closed: false })],
      figures: [
        figure(text, '12%'),
        figure(text, '3%', { sourced: true, source: source(text, 'officials', true), sentence: 2 }),
      ],
    });

    it('sorts the findings of all rules by where they start', () => {
      const findings = run(text, parts());
      assert.deepEqual(
        findings.map((f) => [f.code, covered(text, f)]),
        [
          ['unsourced-figure', '12%'],
          ['unattributed-quote', '“It is too much.”'],
          ['anonymous-source', '3%'],
          ['unclosed-quote', '“Enough'],
        ],
      );
    });

    it('applies severity overrides and turns rules off', () => {
      const findings = run(text, parts(), {
        severities: { 'unsourced-figure': 'error', 'anonymous-source': 'off', 'unclosed-quote': 'hint' },
      });
      assert.deepEqual(
        findings.map((f) => [f.code, f.severity]),
        [
          ['unsourced-figure', 'error'],
          ['unattributed-quote', 'warning'],
          ['unclosed-quote', 'hint'],
        ],
      );
    });

    it('keeps every range inside the text and survives a bad index', () => {
      const short = '“Hi.”';
      const findings = run(short, {
        quotes: [{ ...quote(short, '“Hi.”'), end: 99, continues: 7 }],
        figures: [{ ...figure(short, 'Hi'), start: -3 }],
      });
      for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= short.length, JSON.stringify(f));
      assert.deepEqual(findings.map((f) => f.code), ['unsourced-figure', 'unattributed-quote']);
    });
  });

  describe('rule table', () => {
    it('documents every finding code once, with the design’s default severities', () => {
      assert.deepEqual(
        RULE_TABLE.map((r) => [r.code, r.defaultSeverity]),
        [
          ['unattributed-quote', 'warning'],
          ['unsourced-figure', 'warning'],
          ['anonymous-source', 'information'],
          ['unclosed-quote', 'warning'],
        ],
      );
      for (const rule of RULE_TABLE) {
        assert.ok(rule.title && !rule.title.endsWith('.'), rule.code);
        assert.ok(rule.explanation.length > 200, rule.code);
        assert.ok(rule.good && rule.bad && rule.good !== rule.bad, rule.code);
        assert.equal('check' in rule, false);
      }
      assert.equal(RULES.length, RULE_TABLE.length);
      assert.equal(ruleInfo('unsourced-figure')?.title, 'Figure with no source');
      assert.equal(ruleInfo('no-such-rule'), undefined);
      assert.equal(isRuleCode('unclosed-quote'), true);
      assert.equal(isRuleCode('spelling'), false);
    });

    for (const rule of RULE_TABLE) {
      it(`${rule.code}: its documented examples are true (the bad one flagged, the good one clean)`, () => {
        assert.deepEqual(analyze(rule.bad).findings.map((f) => f.code), [rule.code]);
        assert.deepEqual(analyze(rule.good).findings, []);
      });
    }
  });

  describe('suppressions', () => {
    const text = 'Rents rose 12%.\n<!-- newsdesk-ignore-next-line unsourced-figure -->\nPrices rose 3%. “It is too much.”\n';
    const analysis = (): Analysis => {
      const parts = {
        quotes: [quote(text, '“It is too much.”')],
        figures: [figure(text, '12%'), figure(text, '3%', { sentence: 1 })],
        sentences: [
          { ...at(text, 'Rents rose 12%.'), paragraph: 0 },
          { ...at(text, 'Prices rose 3%.'), paragraph: 0 },
          { ...at(text, '“It is too much.”'), paragraph: 0 },
        ],
      };
      const ctx = context(text, parts);
      ctx.analysis.findings = runRules(ctx);
      return ctx.analysis;
    };
    const shown = (format: 'markdown' | 'plaintext', fps: Parameters<typeof visibleFindings>[3] = []) =>
      visibleFindings(text, analysis(), format, fps).map((f) => covered(text, f));

    it('silences only the named rule on the next line, and only where comments exist', () => {
      assert.deepEqual(shown('markdown'), ['12%', '“It is too much.”']);
      assert.deepEqual(shown('plaintext'), ['12%', '3%', '“It is too much.”']);
    });

    it('hides a listed false positive by rule and sentence text', () => {
      assert.deepEqual(shown('plaintext', [{ rule: 'unsourced-figure', sentence: '  Rents rose\n12%. ' }]), ['3%', '“It is too much.”']);
      assert.deepEqual(shown('plaintext', [{ rule: 'unattributed-quote', sentence: 'Rents rose 12%.' }]), ['12%', '3%', '“It is too much.”']);
    });

    it('reads a .newsdesk.json or says in one line what is wrong with it', () => {
      assert.deepEqual(parseFalsePositives('\uFEFF{"falsePositives":[{"rule":"unsourced-figure","sentence":"A."}],"x":1}'), [
        { rule: 'unsourced-figure', sentence: 'A.' },
      ]);
      assert.deepEqual(parseFalsePositives('  '), []);
      assert.deepEqual(parseFalsePositives('[]'), { error: 'must contain a JSON object' });
      assert.deepEqual(parseFalsePositives('{"falsePositives": {}}'), { error: '"falsePositives" must be a list' });
      assert.match((parseFalsePositives('{') as { error: string }).error, /^not valid JSON/);
    });
  });

  describe('excerpt', () => {
    it('keeps a short quotation whole, without its marks and trailing comma', () => {
      assert.equal(excerpt('“It is over,”'), '“It is over”');
      assert.equal(excerpt('"Stop."'), '“Stop.”');
    });

    it('cuts a long quotation to its first words on one line', () => {
      assert.equal(excerpt('“We will rebuild,\nand we will do it fast.”'), '“We will rebuild, and…”');
      assert.equal(excerpt('“Extraordinarilyunbelievablylongwordthatneverendsatall and more”'), '“Extraordinarilyunbelievablylongwordthatn…”');
    });

    it('gives a text it keeps whole without a look-up the excerpt it would cut', () => {
      for (const text of ['8.5%', '$4.2 billion', '2,400 jobs,', 'one in five voters', 'a b c d', 'a b c d e', ' 12 miles', '12  miles', '12 miles ', '12\u00a0miles', '"12"', '40;', '']) {
        assert.equal(excerpt(text), cutExcerpt(text, 4, 40), text);
        assert.equal(excerpt(text, 6, 50), cutExcerpt(text, 6, 50), text);
      }
      const piece = fc.constantFrom('a', 'Z', '9', ' ', '  ', ',', ';', ':', '.', '\n', '\t', '\u00a0', '\u2009', '“', '”', '"', "'", '«', '»', '😀', 'word');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 5, max: 60 }), (pieces, words, chars) => {
          const text = pieces.join('');
          assert.equal(excerpt(text, words, chars), cutExcerpt(text, words, chars));
        }),
        { numRuns: 2_000, seed: 20261130 },
      );
    });

    it('never cuts an emoji in half', () => {
      const text = `“${'a'.repeat(39)}😀😀”`;
      assert.equal(excerpt(text), `“${'a'.repeat(39)}…”`);
    });

    it('pairs each opening mark with its closing mark', () => {
      assert.deepEqual(['“', '"', '‘', '«', '„'].map(closingMark), ['”', '"', '’', '»', '“']);
    });
  });
});

describe('rules over a very long list', () => {
  it('pause inside a rule every few thousand figures, and report the same findings', () => {
    const line = 'Rents rose 5% in the harbour district. ';
    const text = line.repeat(5_000);
    const figures: Figure[] = Array.from({ length: 5_000 }, (_, i) => {
      const start = i * line.length + line.indexOf('5%');
      return { start, end: start + 2, text: '5%', kind: 'percent', sourced: false, source: null, sentence: i };
    });
    const ctx = context(text, { figures });
    const steps = runRuleSteps(ctx);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // one pause after each of the four rules, and more inside the two that walk the figures
    assert.ok(pauses >= 8, `paused ${pauses} times`);
    assert.equal(step.value.length, 5_000);
    assert.deepEqual(step.value, runRules(ctx));
  });
});
