// Fixes from the session-15 review. Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entitiesOf, find, summary } from './entitySummary';
import { speakerOf } from './firstSpeaker';

describe('session-15 review', () => {
  it('reads “The First Minister of Wales, Eluned Morgan,” as her office, not as a second person', () => {
    const entities = entitiesOf('The First Minister of Wales, Eluned Morgan, said the plan would cost £40m. Morgan said it would pay for itself.');
    assert.deepEqual(summary(entities.filter((e) => e.type === 'person')), ['Eluned Morgan/person: Eluned Morgan, Morgan']);
    assert.deepEqual(find(entities, 'Eluned Morgan').descriptors, ['First Minister of Wales']);
    // and before the name, as "Prime Minister" is
    assert.deepEqual(find(entitiesOf('First Minister Eluned Morgan said the plan would cost £40m.'), 'Eluned Morgan').descriptors, ['First Minister']);
    assert.deepEqual(summary(entitiesOf('The First Lady, Jill Biden, opened the school.').filter((e) => e.type === 'person')), ['Jill Biden/person: Jill Biden']);
  });

  it('reads “The Secretary of State for Health, Wes Streeting,” as his office, though “Secretary” also qualifies titles', () => {
    const entities = entitiesOf('The Secretary of State for Health, Wes Streeting, said 4,000 beds would open.');
    assert.deepEqual(summary(entities), ['Wes Streeting/person: Wes Streeting']);
    assert.deepEqual(entities[0].descriptors, ['Secretary of State for Health']);
    // the body an office belongs to is still named
    assert.deepEqual(summary(entitiesOf('The Secretary General of the UN, Antonio Guterres, said 40 people died.')), ['UN/organization: UN', 'Antonio Guterres/person: Antonio Guterres']);
  });

  it('reads “the Leeds housing charity” whole, though the tagger takes “housing” for a verb after a place', () => {
    const figure = analyze('The Leeds housing charity said rents rose 12% last year.', { format: 'plaintext' }).figures[0];
    assert.deepEqual([figure.source?.text, figure.source?.entity], ['The Leeds housing charity', null]);
    for (const text of ['“We are full,” the Leeds housing charity said.', '“We are full,” said the Leeds housing charity.', 'The Leeds housing charity said: “We are full.”']) {
      assert.deepEqual(speakerOf(text), { name: text.startsWith('The') ? 'The Leeds housing charity' : 'the Leeds housing charity', status: 'attributed', entity: null }, text);
    }
    // a participle with its object after people is still a clause of its own
    assert.equal(speakerOf('Leeds fans holding banners said: “We want him out.”')?.name, 'Leeds fans');
  });

  it('checks the figure an index reports (“Nasdaq said trading volumes rose 12%”), and leaves an index’s level and a share price in pence alone', () => {
    const figures = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.text, f.kind, f.source?.text ?? null]);
    assert.deepEqual(figures('Nasdaq said trading volumes rose 12% last month.'), [['12%', 'percent', 'Nasdaq']]);
    // a market's move is market record, and so is where it closed
    assert.deepEqual(figures('The FTSE 100 added 1.2% to close at 8,100.'), []);
    assert.deepEqual(figures('Shares in Vantor Motors rose 4% to 312 pence.'), []);
    // pence are money wherever they are
    assert.deepEqual(figures('A loaf now costs 95 pence, the bakery said.'), [['95 pence', 'money', 'the bakery']]);
  });

  it('reads the other parties’ tallies after a count of votes as results (“with the Conservatives on 5,113”)', () => {
    const unsourced = (text: string) => analyze(text, { format: 'plaintext' }).findings.filter((f) => f.code === 'unsourced-figure').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(unsourced('Labour won the seat with 14,212 votes, with the Conservatives on 5,113 and the Liberal Democrats on 2,960.'), []);
    assert.deepEqual(unsourced('Reform UK came second with 9,100 votes, the Greens third on 1,204.'), []);
    // not a tally foreseen, nor a number of things after "on"
    assert.deepEqual(unsourced('Labour needs 5,000 votes, with the Greens on 1,204.'), ['5,000 votes', '1,204']);
    assert.deepEqual(unsourced('The council won 40 votes and spent £4m on 1,204 homes.'), ['£4m', '1,204 homes']);
  });

  it('gives “she said” to the spokeswoman just before it, not to the woman named paragraphs earlier', () => {
    const text = [
      '“We know this is painful,” said Priya Natarajan, Network Rail’s route director.',
      'Replacement buses will run every 10 minutes, the council said.',
      'A spokeswoman for the operator, TransNorth, said refunds would be available. “Nobody should pay for a service they can’t use,” she said.',
    ].join('\n\n');
    const quote = analyze(text, { format: 'plaintext' }).quotes[1];
    assert.deepEqual([quote.status, quote.speaker?.text, quote.speaker?.name, quote.speaker?.entity], ['anonymous', 'she', 'A spokeswoman', null]);
    // a spokesman is no "she"
    const other = analyze(text.replace('A spokeswoman', 'A spokesman'), { format: 'plaintext' }).quotes[1];
    assert.equal(other.speaker?.name, 'Priya Natarajan');
  });

  it('reads the first end of “the Harrowgate to Kessford line” as a place, as the second', () => {
    assert.deepEqual(summary(entitiesOf('Commuters face the six-week closure of the Harrowgate to Kessford line, a report found.')), [
      'Harrowgate/place: Harrowgate',
      'Kessford/place: Kessford',
    ]);
    assert.deepEqual(summary(entitiesOf('The Leeds to Manchester route will close in March.')), ['Leeds/place: Leeds', 'Manchester/place: Manchester']);
  });

  it('reads a participle after a document (“a statement read to the court”) as no cue of its own', () => {
    assert.deepEqual(speakerOf('Her son said in a statement read to the court: “My mother trusted her completely.”'), { name: 'Her son', status: 'anonymous', entity: null });
    assert.deepEqual(speakerOf('A statement read to the court said: “My mother trusted her completely.”'), { name: 'A statement', status: 'attributed', entity: null });
    // a document's author after "by" is still its speaker
    assert.equal(speakerOf('A statement released by police read: “We are appealing for witnesses.”')?.name, 'police');
    // and unnamed sources sent somewhere are still the speakers, not where they were sent
    assert.deepEqual(speakerOf('Officials sent to the scene said: “It is bad.”'), { name: 'Officials', status: 'anonymous', entity: null });
  });

  it('keeps “the UK” the country though another name spells its letters (“University of Kessford”)', () => {
    const entities = entitiesOf('Researchers at the University of Kessford followed 1,000 adults. Dementia affects 944,000 people in the UK, according to the charity.');
    assert.deepEqual(find(entities, 'University of Kessford').mentions.map((m) => m.text), ['University of Kessford']);
    assert.equal(find(entities, 'UK').type, 'place');
    // a country's letters still join the country's name
    assert.deepEqual(find(entitiesOf('The United Arab Emirates raised output. The UAE said exports rose.'), 'United Arab Emirates').mentions.map((m) => m.text), ['United Arab Emirates', 'UAE']);
  });

  it('credits a finding “in a study of 62,000 older adults” to the study', () => {
    const sources = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.text, f.source?.text ?? null]);
    assert.deepEqual(sources('Walking was linked to a 20% lower risk of dementia in a study of 62,000 older adults published on Wednesday.'), [
      ['20%', 'a study'],
      ['62,000 older adults', 'a study'],
    ]);
    // and to the journal that published it, when the article names one
    assert.deepEqual(sources('Walking was linked to a 20% lower risk in a study of 62,000 adults published on Wednesday in the journal Brain Health.'), [
      ['20%', 'Brain Health'],
      ['62,000 adults', 'Brain Health'],
    ]);
    assert.deepEqual(sources('A study published in the Lancet found 40% of patients improved.'), [['40%', 'Lancet']]);
    assert.deepEqual(sources('A report published in March found 40% of homes were damp.'), [['40%', 'A report']]);
    // a document noun that only describes what follows it is none
    assert.deepEqual(sources('Prices rose 4% in the review period.'), [['4%', null]]);
  });

  it('reads a player’s position opening a sentence as the title of the name after it (“Substitute Leo Marsh”)', () => {
    for (const [text, name, role] of [
      ['Substitute Leo Marsh won it in the 84th minute.', 'Leo Marsh', 'Substitute'],
      ['Defender Tom Hill scored twice.', 'Tom Hill', 'Defender'],
    ]) {
      const entities = entitiesOf(text);
      assert.deepEqual(summary(entities), [`${name}/person: ${name}`], text);
      assert.deepEqual(entities[0].descriptors, [role]);
    }
    // a firm named with such a word keeps its name
    assert.deepEqual(summary(entitiesOf('Keeper Holdings Ltd said sales rose.')), ['Keeper Holdings Ltd/organization: Keeper Holdings Ltd']);
  });

  it('reads a crowd compared with others (“The crowd of 6,812 was Rovers’ biggest”) as match record, not a protest’s count', () => {
    const figures = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => f.text);
    assert.deepEqual(figures('The crowd of 6,812 was Rovers’ biggest of the season.'), []);
    assert.deepEqual(figures('A crowd of 2,000 gathered outside parliament.'), ['2,000']);
  });

  it('reads a name ending in a landform nobody is named after (“The Cedar Creek fire”) as a place', () => {
    assert.deepEqual(summary(entitiesOf('The Cedar Creek fire had burned 38,000 acres by Sunday.')), ['Cedar Creek/place: Cedar Creek']);
    assert.deepEqual(summary(entitiesOf('Voters in Palm Springs rejected the plan.')), ['Palm Springs/place: Palm Springs']);
    // a landform that is also a surname is left to the rest of the evidence
    assert.deepEqual(summary(entitiesOf('Tom Ridge said the plan was sound.')), ['Tom Ridge/person: Tom Ridge']);
  });

  it('joins an AP state abbreviation (“REDDING, Calif. (AP)”) to the state the story names', () => {
    const entities = entitiesOf('REDDING, Calif. (AP) — A wildfire in northern California has forced 12,000 people from their homes, officials said.');
    assert.deepEqual(find(entities, 'California').mentions.map((m) => m.text).sort(), ['Calif', 'California']);
  });

  it('reads “internal documents seen by this newspaper show” as a source, past the participle', () => {
    const figure = analyze('A hospital trust failed to act on more than 400 urgent cancer referrals over two years, internal documents seen by this newspaper show.', { format: 'plaintext' }).figures[0];
    assert.equal(figure.text, '400 urgent cancer referrals');
    assert.equal(figure.sourced, true);
    assert.equal(figure.source?.text, 'this newspaper');
  });

  it('gives “It said 92%” to the body “the trust said” stood for just before, with no organisation named in reach', () => {
    const a = analyze('Kessford Hospitals NHS Trust runs two sites.\n\nA second source said the backlog was discussed in March. In a statement, the trust said it regretted the delays. It said 92% of patients were now seen within two weeks.', { format: 'plaintext' });
    const figure = a.figures[0];
    assert.deepEqual([figure.text, figure.source?.text, a.entities[figure.source?.entity ?? -1]?.name], ['92%', 'It', 'Kessford Hospitals NHS Trust']);
  });

  it('takes no source from a cue denied (“did not tell regulators”, “didn’t say”), but from the credit that stands', () => {
    const sources = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.text, f.source?.text ?? null]);
    assert.deepEqual(sources('A hospital trust failed to act on 400 referrals and did not tell regulators, documents show.'), [['400 referrals', 'documents']]);
    assert.deepEqual(sources('Acme didn’t say that 400 jobs would go.'), [['400 jobs', null]]);
    assert.deepEqual(sources('The minister did not deny that 400 jobs would go.'), [['400 jobs', 'The minister']]);
  });
});
