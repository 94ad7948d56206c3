// Fixes from the session-17 review (articles on a city budget vote, a walking study, a voter
// ID ruling, a food maker's results, a by-election, an island ferryman, a stabbing and a
// baseball game). Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { entitiesOf, find, summary } from './entitySummary';

const typeOf = (text: string, name: string) => find(entitiesOf(text), name).type;
const names = (text: string) => entitiesOf(text).map((e) => `${e.name}/${e.type}`);
/** Each figure's text and its source's text (or null). */
const figures = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.text, f.source?.text ?? null]);
/** The text of each unsourced-figure finding. */
const unsourced = (text: string) => analyze(text, { format: 'plaintext' }).findings.filter((f) => f.code === 'unsourced-figure').map((f) => text.slice(f.start, f.end));

describe('session-17 review', () => {
  it('reads “Leeds General Infirmary” as one hospital, not a general called Infirmary', () => {
    assert.deepEqual(names('The woman was taken to Leeds General Infirmary, where she remains in a serious condition.'), ['Leeds General Infirmary/organization']);
    assert.deepEqual(names('He died at St Luke’s Hospice on Sunday.'), ['St Luke’s Hospice/organization']);
  });

  it('reads “He is 67 now” as an age, not a figure to source', () => {
    assert.deepEqual(unsourced('Callum Reid has run the ferry for 31 years. He is 67 now, and the route will close in April.'), []);
    assert.deepEqual(unsourced('She is 90 today.'), []);
    // a number that is no age still is a figure
    assert.deepEqual(unsourced('The island is home to 46 residents now.'), ['46 residents']);
  });

  it('does not count a verb of comparison as what a number counts (“2,227 compares with 9,860”)', () => {
    const texts = analyze('The figure of 2,227 compares with 9,860 a year ago.', { format: 'plaintext' }).figures.map((f) => f.text);
    assert.deepEqual(texts, ['2,227', '9,860']);
  });

  it('reads an election’s result as on record: a share “of the total”, a tally “at the general election”, a majority and the one it is set against', () => {
    assert.deepEqual(unsourced('Jenny Okafor won 11,204 votes, 41.2% of the total, ahead of Mark Tully on 8,977.'), []);
    assert.deepEqual(unsourced('The Conservatives came third with 4,310 votes, down from 15,600 at the general election.'), []);
    assert.deepEqual(unsourced('Okafor’s majority of 2,227 compares with 9,860 last July.'), []);
    assert.deepEqual(unsourced('His majority was cut from 9,860 to 2,227.'), []);
    // a majority of people counted is a figure to source
    assert.deepEqual(unsourced('A majority of 300 residents opposed the plan.'), ['300 residents']);
    // and a share of a total that is no vote's
    assert.deepEqual(unsourced('Exports rose to $4bn, 41.2% of the total.'), ['$4bn', '41.2%']);
  });

  it('reads plural job abbreviations and sports statistics as common words (“GPs”, “a 3.21 ERA”)', () => {
    assert.deepEqual(names('The British Heart Foundation said the results should encourage GPs to prescribe walking.'), ['British Heart Foundation/organization']);
    assert.deepEqual(names('Nathan Eovaldi (7-4, 3.21 ERA) is scheduled to start for Texas.'), ['Nathan Eovaldi/person', 'Texas/place']);
  });

  it('joins a party’s short name to its full one when the full name ends with its country (“Reform” after “Reform UK”)', () => {
    const text = 'Mark Tully of Reform UK came second. The swing from Labour to Reform was 11 points.';
    assert.equal(typeOf(text, 'Reform UK'), 'organization');
    assert.deepEqual(summary(entitiesOf(text).filter((e) => e.name === 'Reform UK')), ['Reform UK/organization: Reform UK, Reform']);
    assert.deepEqual(summary(entitiesOf('Amnesty International published the report on Monday. The death toll was 40, Amnesty said.').filter((e) => e.type === 'organization')), ['Amnesty International/organization: Amnesty International, Amnesty']);
  });

  it('reads a name ending in a direction after a word that is no given name as a place (“Ashfield West”, “Glasgow East”)', () => {
    assert.equal(typeOf('Labour held Ashfield West in Thursday’s by-election.', 'Ashfield West'), 'place');
    assert.equal(typeOf('The MP for Glasgow East, Anna Reid, said she would stand again.', 'Glasgow East'), 'place');
    // a surname that is a direction, after a given name
    assert.equal(typeOf('Jerry West said the team would win.', 'Jerry West'), 'person');
  });

  it('keeps a noun that is also a verb of saying after its article as the source (“The state put the figure at 41,000”)', () => {
    assert.deepEqual(figures('Campaigners said 230,000 voters lacked an ID. The state put the figure at 41,000.'), [
      ['230,000 voters', 'Campaigners'],
      ['41,000', 'The state'],
    ]);
  });

  it('reads “one of five forms” as one picked out, not a share (“one in five” is)', () => {
    assert.deepEqual(figures('The law required voters to present one of five forms of ID.'), []);
    assert.deepEqual(
      figures('One in five voters lacked an ID, the survey found.').map(([text]) => text),
      ['One in five voters'],
    );
  });

  it('does not take a one-word cry in quotation marks for a name (“Shame!”)', () => {
    assert.deepEqual(names('One woman shouted “Shame!” before being escorted out by Harold Finch.'), ['Harold Finch/person']);
    assert.deepEqual(names('Protesters chanted "Resign!" outside the council offices.'), []);
  });

  it('credits a figure written with its unit (“90mph,”, “110km/h,”) to the source after the comma', () => {
    assert.deepEqual(figures('Gusts reached 90mph, the Met Office said.'), [['90mph', 'Met Office']]);
    assert.deepEqual(figures('Winds reached 110km/h, the Bangladesh Meteorological Department said.'), [['110km/h', 'Bangladesh Meteorological Department']]);
  });

  it('does not take the subject of the clause after “said” for an inverted speaker (“…, said the offer on the table was …”)', () => {
    assert.deepEqual(figures('The Rail Delivery Group, which represents the operators, said the offer on the table was fair and would give drivers a 4% rise this year.'), [['4%', 'Rail Delivery Group']]);
    // an inverted speaker with a phrase of time after it still is one
    assert.deepEqual(figures('Prices will rise 4%, said the spokesman on Tuesday.'), [['4%', 'the spokesman']]);
  });

  it('reads the name after a direction without its article as a place (“no trains north of Preston”)', () => {
    assert.equal(typeOf('Avanti said it would run no trains north of Preston.', 'Preston'), 'place');
    assert.equal(typeOf('The village lies 10 miles south of Carlton.', 'Carlton'), 'place');
  });

  it('reads a name an appositive calls “a children’s charity” as an organisation', () => {
    assert.equal(typeOf('Pike used the money from Hope North, a children’s charity, to buy a villa.', 'Hope North'), 'organization');
    assert.equal(typeOf('The money came from Lindley Fields, a women’s refuge charity, the court heard.', 'Lindley Fields'), 'organization');
  });

  it('keeps a possessive inside a place’s name after a preposition of place or in a dateline (“Cox’s Bazar”, “King’s Lynn”)', () => {
    assert.deepEqual(summary(entitiesOf('COX’S BAZAR, Bangladesh — A cyclone tore through the south of the country on Sunday.\n\nThe storm hit the camps in Cox’s Bazar hardest.').filter((e) => e.type === 'place')), [
      'Cox’s Bazar/place: COX’S BAZAR, Cox’s Bazar',
      'Bangladesh/place: Bangladesh',
    ]);
    assert.equal(typeOf('Floods hit homes in King’s Lynn on Sunday.', 'King’s Lynn'), 'place');
    // a known place's possessive is its own name
    assert.deepEqual(names('Troops were sent to China’s Xinjiang region.'), ['China/place', 'Xinjiang/place']);
  });

  it('credits a quoted fragment after “…, warning of” to the clause’s subject (a participle the tagger read as a noun)', () => {
    const quotes = (text: string) => analyze(text, { format: 'plaintext' }).quotes.map((q) => [q.kind, q.status, q.speaker?.text ?? null, q.cue?.text ?? null]);
    assert.deepEqual(quotes('The agency issued the alert for London, warning of a “significant impact” on health services.'), [['quotation', 'attributed', 'The agency', 'warning']]);
    assert.deepEqual(quotes('The council closed the park, warning against “panic buying” in the town.'), [['quotation', 'attributed', 'The council', 'warning']]);
    // a warning that is a noun stays one: "the warning of a “perfect storm”" credits nobody
    assert.deepEqual(quotes('Nobody heeded the warning of a “perfect storm” last year.').map(([, status]) => status), ['unattributed']);
  });

  it('keeps an office named for whoever holds it whole (“Leon County Sheriff’s Office”)', () => {
    assert.deepEqual(names('A deputy tried to stop the truck, the Leon County Sheriff’s Office said.'), ['Leon County Sheriff’s Office/organization']);
    assert.deepEqual(names('The Governor’s Office declined to comment.'), ['Governor’s Office/organization']);
  });

  it('reads a company named for its business in health care as a company, and its short name as the company (“Castor Health”)', () => {
    const text = 'Northvale has agreed to buy Castor Health for $6.2 billion. Castor shareholders will vote in March.';
    assert.deepEqual(summary(entitiesOf(text).filter((e) => e.name === 'Castor Health')), ['Castor Health/organization: Castor Health, Castor']);
    // a title with its portfolio stays a title
    assert.deepEqual(find(entitiesOf('The Minister of Health, Ana Ruiz, said the plan would work.'), 'Ana Ruiz').type, 'person');
  });

  it('keeps the adjective that opens a public body’s name at the start of a sentence (“Public Health England published …”)', () => {
    assert.deepEqual(names('Public Health England published the data on Monday.'), ['Public Health England/organization']);
    assert.deepEqual(names('National Grid said demand would peak at 6pm.'), ['National Grid/organization']);
    // an adjective before ordinary words is no name
    assert.deepEqual(names('Public health officials said the risk was low.'), []);
  });

  it('does not take a preposition opening the sentence into a title (“Under Chair Lina Park, …”)', () => {
    assert.deepEqual(find(entitiesOf('Under Chair Lina Park, the agency has challenged three mergers.'), 'Lina Park').descriptors, ['Chair']);
  });

  it('reads a result line’s capitals as its teams’ names, not a headline’s (“Ashgate City 1-2 Harrow Town”)', () => {
    assert.deepEqual(names('Ashgate City 1-2 Harrow Town'), ['Ashgate City/organization', 'Harrow Town/organization']);
    assert.deepEqual(names('Ashgate City 1 Harrow Town 2'), ['Ashgate City/organization', 'Harrow Town/organization']);
    // a headline with a number is still a headline
    assert.deepEqual(names('Storm Leaves 3 Dead As Rivers Burst Banks'), []);
  });

  it('reads an ordinary word set off by “which” that then speaks as a body (“Unite, which represents …, said”)', () => {
    assert.deepEqual(names('Unite, which represents some station staff, said it would ballot its members.'), ['Unite/organization']);
    assert.deepEqual(names('Equity, which represents actors, said the deal was fair.'), ['Equity/organization']);
    // a plural is a thing's, and a clause that does not speak names nothing
    assert.deepEqual(names('Prices, which rose in May, said little about demand.'), []);
    assert.deepEqual(names('Progress, which was slow, stalled in June.'), []);
  });

  it('gives no descriptor to a name that modifies the noun after it (“A senior NATO diplomat”)', () => {
    assert.deepEqual(find(entitiesOf('A senior NATO diplomat, speaking on condition of anonymity, said allies were worried.'), 'NATO').descriptors, []);
    // a role before a name that is no modifier still describes it
    assert.deepEqual(find(entitiesOf('Shares in chipmaker Lunova fell 4%.'), 'Lunova').descriptors, ['chipmaker']);
  });

  it('reads what a number counts past a country’s abbreviation (“100,000 U.S. troops”, “300 U.S. dollars”)', () => {
    const kinds = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.kind, f.text]);
    assert.deepEqual(kinds('About 100,000 U.S. troops are stationed in Europe.'), [['count', '100,000 U.S. troops']]);
    assert.deepEqual(kinds('About 2,000 UK jobs will go.'), [['count', '2,000 UK jobs']]);
    assert.deepEqual(kinds('The ticket cost 300 U.S. dollars.'), [['money', '300 U.S. dollars']]);
  });

  it('keeps a role word that is the first word of a body’s name after a live post’s time (“— Network Rail says”)', () => {
    assert.deepEqual(names('**10:15** — Network Rail says all services between Cardiff and Swansea are suspended.'), ['Network Rail/organization', 'Cardiff/place', 'Swansea/place']);
    // a role before a name of its own is still the name's description
    assert.deepEqual(names('Broadcaster Tellvision said the show was cancelled.'), ['Tellvision/organization']);
  });

  it('reads a total of time counted in millions as a figure (“3.6 million hours” of spills), not a span of time', () => {
    const kinds = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.kind, f.text]);
    assert.deepEqual(kinds('Firms spilled sewage for more than 3.6 million hours last year.'), [['measure', '3.6 million hours']]);
    assert.deepEqual(kinds('Firms spilled sewage for 3.6m hours last year.'), [['measure', '3.6m hours']]);
    // a span of time lived stays none
    assert.deepEqual(kinds('He served 20 years in prison.'), []);
  });

  it('reads a number set off by commas after a player’s ranking as an age (“The world number one, 23, became …”)', () => {
    assert.deepEqual(unsourced('The world number one, 23, became the first Italian to win the title.'), []);
    assert.deepEqual(unsourced('The world No 2, 31, lost in the final.'), []);
    // a thing's number set off so is still a figure
    assert.deepEqual(unsourced('The fund, 52, was closed.'), ['52']);
  });

  it('reads a tennis player’s aces and break points as match statistics', () => {
    assert.deepEqual(unsourced('Sinner served 13 aces and saved all four break points he faced after the first set.'), []);
  });

  it('credits a figure before “…, the bureau said last month.” (the tagger reads “last” as a verb)', () => {
    assert.deepEqual(figures('Inflation hit 33.4% in July, the National Bureau of Statistics said last month.'), [['33.4%', 'National Bureau of Statistics']]);
    assert.deepEqual(figures('Sales fell 4%, the company said this week.'), [['4%', 'the company']]);
  });

  it('gives a place no descriptor from an appositive about what happened there (“…fell 13% in Dublin, their biggest drop …”)', () => {
    assert.deepEqual(find(entitiesOf('Shares in Ryanair fell 13% in Dublin, their biggest one-day drop since the pandemic.'), 'Dublin').descriptors, []);
    // a body described by what it is to another keeps it
    assert.deepEqual(find(entitiesOf('The deal was welcomed by Halvik, its largest customer, on Monday.'), 'Halvik').descriptors, ['its largest customer']);
  });

  it('keeps two bodies joined by “and” apart when a plural describes them (“EasyJet and Wizz Air, its main rivals,”)', () => {
    assert.deepEqual(names('EasyJet and Wizz Air, its main low-cost rivals, will report results later this month.'), ['EasyJet/organization', 'Wizz Air/organization']);
    // a body named after two things stays one
    assert.deepEqual(names('Devon and Cornwall Police said the road was closed.'), ['Devon and Cornwall Police/organization']);
  });

  it('reads the place a local council or force is named for as a place wherever the name acts (“Kessford” after “Kessford Borough Council”)', () => {
    const text = 'The leader of Kessford Borough Council has resigned.\n\nKessford needs to find sites for 8,400 homes by 2040, a council report said.';
    assert.equal(typeOf(text, 'Kessford'), 'place');
    assert.equal(typeOf('Harrowgate Police said the road was closed. The chief constable said Harrowgate needed more officers.', 'Harrowgate'), 'place');
  });

  it('takes the noun before a participle for the speaker, not a span of time after it (“Residents of a street flooded three times in five years say …”)', () => {
    const quote = analyze('Residents of a street flooded three times in five years say they were ‘told nothing’ about the plans.', { format: 'plaintext' }).quotes[0];
    assert.deepEqual([quote.status, quote.speaker?.text, quote.cue?.text], ['anonymous', 'Residents of a street', 'say']);
  });

  it('reads ordinary nouns of public life opening a sentence as no names (“Uptake of the MMR vaccine has fallen”, “Dementia is …”)', () => {
    assert.deepEqual(names('Uptake of the MMR vaccine has fallen to 84.5% among five-year-olds, NHS data show.'), ['NHS/organization']);
    assert.deepEqual(names('“Life is getting harder every week,” said Chidinma Okeke.'), ['Chidinma Okeke/person']);
    assert.deepEqual(names('Dementia is now the leading cause of death in England.'), ['England/place']);
    // the same word opening a body's name is still a name
    assert.deepEqual(names('Cancer Research UK said funding had fallen.'), ['Cancer Research UK/organization']);
  });

  it('reads a body described with “the” as an identified source, not an unnamed one (“the country’s top auto safety regulator said”)', () => {
    const credit = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.source?.text ?? null, f.source?.anonymous ?? null]);
    assert.deepEqual(credit('Tesla is recalling two million vehicles, the country’s top auto safety regulator said.'), [['the country’s top auto safety regulator', false]]);
    const quote = analyze('“The recall is necessary,” said the country’s top auto safety regulator.', { format: 'plaintext' }).quotes[0];
    assert.equal(quote.status, 'attributed');
    // a person named only by whose they are is still unnamed
    assert.deepEqual(credit('Profits fell 4%, the firm’s lawyer said.'), [['the firm’s lawyer', true]]);
  });

  it('credits a quotation to a name with its own question mark (“The consumer group Which? said …”)', () => {
    const text = 'Ofgem raised its price cap on Friday.\n\nThe consumer group Which? said the increase would “heap more pain on millions of households”.';
    const quote = analyze(text, { format: 'plaintext' }).quotes[0];
    assert.deepEqual([quote.status, quote.speaker?.name], ['attributed', 'Which']);
    // a question before words in lower case is still one
    assert.equal(analyze('“Why?” she asked Ana Ruiz.', { format: 'plaintext' }).quotes[0].cue?.text, 'asked');
  });

  it('reads a figure converted in brackets after it as the same figure (“39C (102F)”, “$1.2bn (£950m)”), and “70 kph” as a measure', () => {
    const kinds = (text: string) => analyze(text, { format: 'plaintext' }).figures.map((f) => [f.kind, f.text]);
    assert.deepEqual(kinds('Temperatures reached 39C (102F) and winds of up to 70 kph fed the flames.'), [['measure', '39C'], ['measure', '70 kph']]);
    assert.deepEqual(kinds('The deal is worth $1.2bn (£950m), the company said.'), [['money', '$1.2bn']]);
    assert.deepEqual(kinds('The bridge is 300m (984ft) long.'), [['measure', '300m']]);
    // a different figure in brackets is its own
    assert.deepEqual(kinds('Sales rose to $5m (up 4%).'), [['money', '$5m'], ['percent', '4%']]);
  });
});
