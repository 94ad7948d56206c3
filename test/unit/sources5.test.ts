import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis } from '../../src/engine';

/** Each figure of the text: its text, and its source's text with [anonymous] or the entity's name, or null. */
function figures(text: string): [string, string | null][] {
  const a = analyze(text, { format: 'plaintext' });
  return a.figures.map((f) => [f.text, sourceName(a, f.source)]);
}

function sourceName(a: Analysis, source: Analysis['figures'][number]['source']): string | null {
  if (!source) return null;
  if (source.anonymous) return `${source.text} [anonymous]`;
  return source.entity === null ? source.text : `${a.entities[source.entity].name} [entity]`;
}

describe('sources5: a person’s age is no figure, wherever the sentence puts it', () => {
  it('reads an age after "was" with a time clause or an adverb as no figure', () => {
    for (const text of [
      'She was 14 when she left school.',
      'He was only 19 when he joined the army.',
      'Her son was 14 when he died.',
      'He was 17 at the time of the crash.',
      'Amara Obi was 14 when she left the village.',
    ]) assert.deepEqual(figures(text), [], text);
  });

  it('reads "then 14" and an age apposed to a noun for a person as no figure', () => {
    for (const text of ['Obi, then 14, left school.', 'The driver, 52, was arrested.', 'A woman, 52, was taken to hospital.']) assert.deepEqual(figures(text), [], text);
  });

  it('reads an age in a relative clause about a person as no figure', () => {
    assert.deepEqual(figures('Patel, who is 52, runs the shop.'), []);
    assert.deepEqual(figures('The boy, who was 12 at the time, survived.'), []);
  });

  it('still asks a source of a bare number after a thing, whatever clause follows', () => {
    assert.deepEqual(figures('The toll was 14 when rescuers arrived.'), [['14', null]]);
    assert.deepEqual(figures('Turnout was 64 when polls closed.'), [['64', null]]);
    assert.deepEqual(figures('The fund, 52, was closed.'), [['52', null]]);
  });

  it('credits what a person of a given age said to the person, past a second aside', () => {
    assert.deepEqual(figures('Ravi Patel, 52, a father of three, said he had lost £400 a week.'), [['£400 a week', 'Ravi Patel [entity]']]);
    assert.deepEqual(figures('Mr Patel, 52, from Leicester, said he had lost £4,000.'), [['£4,000', 'Patel [entity]']]);
  });
});

describe('sources5: a recorded vote written in words is record, as one in digits is', () => {
  it('reads "Twelve Republicans voted" and other recorded votes as no figures', () => {
    for (const text of [
      'Twelve Republicans voted against the bill.',
      'Sixty MPs abstained.',
      'Seventeen members of the committee voted in favour.',
      'Twelve Republicans joined Democrats in voting against the bill.',
      '12 Republicans joined Democrats in voting against the bill.',
    ]) assert.deepEqual(figures(text), [], text);
  });

  it('still counts what is no vote', () => {
    assert.deepEqual(figures('Twelve people were hurt when the crowd surged.'), [['Twelve people', null]]);
    assert.deepEqual(figures('Forty thousand people signed the petition.'), [['Forty thousand people', null]]);
  });
});

describe('sources5: people a participle or "near" describes speak as the people do', () => {
  it('credits "Residents living near the plant said" to the residents, unnamed', () => {
    assert.deepEqual(figures('Residents living near the plant said 40 people had fallen ill.'), [['40 people', 'Residents [anonymous]']]);
    assert.deepEqual(figures('People living in the flats said 60 families had no heating.'), [['60 families', 'People [anonymous]']]);
    assert.deepEqual(figures('Residents near the plant said 40 people had fallen ill.'), [['40 people', 'Residents near the plant [anonymous]']]);
  });

  it('still credits nobody for a count near a place with no one speaking', () => {
    assert.deepEqual(figures('The fire destroyed 40 homes near the plant.'), [['40 homes', null]]);
  });
});

describe('sources5: a hearing is the source, not the town it sits in', () => {
  it('credits what an inquest or a court heard to the hearing', () => {
    assert.deepEqual(figures('An inquest in Bolton heard that 14 warnings had been ignored.'), [['14 warnings', 'An inquest in Bolton']]);
    assert.deepEqual(figures('A jury at Leeds Crown Court heard that the firm made £2m.'), [['£2m', 'Leeds Crown Court [entity]']]);
    assert.deepEqual(figures('The court heard the firm made £2m from the scheme.'), [['£2m', 'The court']]);
  });

  it('keeps the place off the card of a source that only sits there', () => {
    const a = analyze('Police in Leeds said 40 people were arrested.');
    assert.deepEqual(a.figures.map((f) => [f.text, f.source?.text, f.source?.entity]), [['40 people', 'Police in Leeds', null]]);
    assert.ok(a.entities.filter((e) => e.type === 'place').every((e) => e.figures.length === 0));
  });
});

describe('sources5: a study’s sample and its later findings are the study’s', () => {
  it('credits the sample researchers drew to them', () => {
    assert.deepEqual(figures('Researchers from Leeds followed 2,000 patients.'), [['2,000 patients', 'Researchers from Leeds [anonymous]']]);
    assert.deepEqual(figures('Researchers at the University of Leeds followed 2,000 patients for a decade.'), [['2,000 patients', 'University of Leeds [entity]']]);
    assert.deepEqual(figures('The trial enrolled 400 children.'), [['400 children', 'The trial']]);
  });

  it('leaves a count of people others question or track to its source', () => {
    assert.deepEqual(figures('Police questioned 12 people.'), [['12 people', null]]);
  });

  it('credits a study to the journal or body its aside names, and "It also found" with it', () => {
    assert.deepEqual(figures('The study, published in the Lancet, found 30% of patients improved. It also found that 12% of patients relapsed.'), [
      ['30%', 'Lancet [entity]'],
      ['12%', 'Lancet [entity]'],
    ]);
    assert.deepEqual(figures('The survey, commissioned by Acme Foods, found 40% of shoppers skipped meals.'), [['40%', 'Acme Foods [entity]']]);
    assert.deepEqual(figures('The report, published on Tuesday, found 40% of shoppers skipped meals.'), [['40%', 'The report [anonymous]']]);
  });

  it('reads a study published in a journal, or by its makers in an aside, as theirs, with or without commas', () => {
    assert.deepEqual(figures('A study published in the Lancet found that 30% of patients improved.'), [['30%', 'Lancet [entity]']]);
    assert.deepEqual(figures('A study published in March found that 30% of patients improved.'), [['30%', 'A study [anonymous]']]);
    assert.deepEqual(figures("The study, by researchers at King's College London, found that 30% of patients improved."), [['30%', "King's College London [entity]"]]);
    // "the study" again is the journal's, as after "a study by …"
    assert.deepEqual(figures('The study, published in the Lancet, found 30% of patients improved. The study also found that 12% of patients relapsed.')[1], ['12%', 'Lancet [entity]']);
  });

  it('keeps "It" and "They" after an unnamed study or unnamed researchers unnamed', () => {
    assert.deepEqual(figures('A study found that 30% of patients improved. It also found that 12% relapsed.'), [['30%', 'A study [anonymous]'], ['12%', 'It [anonymous]']]);
    assert.deepEqual(figures('Researchers from Leeds followed 2,000 patients. They found that 12% relapsed.')[1], ['12%', 'They [anonymous]']);
    // (not a person's word)
    assert.deepEqual(figures('A woman said 30 homes had flooded. It also said 12 roads were closed.')[1], ['12 roads', 'It']);
  });
});

describe('sources5: a result with no owner named is the company’s whose results the paragraph before reported', () => {
  const results = 'Tesco reported its results on Tuesday.\n\n';

  it('carries the company to a paragraph that opens on an ownerless result', () => {
    assert.deepEqual(figures(`${results}Revenue rose 4% to £3.1bn.`), [['4%', 'Tesco [entity]'], ['£3.1bn', 'Tesco [entity]']]);
    assert.deepEqual(figures(`${results}Pre-tax profit fell 12% to £400m, and the dividend was raised 5%.`).map(([, s]) => s), ['Tesco [entity]', 'Tesco [entity]', 'Tesco [entity]']);
  });

  it('carries nothing to a result with a scope or another company of its own, after a person’s word, or after a report of no results', () => {
    assert.deepEqual(figures(`${results}Sales across the sector rose 4%.`), [['4%', null]]);
    assert.deepEqual(figures(`${results}Profits rose 4% at rival Sainsbury's.`), [['4%', null]]);
    assert.deepEqual(figures('Tesco reported its results on Tuesday. Its chief executive, Ken Murphy, said the year had been hard.\n\nRevenue rose 4% to £3.1bn.'), [['4%', null], ['£3.1bn', null]]);
    assert.deepEqual(figures('Tesco shares fell on Tuesday.\n\nRevenue rose 4% to £3.1bn.'), [['4%', null], ['£3.1bn', null]]);
    assert.deepEqual(figures('Shoppers spent more in December, Kantar said.\n\nSales rose 4%.'), [['4%', null]]);
  });

  it('follows an edit of the paragraph before as a fresh analysis does', () => {
    const carried = `${results}Revenue rose 4% to £3.1bn.`;
    const edited = `Tesco shares fell on Tuesday.\n\nRevenue rose 4% to £3.1bn.`;
    clearTaggingCache();
    analyze(carried);
    const warm = analyze(edited);
    clearTaggingCache();
    const cold = analyze(edited);
    assert.deepEqual(warm.figures, cold.figures);
    assert.deepEqual(warm.findings, cold.findings);
    assert.equal(warm.figures[0].source, null);
    const back = analyze(carried);
    assert.equal(back.figures[0].source?.text, 'Tesco');
  });
});
