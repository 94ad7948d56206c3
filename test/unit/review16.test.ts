// Fixes from the session-16 review (articles on a ferry operator's results, a flood scheme,
// a manslaughter trial, a docks plan and hospital waiting lists). Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entitiesOf, find, summary } from './entitySummary';

const typeOf = (text: string, name: string) => find(entitiesOf(text), name).type;
/** The text of each figure's source, or null. */
const sourceOf = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => f.source?.text ?? null);
/** The text of each unsourced-figure finding. */
const unsourced = (text: string) => analyze(text, { format: 'plaintext' }).findings.filter((f) => f.code === 'unsourced-figure').map((f) => text.slice(f.start, f.end));

describe('session-16 review', () => {
  it('reads a business named after what it is (“the rail operator Northway”) as a business, and a person so named as a person', () => {
    assert.equal(typeOf('Olsen joined from the rail operator Northway in 2023.', 'Northway'), 'organization');
    assert.equal(typeOf('The supermarket chain Greenvale said prices would rise.', 'Greenvale'), 'organization');
    assert.equal(typeOf('The tour operator Sunward said bookings fell.', 'Sunward'), 'organization');
    // an operator, a producer, a publisher may be a person: a given name says so
    assert.equal(typeOf('“It was awful,” said camera operator Jim Rowe.', 'Jim Rowe'), 'person');
    assert.equal(typeOf('The film producer Jim Rowe said the shoot was cancelled.', 'Jim Rowe'), 'person');
  });

  it('joins a company’s short name to its full one when the full name ends with its trade (“Harbourline Ferries”, “Castleford Estates”)', () => {
    assert.deepEqual(summary(entitiesOf('Harbourline Ferries reported a loss. Harbourline said it would cut 300 jobs.')), ['Harbourline Ferries/organization: Harbourline Ferries, Harbourline']);
    assert.equal(typeOf('The developer chosen to lead the scheme, Castleford Estates, built similar projects.', 'Castleford Estates'), 'organization');
  });

  it('names an AP state abbreviation by its state, as the entity and as the dateline place’s descriptor', () => {
    const entities = entitiesOf('SPRINGDALE, Ark. (AP) — A former manager told jurors on Tuesday that the doors were open.');
    assert.deepEqual(find(entities, 'Springdale').descriptors, ['Arkansas']);
    assert.deepEqual(summary(entities.filter((e) => e.type === 'place')), ['Springdale/place: SPRINGDALE', 'Arkansas/place: Ark.']);
  });

  it('credits a figure after “said about” to the speaker named in apposition (“The chief executive, Nina Osei, said about 30% …”)', () => {
    assert.deepEqual(sourceOf('The chief executive, Nina Osei, said about 30% of the homes would be affordable.'), ['Nina Osei']);
    assert.deepEqual(sourceOf('Its chief executive, Nina Osei, said around 400 homes would be affordable.'), ['Nina Osei']);
    assert.deepEqual(sourceOf('The boss, Nina Osei, said up to 1,000 jobs could go.'), ['Nina Osei']);
    // "said about" a subject is still a cue after its content
    const quote = analyze('“It will be fine,” the chief executive, Nina Osei, said about the plan.', { format: 'plaintext' }).quotes[0];
    assert.equal(quote.speaker?.name, 'Nina Osei');
  });

  it('reads one-word names joined by “and” after a place’s preposition as places (“in Salford and Gateshead”)', () => {
    const places = (text: string) => entitiesOf(text).map((e) => `${e.name}/${e.type}`);
    assert.deepEqual(places('The firm built similar projects in Salford and Gateshead.'), ['Salford/place', 'Gateshead/place']);
    assert.deepEqual(places('The firm has offices in Aberdeen and Peterhead.'), ['Aberdeen/place', 'Peterhead/place']);
  });

  it('reads the name after “the population of”, “the east of”, “residents of” as a place', () => {
    assert.equal(typeOf('The population of Kessford will grow by 12% by 2040, the statistics office estimates.', 'Kessford'), 'place');
    assert.equal(typeOf('“For too long the east of Kessford has been left behind,” she said.', 'Kessford'), 'place');
    assert.equal(typeOf('Residents of Harrowgate were told to stay indoors.', 'Harrowgate'), 'place');
  });

  it('credits a figure “according to three officials familiar with the discussions”: people counted are who speak', () => {
    const credits = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.text, f.source?.text ?? null, f.source?.anonymous ?? null]);
    assert.deepEqual(credits('The aid budget will be cut by £3bn, according to three officials familiar with the discussions.'), [['£3bn', 'three officials familiar with the discussions', true]]);
    assert.deepEqual(credits('Prices rose 4%, according to two senior diplomats.'), [['4%', 'two senior diplomats', true]]);
    // a count of documents is what is counted, not who speaks
    assert.deepEqual(credits('Prices rose 4%, according to 22 surveys covering 3,000 shops.').map(([, source]) => source), [null, null, null]);
  });

  it('keeps a name whole when it opens a sentence with a word the tagger takes for a gerund (“Downing Street”, “Ealing Council”)', () => {
    assert.deepEqual(summary(entitiesOf('Downing Street declined to comment.')), ['Downing Street/place: Downing Street']);
    assert.deepEqual(summary(entitiesOf('Ealing Council said the road would close.')), ['Ealing Council/organization: Ealing Council']);
    assert.deepEqual(summary(entitiesOf('Reading Borough Council said it would appeal.')), ['Reading Borough Council/organization: Reading Borough Council']);
    // a gerund opening a sentence before other names is still no name
    assert.deepEqual(summary(entitiesOf('Following Monday’s vote, the council said it would appeal.')), []);
  });

  it('reads a station named after its region (“BBC Radio Kent”) as a broadcaster, not a person or a place', () => {
    for (const name of ['BBC Radio Kent', 'BBC Radio Lancashire', 'Radio Kent']) assert.equal(typeOf(`She told ${name} that it was over.`, name), 'organization', name);
  });

  it('reads a league table’s counts as the table (“top with 41 points from 19 games”, “three points off the play-off places”)', () => {
    assert.deepEqual(unsourced('Rovers move up to sixth, three points off the play-off places, while Ashcombe stay top with 41 points from 19 games.'), []);
    assert.deepEqual(unsourced('Dunmore are unbeaten in 14 matches.'), []);
    // a count of games with no play about it is still checked
    assert.deepEqual(unsourced('The museum holds 19 games from the 1890s.'), ['19 games']);
  });

  it('reads a club a player moves from or signs for as the club (“since joining from Harrowgate Town”)', () => {
    assert.equal(typeOf('Mbeki scored his first goal since joining from Harrowgate Town in the summer.', 'Harrowgate Town'), 'organization');
    assert.equal(typeOf('Mbeki signed for Dunmore City on Friday.', 'Dunmore City'), 'organization');
    assert.equal(typeOf('She arrived from Cape Town last year.', 'Cape Town'), 'place');
  });

  it('describes a person by a head of something or a counterpart set off before the name (“Oxfam’s head of policy, Daniel Kemp,”)', () => {
    const entities = entitiesOf('Oxfam’s head of policy, Daniel Kemp, said the cut was wrong. His Ashcombe counterpart, Lee Dawson, was less happy.');
    assert.deepEqual(find(entities, 'Daniel Kemp').descriptors, ['Oxfam’s head of policy']);
    assert.deepEqual(find(entities, 'Lee Dawson').descriptors, ['Ashcombe counterpart']);
  });

  it('keeps “the House” apart from the White House', () => {
    const entities = entitiesOf('The House passed the measure on Thursday.\n\nA White House spokesperson said the president would sign the bill.');
    assert.deepEqual(summary(entities), ['House/organization: House', 'White House/organization: White House']);
  });

  it('reads a shipping or an airline’s name by its ending (“Irish Sea Lines”, “Delta Air Lines” and then “Delta”)', () => {
    assert.deepEqual(summary(entitiesOf('The operator, Irish Sea Lines, said in a statement that all 412 passengers were safe.')), ['Irish Sea Lines/organization: Irish Sea Lines']);
    assert.deepEqual(summary(entitiesOf('Delta Air Lines said it would add flights. Delta said demand was strong.')), ['Delta Air Lines/organization: Delta Air Lines, Delta']);
  });

  it('gives “the statement said” to whoever spoke “in a statement” before it', () => {
    for (const text of [
      'In a statement, Irish Sea Lines said all passengers were safe. “Safety is our priority,” the statement said.',
      'Irish Sea Lines said on Sunday in a statement that all passengers were safe. “Safety is our priority,” the statement said.',
    ]) {
      const quote = analyze(text, { format: 'plaintext' }).quotes[0];
      assert.deepEqual([quote.speaker?.name, quote.status], ['Irish Sea Lines', 'attributed'], text);
    }
    // a second statement, unnamed, is another one
    const quote = analyze('In a statement, Irish Sea Lines said all passengers were safe. A second statement was issued later. “Safety is our priority,” the statement said.', { format: 'plaintext' }).quotes[0];
    assert.equal(quote.speaker?.name, 'the statement');
  });

  it('knows the counties of the UK as places, and keeps a body named after two of them whole', () => {
    assert.deepEqual(summary(entitiesOf('Storm Ingrid brought gusts of 90mph to parts of Cornwall and Devon overnight, the Met Office said.')).slice(0, 2), ['Cornwall/place: Cornwall', 'Devon/place: Devon']);
    assert.deepEqual(summary(entitiesOf('Devon and Cornwall Police urged people not to travel.')), ['Devon and Cornwall Police/organization: Devon and Cornwall Police']);
    assert.deepEqual(summary(entitiesOf('France and Germany signed the deal.')), ['France/place: France', 'Germany/place: Germany']);
  });

  it('keeps a compass word that opens a body’s name (“Western Power Distribution said”)', () => {
    assert.deepEqual(summary(entitiesOf('Western Power Distribution said engineers had restored supplies.')), ['Western Power Distribution/organization: Western Power Distribution']);
    assert.deepEqual(summary(entitiesOf('Northern Rail said trains were cancelled.')), ['Northern Rail/organization: Northern Rail']);
    // a compass word before a place's people is still no name of a body
    assert.deepEqual(summary(entitiesOf('Western leaders met in Paris.')), ['Paris/place: Paris']);
  });

  it('reads a newsroom’s label before a headline (“Obituary: …”) as no name', () => {
    const entities = analyze('# Obituary: Margaret Ellery, the nurse who changed burns care\n\nMargaret Ellery, who has died aged 91, was a nurse.\n', { format: 'markdown' }).entities;
    assert.deepEqual(summary(entities), ['Margaret Ellery/person: Margaret Ellery, Margaret Ellery']);
  });

  it('reads a sector before what a business is (“Tech giant Lunova”, “Tech firms are hiring”) as no name', () => {
    assert.deepEqual(summary(entitiesOf('Tech giant Lunova will cut 4,000 jobs, the company said.')), ['Lunova/organization: Lunova']);
    assert.deepEqual(summary(entitiesOf('Tech firms are hiring again in Leeds.')), ['Leeds/place: Leeds']);
    // a name before a business's rival is still a name
    assert.deepEqual(summary(entitiesOf('Acme rival Vantor said it would merge.')), ['Acme/organization: Acme', 'Vantor/organization: Vantor']);
  });

  it('keeps a union named for its members whole (“Communications Workers of America”), and an exam is no name', () => {
    assert.deepEqual(summary(entitiesOf('The Communications Workers of America, which represents some contractors, called the layoffs cruel.')), ['Communications Workers of America/organization: Communications Workers of America']);
    assert.deepEqual(summary(entitiesOf('Our GCSE pass rate went from 61% to 70% in a year.')), []);
  });

  it('reads “X, the agency said” as a speaker after the comma, not an appositive that makes X an agency', () => {
    assert.equal(typeOf('A gust of 91mph was recorded at Berry Head, the agency said.', 'Berry Head'), 'place');
    assert.equal(typeOf('Marlow Hatch, the law firm, said it would appeal.', 'Marlow Hatch'), 'organization');
  });

  it('reads “figures from the council” as the council’s, as “council figures” are, not an unnamed source', () => {
    const anonymous = (text: string) => analyze(text, { format: 'plaintext' }).findings.filter((f) => f.code === 'anonymous-source').length;
    assert.equal(anonymous('The bill will rise by £92, according to figures from the council.'), 0);
    assert.equal(anonymous('The bill will rise by £92, according to data from the ministry.'), 0);
    // figures from no one named are still vague
    assert.equal(anonymous('The bill will rise by £92, according to figures.'), 1);
  });

  it('reads a currency’s move or level as market record (“The shilling was little changed at 129.2 per dollar”)', () => {
    assert.deepEqual(unsourced('The Kenyan shilling was little changed at 129.2 per dollar.'), []);
    assert.deepEqual(unsourced('The pound fell 1.2% to $1.24 after the announcement.'), []);
    // a currency area's economy is no currency
    assert.deepEqual(unsourced('The euro zone economy grew 0.4% in the third quarter.'), ['0.4%']);
  });

  it('ends a source phrase at “that” opening a clause (“told a news conference that the bank expected …”)', () => {
    const figures = analyze('Governor Kamau Thugge told a news conference that the bank expected inflation to stay below 5%.', { format: 'plaintext' }).figures;
    assert.deepEqual(figures.map((f) => f.source?.text), ['the bank']);
  });

  it('reads where a person with a regional role works as an organisation (“chief economist for Africa at Standard Chartered”)', () => {
    assert.equal(typeOf('“The bank is worried,” said Razia Khan, chief economist for Africa at Standard Chartered.', 'Standard Chartered'), 'organization');
  });

  it('reads a byline’s title (“By Priya Natarajan, Property Correspondent”) as no person', () => {
    assert.deepEqual(summary(analyze('# House prices fall\n\nBy Priya Natarajan, Property Correspondent\n\nPrices fell 0.4%, the Halifax said.\n', { format: 'markdown' }).entities.filter((e) => e.type === 'person')), ['Priya Natarajan/person: Priya Natarajan']);
  });

  it('reads a name after “the” that speaks as a body (“…, the Halifax said”)', () => {
    assert.equal(typeOf('Prices fell 0.4% in October, the Halifax said.', 'Halifax'), 'organization');
  });

  it('reads the heading row of a Markdown table as labels, not names', () => {
    const text = '| Region | Annual change | Average price |\n|---|---|---|\n| London | -1.8% | £538,000 |\n| Wales | +3.1% | £219,000 |\n';
    assert.deepEqual(summary(analyze(text, { format: 'markdown' }).entities), ['London/place: London', 'Wales/place: Wales']);
  });

  it('reads a reporter’s beat and title before a name as the title (“Science Correspondent Tom Hill”), and a title alone as no one', () => {
    for (const title of ['Science Correspondent', 'Crime Reporter']) {
      const entities = entitiesOf(`${title} Tom Hill said the trial had ended.`);
      assert.deepEqual(summary(entities), ['Tom Hill/person: Tom Hill'], title);
      assert.deepEqual(entities[0].descriptors, [title]);
    }
    assert.deepEqual(summary(entitiesOf('Our Political Editor said the vote was close.')), []);
  });

  it('reads the town after a street in an address as a place (“Declan O’Sullivan, of Mill Lane, Harrowgate,”)', () => {
    assert.equal(typeOf('Declan O’Sullivan, of Mill Lane, Harrowgate, is due to appear in court on Tuesday.', 'Harrowgate'), 'place');
    assert.equal(typeOf('The crash happened on Harbour Road, Kessford, at 7am.', 'Kessford'), 'place');
  });

  it('credits “data compiled by the ministry show …” to the ministry, a body named by its office', () => {
    const figures = analyze('Data compiled by the ministry show that 4,000 homes were empty.', { format: 'plaintext' }).figures;
    assert.deepEqual(figures.map((f) => [f.text, f.source?.text ?? null]), [['4,000 homes', 'the ministry']]);
  });

  it('reads a competition named by its rank (“League Two”) as an organisation, not a place', () => {
    assert.equal(typeOf('Rovers were promoted to League Two last season.', 'League Two'), 'organization');
  });

  it('reads both names after “the towns of … and …” as places', () => {
    const entities = entitiesOf('For two decades, the towns of Ashby and Marlowe have argued over the bridge.');
    assert.deepEqual(summary(entities), ['Ashby/place: Ashby', 'Marlowe/place: Marlowe']);
  });

  it('credits the sum a body fines someone (“The regulator has fined SkyBridge Airways £2.4m”) to the body', () => {
    assert.deepEqual(sourceOf('The Civil Aviation Authority has fined SkyBridge Airways £2.4m.'), ['Civil Aviation Authority']);
    assert.deepEqual(sourceOf('Magistrates fined him £500 on Tuesday.'), ['Magistrates']);
    // the adjective is no cue
    assert.deepEqual(unsourced('The weather was fine, and 20mm of rain fell.'), ['20mm']);
  });

  it('joins a bank’s short name to its full one (“Van Dijk” after “Van Dijk Bank”), not a country’s', () => {
    assert.deepEqual(summary(entitiesOf('Hessenbank agreed to buy Van Dijk Bank for €4.2 billion. Van Dijk shares jumped 19%.')).slice(1), ['Van Dijk Bank/organization: Van Dijk Bank, Van Dijk']);
    assert.deepEqual(summary(entitiesOf('Kenya Commercial Bank said profit rose. Kenya is growing.')), ['Kenya Commercial Bank/organization: Kenya Commercial Bank', 'Kenya/place: Kenya']);
  });
});
