// The figures and claims of an unchanged paragraph are remembered across runs with what
// they read from the rest of the document (figures.ts, ParagraphRecord). An edit elsewhere
// that changes what they read (the paragraph's mentions and their entities, the entity a
// pronoun stands for, an interview's question, a list's earlier figure) must give them
// again as a fresh analysis does.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis, type AnalyzeOptions } from '../../src/engine';
import { workedOut } from '../../src/engine/figures';

function cold(text: string, options?: AnalyzeOptions): Analysis {
  clearTaggingCache();
  return analyze(text, options);
}

/** Analyses `before`, then `after` warm; the warm result must equal the cold one. */
function sameAsCold(before: string, after: string, options?: AnalyzeOptions): Analysis {
  clearTaggingCache();
  analyze(before, options);
  analyze(before, options);
  const warm = analyze(after, options);
  const fresh = cold(after, options);
  assert.deepEqual(warm.figures, fresh.figures);
  assert.deepEqual(warm.claims, fresh.claims);
  assert.deepEqual(warm.entities, fresh.entities);
  assert.deepEqual(warm.findings, fresh.findings);
  return warm;
}

const SPENDING = 'The city will spend $4.2 million on roads, Lee said on Monday.';

describe('figure and claim records', () => {
  it('follow a mention that an edit in another paragraph makes or unmakes', () => {
    const named = `Mayor Dana Lee spoke at the council meeting.\n\n${SPENDING}\n`;
    const unnamed = `The mayor spoke at the council meeting.\n\n${SPENDING}\n`;
    sameAsCold(named, unnamed);
    const warm = sameAsCold(unnamed, named);
    assert.ok(warm.figures.some((f) => f.source?.entity !== null && f.source?.entity !== undefined), 'the figure is credited to Lee');
  });

  it('follow entities renumbered by a name added before them', () => {
    const doc = `Mayor Dana Lee spoke at the council meeting.\n\n${SPENDING}\n`;
    sameAsCold(doc, `Governor Omar Pike and ${doc}`);
    sameAsCold(`Governor Omar Pike and ${doc}`, doc);
  });

  it('give a remembered source the entity its mention has after the entities are renumbered', () => {
    const body = [
      'Vantor Motors reported revenue of $4.2 billion, up 12% from a year earlier.',
      'Net income rose to $310 million. The results beat forecasts, Vantor said.',
      "Analyst Mia Chen said Vantor's margin of 7.4% was the highest in the industry.",
      'According to the Riverton Institute, 2,400 jobs were added in the county last year.',
    ].join('\n\n');
    const doc = (lead: string) => `${lead} spoke at the council meeting.\n\n${body}\n`;
    const warm = sameAsCold(doc('The mayor'), doc('Mayor Dana Lee and Governor Omar Pike'));
    assert.ok(warm.figures.filter((f) => f.source?.entity !== null && f.source?.entity !== undefined).length >= 3, 'figures credited to entities');
    sameAsCold(doc('Mayor Dana Lee and Governor Omar Pike'), doc('Governor Omar Pike'));
    sameAsCold(doc('Governor Omar Pike'), doc('The mayor'));
  });

  it('gives the figure objects of the last run again only where they are equal', () => {
    const doc = (who: string, rate: string) => `Prices rose ${rate} last year, the bureau said.\n\nThe city will spend $4.2 million on roads, ${who} said on Monday.\n\nMayor Dana Lee and Senator Alan Brook spoke.\n`;
    // an edit of the same length: the figures stay where they were, with other sources or texts
    sameAsCold(doc('Lee', '8%'), doc('Brook'.slice(0, 3), '8%'));
    sameAsCold(doc('Lee', '8%'), doc('Lee', '9%'));
    clearTaggingCache();
    const before = analyze(doc('Lee', '8%'));
    const after = analyze(doc('Lee', '8%') + '\nOne more line.\n');
    assert.equal(after.figures[0], before.figures[0], 'an unchanged figure before the edit is the same object');
    assert.deepEqual(after.figures, cold(doc('Lee', '8%') + '\nOne more line.\n').figures);
  });

  it('give the claims of the paragraphs before an edit again, and work out the others', () => {
    const head = 'Mayor Dana Lee said the bridge is the oldest in the state.\n\nIt will cost $48 million, she said.\n\nThe Riverton Institute found that prices rose 8% last year.\n\n';
    const tail = (name: string) => `${name} said the plan is the largest ever.\n\nRevenue is expected to reach $2 billion, the company said.\n`;
    clearTaggingCache();
    const before = analyze(head + tail('Senator Alan Brooks'));
    for (const next of [head + tail('Governor Omar Pike'), head + 'Senator Alan Brooks spoke.\n\n' + tail('Senator Alan Brooks'), head + tail('The senator')]) {
      const warm = analyze(next);
      const fresh = cold(next);
      assert.deepEqual(warm.claims, fresh.claims);
      assert.deepEqual(warm.figures, fresh.figures);
      assert.deepEqual(warm.entities, fresh.entities);
      analyze(head + tail('Senator Alan Brooks'));
    }
    const again = analyze(head + tail('Governor Omar Pike'));
    const after = analyze(head + tail('Senator Alan Brooks'));
    assert.ok(again.claims.length > 0);
    assert.equal(after.claims[0], again.claims[0], 'a claim before the edit is the same object');
    assert.deepEqual(after.claims, before.claims);
  });

  it('follow paragraphs that moved between the place of the last edit and this one', () => {
    const paragraphs = [
      'Mayor Dana Lee said the city will spend $4.2 million on roads.',
      '"We will fix them," Lee said. Prices rose 8% last year, the bureau said.',
      'Vantor Motors reported revenue of $4.2 billion, up 12% from a year earlier.',
      'Analyst Mia Chen said the margin of 7.4% was the highest in the industry.',
      'According to the Riverton Institute, 2,400 jobs were added last year.',
    ];
    const doc = paragraphs.join('\n\n') + '\n';
    // (the first edit breaks "Dana Lee", whose later mentions then read otherwise)
    const at = (k: number) => doc.indexOf(paragraphs[k]) + (k === 0 ? 11 : 5);
    const edit = (pos: number, what: string) => doc.slice(0, pos) + what + doc.slice(pos);
    clearTaggingCache();
    analyze(edit(at(0), 'x'));
    for (const next of [edit(at(4), 'x'), edit(at(1), 'xy'), edit(at(3), 'Tom Reyes and '), edit(at(0), 'x')]) {
      const warm = analyze(next);
      const fresh = cold(next);
      assert.deepEqual(warm.figures, fresh.figures);
      assert.deepEqual(warm.claims, fresh.claims);
      assert.deepEqual(warm.entities, fresh.entities);
      clearTaggingCache();
      analyze(edit(at(0), 'x'));
      analyze(next);
      analyze(edit(at(0), 'x'));
    }
  });

  it('follow the person a pronoun source stands for', () => {
    const doc = (name: string) => `${name} arrived at the hearing on Monday.\n\nThe agency lost $3.1 million last year, he said.\n`;
    sameAsCold(doc('Mayor Tom Reyes'), doc('Senator Alan Brooks'));
    sameAsCold(doc('Senator Alan Brooks'), doc('The senator'));
  });

  it('follow the body an organisation’s name before a body’s noun stands for (“The Kirkby council said”)', () => {
    const doc = (first: string) => `${first} approved its budget on Wednesday.\n\nThe Kirkby council said council tax would rise 12%.\n`;
    const named = sameAsCold(doc('Kirkby Borough Council'), doc('The county'));
    assert.deepEqual([named.figures[0].source?.text, named.figures[0].source?.entity], ['Kirkby', 0]);
    const body = sameAsCold(doc('The county'), doc('Kirkby Borough Council'));
    assert.equal(body.figures[0].source?.text, 'The Kirkby council');
    assert.equal(body.entities[body.figures[0].source?.entity ?? -1]?.name, 'Kirkby Borough Council');
  });

  it('follow the body “it” stands for through “the trust” before it', () => {
    const doc = (first: string) => `${first} runs two sites.\n\nA second source said the backlog was discussed in March. In a statement, the trust said it regretted the delays. It said 92% of patients were now seen within two weeks.\n`;
    const named = sameAsCold(doc('The county'), doc('Kessford Hospitals NHS Trust'));
    assert.equal(named.entities[named.figures[0].source?.entity ?? -1]?.name, 'Kessford Hospitals NHS Trust');
    const none = sameAsCold(doc('Kessford Hospitals NHS Trust'), doc('The county'));
    assert.equal(none.figures[0].source?.entity, null);
  });

  it('follow the question an interview answer follows', () => {
    const doc = (question: string) => `${question}\n\nWe hired 450 new workers in 2023 and spent $2 million.\n`;
    sameAsCold(doc('Q: How many people did you hire?'), doc('The company grew last year.'), { format: 'markdown' });
    sameAsCold(doc('The company grew last year.'), doc('Q: How many people did you hire?'), { format: 'markdown' });
  });

  it('follow a figure a list restates from an earlier paragraph', () => {
    const doc = (source: string) => `Revenue rose to $2.3 billion, ${source}.\n\nBy the numbers:\n\n- Revenue: $2.3 billion\n`;
    sameAsCold(doc('Vantor Motors said'), doc('analysts guessed'), { format: 'markdown' });
    sameAsCold(doc('analysts guessed'), doc('Vantor Motors said'), { format: 'markdown' });
  });

  it('follow the figures a claim sentence holds', () => {
    const doc = `The plan is the largest in the state's history, officials said.\n\nIt will cost about $12 million.\n`;
    sameAsCold(doc, doc.replace('largest in', 'largest, at $40 million, in'));
    sameAsCold(doc.replace('largest in', 'largest, at $40 million, in'), doc);
  });

  it('give again the figures and claims of a paragraph whose sources read past it, when only text after it changed', () => {
    const doc = 'Profits at Acme Foods fell on Tuesday.\n\nIt said sales fell 5% in the year to March.\n\nA study by the Riverton Institute found little change.\n\nThe study said 40% of adults walk daily.\n';
    clearTaggingCache();
    analyze(doc);
    const before = analyze(doc);
    const next = doc + '\nShares closed lower.\n';
    workedOut.figures = 0;
    workedOut.claims = 0;
    const after = analyze(next);
    assert.deepEqual(workedOut, { figures: 1, claims: 1 }, 'only the new paragraph is worked out');
    const fresh = cold(next);
    assert.deepEqual(after.figures, fresh.figures);
    assert.deepEqual(after.claims, fresh.claims);
    const named = after.figures.filter((f) => f.source?.entity !== null && f.source?.entity !== undefined);
    assert.deepEqual(named.map((f) => after.entities[f.source?.entity as number].name), ['Acme Foods', 'Riverton Institute'], 'the pronoun and the study credit what they stand for');
    after.figures.forEach((figure, i) => assert.equal(figure, before.figures[i], `figure ${i} is the last run's object`));
    after.claims.forEach((claim, i) => assert.equal(claim, before.claims[i], `claim ${i} is the last run's object`));
  });

  it('lay out from its record a paragraph whose sources read past it when an edit before it moves it, and follow what it read', () => {
    const doc = (lead: string) => `${lead}\n\nProfits at Acme Foods fell on Tuesday.\n\nThe company said sales fell 5% in the year to March.\n`;
    clearTaggingCache();
    analyze(doc('Markets were calm.'));
    analyze(doc('Markets were calm.'));
    workedOut.figures = 0;
    const moved = analyze(doc('Markets were very calm.'));
    assert.equal(workedOut.figures, 1, 'only the edited paragraph is worked out');
    assert.deepEqual(moved.figures, cold(doc('Markets were very calm.')).figures);
    assert.equal(moved.entities[moved.figures[0].source?.entity as number]?.name, 'Acme Foods');
    // another company named before it: "the company" is no longer the only one in reach
    const warm = sameAsCold(doc('Markets were calm.'), doc('Shares in Vantor Motors rose.'));
    assert.equal(warm.figures[0].source?.entity, null, 'two companies in reach: the company is neither');
    sameAsCold(doc('Shares in Vantor Motors rose.'), doc('Markets were calm.'));
  });

  it('follow what a paragraph whose sources read past it read, when an edit before it keeps every length', () => {
    const doc = (word: string) => `A study ${word} the Riverton Institute found little change.\n\nThe study said 40% of adults walk daily.\n\nMayor Dana Lee spoke.\n`;
    const warm = sameAsCold(doc('by'), doc('of'));
    assert.equal(warm.figures[0].source?.entity, null, 'a study of the institute is not its study');
    sameAsCold(doc('of'), doc('by'));
  });

  it('lay remembered figures out where a moved paragraph now stands', () => {
    const doc = `Intro line here.\n\n${SPENDING}\n\nPrices rose 8% last year, the bureau said.\n`;
    const warm = sameAsCold(doc, `A much longer intro line here.\n\n${SPENDING}\n\nPrices rose 8% last year, the bureau said.\n`);
    assert.ok(warm.figures.length >= 2);
  });
});
