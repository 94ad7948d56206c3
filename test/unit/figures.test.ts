import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Figure } from '../../src/engine';

/** The figures of a one-paragraph article: text, kind, and the source's text or null. */
function figures(text: string): { text: string; kind: string; source: string | null; anonymous?: boolean }[] {
  return analyze(text).figures.map((f: Figure) => {
    assert.equal(text.slice(f.start, f.end), f.text, 'span and text agree');
    assert.equal(f.sourced, f.source !== null);
    const row: { text: string; kind: string; source: string | null; anonymous?: boolean } = { text: f.text, kind: f.kind, source: f.source?.text ?? null };
    if (f.source?.anonymous) row.anonymous = true;
    return row;
  });
}

const unsourced = (text: string, kind: string) => ({ text, kind, source: null });

describe('figures: what counts', () => {
  it('finds a percentage with its sign', () => {
    assert.deepEqual(figures('Unemployment in the port city rose to 8.5% last year.'), [unsourced('8.5%', 'percent')]);
  });

  it('finds a percentage written as a word', () => {
    assert.deepEqual(figures('The levy raised 12 percent more than expected.'), [unsourced('12 percent', 'percent')]);
  });

  it('finds a percentage right after a name', () => {
    assert.deepEqual(figures('The county gave Harbor Trust 13 percent of the grant.'), [unsourced('13 percent', 'percent')]);
  });

  it('reads a decimal that starts with its point, and a batting average as no count', () => {
    assert.deepEqual(figures('Mortgage rates rose .5 percent in March.'), [unsourced('.5 percent', 'percent')]);
    assert.deepEqual(figures('The shortstop hit .312 last season.'), []);
  });

  it('finds money with its scale word', () => {
    assert.deepEqual(figures('The council approved a budget of $4.2 billion on Tuesday.'), [unsourced('$4.2 billion', 'money')]);
  });

  it('finds money in euros and pounds, scale letters included', () => {
    assert.deepEqual(figures('The trust spent €5 million and £12m on repairs.'), [unsourced('€5 million', 'money'), unsourced('£12m', 'money')]);
  });

  it('finds money named after the number', () => {
    assert.deepEqual(figures('The exhibition cost 300 million won to stage.'), [unsourced('300 million won', 'money')]);
  });

  it('finds a count with the noun it counts', () => {
    assert.deepEqual(figures('The shipyard will cut 2,400 jobs by the end of the year.'), [unsourced('2,400 jobs', 'count')]);
  });

  it('leaves "more than" out of the figure', () => {
    assert.deepEqual(figures('More than 300 people attended the hearing.'), [unsourced('300 people', 'count')]);
  });

  it('finds vague counts and spelled-out millions', () => {
    assert.deepEqual(figures('Thousands of protesters marched, and a million people watched.'), [
      unsourced('Thousands of protesters', 'count'),
      unsourced('a million people', 'count'),
    ]);
  });

  it('finds a fraction of a group as a proportion', () => {
    assert.deepEqual(figures('Three-quarters of voters backed the levy.'), [unsourced('Three-quarters of voters', 'percent')]);
  });

  it('finds "one in five" and "eight of 10" as proportions', () => {
    assert.deepEqual(figures('One in five residents rent, and eight of 10 renters pay more each year.'), [
      unsourced('One in five residents', 'percent'),
      unsourced('eight of 10 renters', 'percent'),
    ]);
  });

  it('reads no proportion in a sum or a count over a span of time: "£300 in three years"', () => {
    assert.deepEqual(figures('Her rent went up by £300 in three years.'), [unsourced('£300', 'money')]);
    assert.deepEqual(figures('The choir grew by 40 in two years.'), [unsourced('40', 'count')]);
    assert.deepEqual(figures('Three in 10 tenants fell behind.'), [unsourced('Three in 10 tenants', 'percent')]);
  });

  it('finds "one of every nine" as a proportion', () => {
    assert.deepEqual(figures('About one of every nine voters this fall is a student.'), [unsourced('one of every nine voters', 'percent')]);
  });

  it('reads African and Asian currencies written before the number: Sh, KSh, N, R, RM, Rp, ₦, GH₵', () => {
    assert.deepEqual(figures('The county will borrow Sh4.2 billion and KSh900 million.'), [unsourced('Sh4.2 billion', 'money'), unsourced('KSh900 million', 'money')]);
    assert.deepEqual(figures('The state set aside N50bn, and the utility lost R12 billion.'), [unsourced('N50bn', 'money'), unsourced('R12 billion', 'money')]);
    assert.deepEqual(figures('The ferry cost RM45 million, or Rp2.1 trillion.'), [unsourced('RM45 million', 'money'), unsourced('Rp2.1 trillion', 'money')]);
    assert.deepEqual(figures('Lawmakers approved ₦500 billion and GH₵2 billion for the port.'), [unsourced('₦500 billion', 'money'), unsourced('GH₵2 billion', 'money')]);
  });

  it('leaves a letter touching a number alone when it names no currency: the N1 road, R2 and G7', () => {
    assert.deepEqual(figures('Traffic on the N1 slowed near the R2 junction after the G7 summit.'), []);
  });

  it('reads Indian and informal units: lakh, crore, the rupee, "pc", "half a percentage point"', () => {
    assert.deepEqual(figures('Nearly 3 lakh pilgrims crossed the bridge.'), [unsourced('3 lakh pilgrims', 'count')]);
    assert.deepEqual(figures('The port trust spent Rs 820 crore and ₹1.5 lakh crore on dredging.'), [unsourced('Rs 820 crore', 'money'), unsourced('₹1.5 lakh crore', 'money')]);
    assert.deepEqual(figures('Food prices climbed 5.2pc in May.'), [unsourced('5.2pc', 'percent')]);
    assert.deepEqual(figures('The central bank lifted its rate by half a percentage point, and yields rose a quarter of a percentage point.'), [
      unsourced('half a percentage point', 'percent'),
      unsourced('a quarter of a percentage point', 'percent'),
    ]);
  });

  it('finds a rate with its time unit', () => {
    assert.deepEqual(figures('Cleaners earn $15 an hour at the depot.'), [unsourced('$15 an hour', 'rate')]);
  });

  it('finds a rate per thousand', () => {
    assert.deepEqual(figures('The clinic sees 3 per 1,000 residents each winter.'), [unsourced('3 per 1,000 residents', 'rate')]);
  });

  it('finds a measurement', () => {
    assert.deepEqual(figures('The new bridge spans 12 miles across the bay.'), [unsourced('12 miles', 'measure')]);
  });

  it('reads "m" after a number as metres beside a dimension or a distance, as millions beside a currency', () => {
    assert.deepEqual(figures('The new lido is 25m wide and 2m deep.'), [unsourced('25m', 'measure'), unsourced('2m', 'measure')]);
    assert.deepEqual(figures('The village sits 300m above sea level.'), [unsourced('300m', 'measure')]);
    assert.deepEqual(figures('Okafor swam 400m in under four minutes.'), [unsourced('400m', 'measure')]);
    assert.deepEqual(figures('The club raised £40m in 2022 and 55m in 2023.'), [unsourced('£40m', 'money'), unsourced('55m', 'money')]);
    assert.deepEqual(figures('The stadium cost 90m dollars.'), [unsourced('90m dollars', 'money')]);
    // no dimension and no currency: a count in millions
    assert.deepEqual(figures('The final drew 12m viewers.'), [unsourced('12m', 'count')]);
  });

  it('finds multiples written as verbs', () => {
    assert.deepEqual(figures('Ridership doubled after the fare cut and tripled by spring.'), [unsourced('doubled', 'multiple'), unsourced('tripled', 'multiple')]);
  });

  it('finds "by a third" as a proportion', () => {
    assert.deepEqual(figures('Ridership fell by a third over the winter.'), [unsourced('a third', 'percent')]);
  });
});

describe('figures: what does not count', () => {
  it('skips years, dates and times', () => {
    assert.deepEqual(figures('The bakery opened in 2019 and closed on March 3 at 5 p.m.'), []);
  });

  it('skips an age told as a short sentence', () => {
    assert.deepEqual(figures('Ana Ode, who ran the bakery, died on Sunday. She was 87. He turned 54 and kept 40 goats.'), [unsourced('40 goats', 'count')]);
  });

  it('skips an age in apposition and a hyphenated age', () => {
    assert.deepEqual(figures('Kim Soo-ah, 34, said a 34-year-old driver was hurt.'), []);
  });

  it('skips an age after a person: “Now 31, Lena Marsh …”, “moved to Leeds at 18”, “Marsh is 31”', () => {
    assert.deepEqual(figures('Now 31, Lena Marsh coaches the junior squad.'), []);
    assert.deepEqual(figures('Marsh, now 31, coaches the junior squad.'), []);
    assert.deepEqual(figures('At 18, she left home for Leeds.'), []);
    assert.deepEqual(figures('Tobias Fenwick moved to Leeds at 18.'), []);
    assert.deepEqual(figures('Lena Marsh is 31. The suspect was 27.'), []);
    // a surname the tagger does not know is a person once the article has named her
    assert.deepEqual(figures('Adaeze Nwosu won the title on Sunday. Nwosu is 22.'), []);
    // a single name the tagger does not know, named nowhere else in the article
    assert.deepEqual(figures('Quarshie is 19.'), []);
    assert.deepEqual(figures('The striker scored twice. Quarshie was 19 and unknown.'), []);
    // an abstract noun, a common word or a plural is no person: "Membership was 90." (an attendance is a match's record)
    assert.deepEqual(figures('Membership was 90. Turnout was 64. Capacity is 80.').map((f) => f.text), ['90', '64', '80']);
    // no person, or no step in a life: still figures
    assert.deepEqual(figures('The toll rose to 21. At 40, the index was 12 points lower. Police put the crowd at 90.').map((f) => f.text), ['21', '40', '12 points', '90']);
  });

  it('skips numbers inside names', () => {
    assert.deepEqual(figures('The G7 summit discussed COVID-19, Interstate 95 and Section 230.'), []);
  });

  it('skips ordinals and page numbers', () => {
    assert.deepEqual(figures('She finished 2nd in the race, as the paper reported on page 12.'), []);
  });

  it('skips numbers to call and reference numbers', () => {
    assert.deepEqual(figures('Police asked anyone with information to call 101, quoting log 245 of 14 June. In an emergency, dial 999 or 112.'), []);
    assert.deepEqual(figures('The force called 300 witnesses.'), [unsourced('300 witnesses', 'count')]);
  });

  it('skips telephone numbers written in groups, with a leading zero or a country code', () => {
    assert.deepEqual(figures('Readers can reach the helpline on 0800 555 0199, or from abroad on +44 20 7946 0958.'), []);
    assert.deepEqual(figures('The tip line, (555) 301 4477, is open at night. Its number is 555-0142.'), []);
    assert.deepEqual(figures('In 2019, 4,000 people signed; 250 300 and 450 came on three days.'), [unsourced('4,000 people', 'count'), unsourced('250', 'count'), unsourced('300', 'count'), unsourced('450', 'count')]);
  });

  it('skips ranks and road junctions: "the top 10", "between junctions 10 and 11"', () => {
    assert.deepEqual(figures('She finished in the top 10 for the third year. The motorway was shut between junctions 10 and 11.'), []);
  });

  it('skips small counts of no news weight', () => {
    assert.deepEqual(figures('Two children and their parents visited the zoo.'), []);
  });

  it('counts a small number of casualties, arrests or evacuations', () => {
    assert.deepEqual(figures('At least six climbers died on the ridge.'), [unsourced('six climbers', 'count')]);
    assert.deepEqual(figures('The blast killed 4 workers and injured 8.'), [unsourced('4 workers', 'count'), unsourced('8', 'count')]);
    assert.deepEqual(figures('Three were arrested and two remain missing.'), [unsourced('Three', 'count'), unsourced('two', 'count')]);
    assert.deepEqual(figures('The death toll rose to five.'), [unsourced('five', 'count')]);
    // nobody counted, or a small count with no harm done
    assert.deepEqual(figures('No one was hurt, and two firefighters arrived after the roof fell.'), []);
  });

  it('skips a race named by its distance, but not a distance', () => {
    assert.deepEqual(figures('Ilse Varga took the 800 metres relay and the 50m backstroke, then the 400-metre hurdles.'), []);
    assert.deepEqual(figures('She also swam the 200m individual medley.'), []);
    assert.deepEqual(figures('The new track is 400 metres long.'), [unsourced('400 metres', 'measure')]);
  });

  it('skips durations', () => {
    assert.deepEqual(figures('The mayor served 12 years before the 10-year plan began.'), []);
  });

  it('counts a duration that is a measurement: an average, a median, a decimal', () => {
    assert.deepEqual(figures('Patients waited an average of 6.2 hours and a median of 40 days; trains averaged 12 minutes late. He served 12 years.'), [
      unsourced('6.2 hours', 'measure'),
      unsourced('40 days', 'measure'),
      unsourced('12 minutes', 'measure'),
    ]);
  });

  it('skips scores and vote tallies', () => {
    assert.deepEqual(figures('The home side won 3-2 after a 52-48 vote on the stadium.'), []);
    assert.deepEqual(figures('The bill passed by 312 votes to 290, and the motion by 52 votes against 48.'), []);
  });

  it('finds a temperature written with its scale letter', () => {
    assert.deepEqual(figures('Temperatures reached 41C in Seville, 105F in Phoenix and 38°C in Athens.'), [unsourced('41C', 'measure'), unsourced('105F', 'measure'), unsourced('38°C', 'measure')]);
  });

  it('skips age brackets and suspended compounds', () => {
    assert.deepEqual(figures('The plan covers people under 30, those ages 55 to 65 and 18- to 24-year-old drivers.'), []);
  });

  it('skips the halves of a period but keeps half of a group', () => {
    assert.deepEqual(figures('Sales should recover in the second half of 2027 and the first half of the season was poor. Half of the staff left.'), [
      unsourced('Half of the staff', 'percent'),
    ]);
  });

  it('skips idioms that look like figures', () => {
    assert.deepEqual(figures('At one point the mayor was doubling down on the plan.'), []);
  });

  it('skips an address', () => {
    assert.deepEqual(figures('Protesters gathered outside 10 Downing Street.'), []);
  });

  it('skips slashed dates', () => {
    assert.deepEqual(figures('Families of 9/11 victims met the senator.'), []);
  });

  it('skips numbers inside a quotation', () => {
    assert.deepEqual(figures('“We lost 500 jobs in a week,” the foreman said.'), []);
  });

  it('skips numbers in Markdown code', () => {
    const text = 'The script ran twice.\n\n```\nrate = 45%\n```\n';
    assert.deepEqual(analyze(text, { format: 'markdown' }).figures, []);
  });
});

describe('figures: sources', () => {
  it('credits a figure a body or a person measured, not one a thing measured', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('The Lanford Weather Service recorded gusts of 58 mph at the airport.'), [['58 mph', 'Lanford Weather Service']]);
    assert.deepEqual(rows('Police logged 1,200 burglaries last year.'), [['1,200 burglaries', 'Police']]);
    assert.deepEqual(rows('The weather service measured 4 inches of rain.'), [['4 inches', 'The weather service']]);
    // a team's record and the rain itself are what the number is about, not who counted it
    assert.deepEqual(rows('The team recorded 58 wins.'), [['58 wins', null]]);
    assert.deepEqual(rows('Rainfall registered 4 inches.'), [['4 inches', null]]);
  });

  it('takes no source from a cue verb whose object is the figure itself: the subject did what is counted', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    // "concede", "warn", "write" and a person's "record" in their other senses
    assert.deepEqual(rows('The party has conceded 27 seats this year.'), [['27 seats', null]]);
    assert.deepEqual(rows('Wexford conceded 27 seats and won 12.').slice(0, 1), [['27 seats', null]]);
    assert.deepEqual(rows('Callan recorded 11 studio albums before retiring.'), [['11 studio albums', null]]);
    assert.deepEqual(rows('The utility warned 5,000 customers about the fault.'), [['5,000 customers', null]]);
    // the statement senses, a figure that a clause after the cue is about, and a body that counted, still credit
    assert.deepEqual(rows('Okafor conceded that 40% of the budget went unspent.'), [['40%', 'Okafor']]);
    assert.deepEqual(rows('The minister admitted a shortfall of £5m.'), [['£5m', 'The minister']]);
    // an admission states what it admits; letting people in, or pleading to charges, is a deed
    assert.deepEqual(rows('The trust admitted 35 breaches of patient privacy.'), [['35 breaches', 'The trust']]);
    assert.deepEqual(rows('The council acknowledged 12 errors in its accounts.'), [['12 errors', 'The council']]);
    assert.deepEqual(rows('The infirmary admitted 35 patients overnight.'), [['35 patients', null]]);
    assert.deepEqual(rows('The academy admitted 120 new pupils in September.'), [['120 new pupils', null]]);
    assert.deepEqual(rows('The guild admitted 45 new members.'), [['45 new members', null]]);
    assert.deepEqual(rows('Pell admitted 14 counts of theft.'), [['14 counts', null]]);
    assert.deepEqual(rows('Okafor said 300 homes flooded and 40 were lost.'), [['300 homes', 'Okafor'], ['40', 'Okafor']]);
    assert.deepEqual(rows('The health ministry recorded 312 new cases on Monday.'), [['312 new cases', 'The health ministry']]);
    assert.deepEqual(rows('The agency reported 312 new cases on Monday.'), [['312 new cases', 'The agency']]);
    assert.deepEqual(rows('Forecaster Jane Ho recorded gusts of 58 mph.'), [['58 mph', 'Jane Ho']]);
  });

  it('reads ", citing X" as a reason given by the clause’s subject, unless X names a source', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Freight volumes fell 12% last quarter, citing weak demand.'), [['12%', null]]);
    assert.deepEqual(rows('The ministry cut its growth forecast to 2%, citing weak exports.'), [['2%', 'The ministry']]);
    assert.deepEqual(rows('Ferrow Air will cut 300 jobs, citing higher fuel costs.'), [['300 jobs', 'Ferrow Air']]);
    // what is cited is a source: a document, a body, a name, an unnamed official
    assert.deepEqual(rows('Prices rose 3%, citing data from the statistics office.'), [['3%', 'data from the statistics office']]);
    assert.deepEqual(rows('Turnout reached 61%, citing the electoral commission.'), [['61%', 'the electoral commission']]);
    assert.deepEqual(rows('The toll rose to 40, citing hospital officials.'), [['40', 'hospital officials']]);
  });

  it('credits a promised or pledged figure to whoever promised it', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('President Ines Varga promised $15 million in emergency aid.'), [['$15 million', 'Ines Varga']]);
    assert.deepEqual(rows('Varga flew over the valley and pledged $15 million in aid.'), [['$15 million', 'Varga']]);
    // an ordinary object of an ordinary verb, or a figure after a pledge to do something, still needs a source
    assert.deepEqual(rows('The company added 300 jobs.'), [['300 jobs', null]]);
    assert.deepEqual(rows('She has pledged to ban all imports, some 1.6 billion dollars of trade.'), [['1.6 billion dollars', null]]);
  });

  it('takes a plural owner and the noun it owns for no source: “beating analysts’ forecasts”', () => {
    assert.deepEqual(figures('The brewer said profit had doubled to $2.1 billion, beating analysts’ forecasts.'), [
      { text: 'doubled', kind: 'multiple', source: 'The brewer' },
      { text: '$2.1 billion', kind: 'money', source: 'The brewer' },
    ]);
    assert.deepEqual(figures("Sales rose 14% to $900 million, well ahead of investors' estimates."), [unsourced('14%', 'percent'), unsourced('$900 million', 'money')]);
  });

  it('leaves a figure a reduced passive hedges unsourced, unless it names who after “by”', () => {
    assert.deepEqual(figures('Abara joined from Estrela for a fee believed to be around £8 million.'), [unsourced('£8 million', 'money')]);
    assert.deepEqual(figures('The deal, said to be worth $2 billion, was signed on Monday.'), [unsourced('$2 billion', 'money')]);
    assert.deepEqual(figures('He joined Estrela for a fee thought by Sky Sports to be £8 million.'), [{ text: '£8 million', kind: 'money', source: 'Sky Sports' }]);
    // a name or a pronoun before the verb is its subject
    assert.deepEqual(figures('Estrela said the fee was £8 million.'), [{ text: '£8 million', kind: 'money', source: 'Estrela' }]);
  });

  it('credits the name an unnamed source is given in apposition: “a White House spokesman, Daniel Cho, said”', () => {
    const named = [{ text: '$9.8 billion', kind: 'money', source: 'Daniel Cho' }];
    assert.deepEqual(figures('A White House spokesman, Daniel Cho, said the plan would cost $9.8 billion.'), named);
    assert.deepEqual(figures('A White House spokesman, Daniel Cho, called the claim nonsense and said the plan would cost $9.8 billion.'), named);
    assert.deepEqual(figures('The plan would cost $9.8 billion, a White House spokesman, Daniel Cho, said.'), named);
    // a clause in apposition names nobody
    assert.deepEqual(figures('Officials, speaking in Paris, said 40 people died.'), [{ text: '40 people', kind: 'count', source: 'Officials', anonymous: true }]);
  });

  it('credits "according to" a named source', () => {
    assert.deepEqual(figures('Unemployment rose to 8.5% last year, according to Fitch Solutions.'), [{ text: '8.5%', kind: 'percent', source: 'Fitch Solutions' }]);
  });

  it('credits a pre-posed "the ministry said"', () => {
    assert.deepEqual(figures('The ministry said exports fell 12 percent in May.'), [{ text: '12 percent', kind: 'percent', source: 'The ministry' }]);
  });

  it('credits a post-posed "the ministry said"', () => {
    assert.deepEqual(figures('Exports fell 12 percent in May, the ministry said.'), [{ text: '12 percent', kind: 'percent', source: 'the ministry' }]);
  });

  it('credits an inverted "said Lee", with the name rather than the description', () => {
    const [f] = figures('Rents climbed 9%, said Lee Ji-ho, an economist at Hana Bank.');
    assert.equal(f.text, '9%');
    assert.equal(f.source, 'Lee Ji-ho');
  });

  it('credits "rating agency X said" and "said rating agency X", a gerund naming the kind of body', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Output will expand 5.9 per cent, rating agency Norvale said.'), [['5.9 per cent', 'Norvale']]);
    assert.deepEqual(rows('Output will expand 5.9 per cent, said rating agency Norvale.'), [['5.9 per cent', 'Norvale']]);
    // a gerund with an object is still the main clause's
    assert.deepEqual(rows('Norvale cut the bonds, rating the debt at 40% of par.'), [['40%', 'Norvale']]);
  });

  it('credits a speaker whose description sits between commas', () => {
    assert.deepEqual(figures('Senator Alma Reyes, a Democrat, said the bill would save $300 million.').map((f) => [f.text, f.source]), [['$300 million', 'Alma Reyes']]);
  });

  it('credits "told reporters"', () => {
    assert.deepEqual(figures('Maria Lopez told reporters the project would cost $4 billion.').map((f) => [f.text, f.source]), [['$4 billion', 'Maria Lopez']]);
  });

  it('credits a post-posed "X told reporters" or "X told the BBC", whom it was told being no content', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Roughly 240 homes lost power, Nadia Ferreira told reporters.'), [['240 homes', 'Nadia Ferreira']]);
    assert.deepEqual(rows('The mill will shed 900 jobs, Omar Lindqvist told the BBC on Friday.'), [['900 jobs', 'Omar Lindqvist']]);
    // "told" with a clause after its object is pre-posed, and reaches back over nothing
    assert.deepEqual(rows('Sales fell 8%, and Ferreira told reporters the mill would close.'), [['8%', null]]);
  });

  it('credits a closing cue whose past tense is its bare form: "…, Jane Ho forecast."', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Rents will climb 7% next year, Priya Raman forecast.'), [['7%', 'Priya Raman']]);
    assert.deepEqual(rows('Priya Raman forecast that rents would climb 7%.'), [['7%', 'Priya Raman']]);
    // a forecast as a noun credits nobody
    assert.deepEqual(rows('Rents will climb 7%, as in the spring forecast.'), [['7%', null]]);
  });

  it('marks "officials said" as anonymous', () => {
    assert.deepEqual(figures('The storm destroyed 300 homes, officials said.'), [{ text: '300 homes', kind: 'count', source: 'officials', anonymous: true }]);
  });

  it('marks "a person familiar with the matter" as anonymous', () => {
    assert.deepEqual(figures('A person familiar with the matter said the deal was worth $2 billion.'), [
      { text: '$2 billion', kind: 'money', source: 'A person familiar with the matter', anonymous: true },
    ]);
    assert.deepEqual(figures('A person present at the meeting said 40% of staff would go.'), [
      { text: '40%', kind: 'percent', source: 'A person present at the meeting', anonymous: true },
    ]);
    // "present" before the noun is no link: the owner is a described person
    assert.deepEqual(figures('The present owner said 30% of staff would go.'), [{ text: '30%', kind: 'percent', source: 'The present owner' }]);
  });

  it('keeps an unnamed official anonymous even when the office is named', () => {
    assert.deepEqual(figures('A senior aide to the governor said 200 troops would deploy.'), [
      { text: '200 troops', kind: 'count', source: 'A senior aide to the governor', anonymous: true },
    ]);
  });

  it('credits analysts whose cue compromise reads as a noun', () => {
    assert.deepEqual(figures('Analysts at the central bank estimate growth of 3 percent.'), [
      { text: '3 percent', kind: 'percent', source: 'Analysts at the central bank', anonymous: true },
    ]);
  });

  it('credits "data from"', () => {
    assert.deepEqual(figures('Data from the statistics office show 40,000 jobs were lost.').map((f) => [f.text, f.source]), [['40,000 jobs', 'the statistics office']]);
  });

  it('credits "per" and "as per" before a source, never a rate’s "per" or a plan’s', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Exports rose 4.1% in June, as per customs data.'), [['4.1%', 'customs data']]);
    assert.deepEqual(rows('About 58% of voters took part, per the Halvard Electoral Board.'), [['58%', 'Halvard Electoral Board']]);
    assert.deepEqual(rows('Income per capita rose 3%, and rents rose 9 per cent.'), [['3%', null], ['9 per cent', null]]);
    assert.deepEqual(rows('A fifth of that, per the Ostrander plan, is $8,000.'), [['A fifth', null], ['$8,000', null]]);
  });

  it('credits documents that open the sentence as the subject of "show": "Court documents show …"', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source, !!f.anonymous]);
    assert.deepEqual(rows('Court documents show the broker moved $6 million offshore.'), [['$6 million', 'Court documents', false]]);
    assert.deepEqual(rows('Police records show 70 thefts at the station last year.'), [['70 thefts', 'Police records', false]]);
  });

  it('credits a named poll', () => {
    assert.deepEqual(figures('A Gallup poll found 45% of adults approve.').map((f) => [f.text, f.source]), [['45%', 'A Gallup poll']]);
  });

  it('credits "according to" a document with a participle after it: "a poll released last week"', () => {
    const pairs = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(pairs('Mayor Lund leads by 12 points among older voters, according to a Harbor Gazette poll released last week.'), [['12 points', 'Harbor Gazette']]);
    assert.deepEqual(figures('Exports fell 12 percent, according to figures published Tuesday.'), [{ text: '12 percent', kind: 'percent', source: 'figures', anonymous: true }]);
    // an author after the participle stays in the source
    assert.deepEqual(pairs('Exports fell 12 percent, according to data compiled by the Tarnwick Trade Office.'), [['12 percent', 'Tarnwick Trade Office']]);
  });

  it('credits the owner of a statement made a noun: "Lund’s claim that …", "his comment about …"', () => {
    const pairs = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(pairs('Lund’s claim that 40% of the budget goes to salaries drew scorn.'), [['40%', 'Lund']]);
    assert.deepEqual(pairs('Senators seized on Mayor Ode’s repeated insistence that only 1 percent of staff were involved.'), [['1 percent', 'Ode']]);
    assert.deepEqual(pairs('Ruiz never lived down his remark about 47 percent of voters.'), [['47 percent', 'his']]);
    // the same statement nouns as a quotation's speaker reads ("Kim's reply that …")
    assert.deepEqual(pairs('Lund’s reply that 40% of the budget goes to salaries drew scorn.'), [['40%', 'Lund']]);
    // no owner, no source
    assert.deepEqual(figures('The claim that 40% of the budget goes to salaries is false.'), [unsourced('40%', 'percent')]);
  });

  it('credits a figure someone commits to, or is accused of', () => {
    const pairs = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(pairs('In the end, Corvane agreed to lend the town $5 million.'), [['$5 million', 'Corvane']]);
    assert.deepEqual(pairs('Mayor Varga promised to spend $15 million on roads.'), [['$15 million', 'Varga']]);
    assert.deepEqual(pairs('Varga offered to pay $5 million.'), [['$5 million', 'Varga']]);
    assert.deepEqual(pairs('Prosecutors accused Ode of stealing $2 million from the fund.'), [['$2 million', 'Prosecutors']]);
    assert.deepEqual(pairs('Prosecutors charged two brokers, Ana Ode and Rui Lem, with defrauding 74 investors.'), [['74 investors', 'Prosecutors']]);
    // what a state offers, or a city charges, states nothing
    assert.deepEqual(figures('Pick one of the plans your state offers, as your child gets closer to 18.'), [unsourced('18', 'count')]);
    assert.deepEqual(figures('The city charges $5 for parking.'), [unsourced('$5', 'money')]);
  });

  it('credits the body that set an amount: "a penalty imposed by …"', () => {
    assert.deepEqual(figures('Velmora was fined $185 million, including a $100 million penalty imposed by the Harbor Finance Bureau, for misleading customers.').map((f) => [f.text, f.source]), [
      ['$185 million', null],
      ['$100 million', 'Harbor Finance Bureau'],
    ]);
    // only a body the article names sets it
    assert.deepEqual(figures('A $5 million loan approved by regulators saved the firm.'), [unsourced('$5 million', 'money')]);
  });

  it('leaves what a relative clause says of the subject to the article: "Acme, which employs 3,000 people, said …"', () => {
    assert.deepEqual(figures('Acme, which employs 3,000 people, said sales fell 4%.').map((f) => [f.text, f.source]), [['3,000 people', null], ['4%', 'Acme']]);
    assert.deepEqual(figures('The Tarnwick Coalition, which represents 20 million voters, wants to keep its policy.').map((f) => [f.text, f.source]), [['20 million voters', null]]);
  });

  it('credits a sum to the subject of the clause that qualifies it: "the $20 million experts say it costs"', () => {
    assert.deepEqual(figures('That is a fraction of the $20 million experts say a statewide race costs.'), [{ text: '$20 million', kind: 'money', source: 'experts', anonymous: true }]);
    // a poll result stays one
    assert.deepEqual(figures('52% of voters said the mayor should resign.'), [unsourced('52%', 'percent')]);
  });

  it('reads a cue after ", but" or ", yet" as opening its clause, not closing the one before', () => {
    const pairs = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(pairs('Voters like debates, yet Ode continually brags about his prowess in his 11 debates.'), [['11 debates', 'Ode']]);
    assert.deepEqual(pairs('Turnout hit 40%, yet officials said on Monday it was low.'), [['40%', null]]);
  });

  it('credits what someone calls a number of things: "Lund called half of them “cowards”"', () => {
    const pairs = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(pairs('At a fundraiser in Tarnwick, Lund called half of her rival’s supporters “cowards.”'), [['half', 'Lund']]);
    assert.deepEqual(pairs('Ode described the 40 new rules as “a mess.”'), [['40 new rules', 'Ode']]);
  });

  it('credits "by one estimate", as an unnamed source', () => {
    assert.deepEqual(figures('Floods damaged 300,000 acres of farmland, by one estimate.'), [
      { text: '300,000 acres', kind: 'measure', source: 'one estimate', anonymous: true },
    ]);
  });

  it('credits the body that estimated', () => {
    assert.deepEqual(figures('Officials estimated the damage at $90 million.'), [{ text: '$90 million', kind: 'money', source: 'Officials', anonymous: true }]);
  });

  it('credits the author after an opening "In a report"', () => {
    assert.deepEqual(figures('In a report released Tuesday, the agency put the toll at 300.').map((f) => [f.text, f.source]), [['300', 'the agency']]);
  });

  it('does not take "added" with a plain object as a source', () => {
    assert.deepEqual(figures('The company added 300 jobs last year.'), [unsourced('300 jobs', 'count')]);
  });

  it('does not let a cue reach across a contrasting clause', () => {
    assert.deepEqual(figures('The program serves 12,000 students, but critics say it is underfunded.'), [unsourced('12,000 students', 'count')]);
  });

  it('does not let a pre-posed cue reach into a clause after ", while", ", whereas", "but" or "although"', () => {
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('The ministry said it would review the scheme soon, while joblessness climbed to 6.4%.'), [['6.4%', null]]);
    assert.deepEqual(rows('The ministry said it would review the scheme, whereas joblessness climbed to 6.4%.'), [['6.4%', null]]);
    assert.deepEqual(rows('The ministry said it would review the scheme but joblessness climbed to 6.4%.'), [['6.4%', null]]);
    assert.deepEqual(rows('The ministry said it would review the scheme although joblessness climbed to 6.4%.'), [['6.4%', null]]);
    // a contrast inside what was said, and a shared subject, stay the speaker's
    assert.deepEqual(rows('The ministry said that, while costs rose 5%, revenue grew 3%.'), [['5%', 'The ministry'], ['3%', 'The ministry']]);
    assert.deepEqual(rows('The ministry said joblessness climbed to 6.4% but would ease by 2027.'), [['6.4%', 'The ministry']]);
    assert.deepEqual(rows('The ministry estimates that rents will rise 4%, while wages will rise 2%.'), [['4%', 'The ministry'], ['2%', 'The ministry']]);
  });

  it('does not let a pre-posed cue reach back before its subject', () => {
    assert.deepEqual(figures('Fares will rise 10 percent, and the union said it would protest.'), [unsourced('10 percent', 'percent')]);
    // ", and X said …" opens a clause of its own, whatever follows the cue ("season-ticket" is no date)
    const rows = (text: string) => figures(text).map((f) => [f.text, f.source]);
    assert.deepEqual(rows('Attendance of 9,120 set a record, and the club said season-ticket sales rose by 12 per cent.'), [['9,120', null], ['12 per cent', 'the club']]);
    assert.deepEqual(rows('Ticket sales rose 12 per cent, and the club said on Friday it expected more.'), [['12 per cent', null]]);
  });

  it('does not take a poll result for its own source', () => {
    assert.deepEqual(figures('Only 52 percent of voters said they would vote.'), [unsourced('52 percent', 'percent')]);
  });

  it('does not credit a figure in the next sentence', () => {
    assert.deepEqual(figures('The curator said the museum was busy. It has 20 galleries.'), [unsourced('20 galleries', 'count')]);
  });

  it('lets a company’s reported results carry to the next sentences of the paragraph', () => {
    const text =
      'Corvane Shipping reported third-quarter revenue of $2.1 billion, up 9% from a year earlier. ' +
      'Net profit rose to $180 million, or 64 cents a share. Operating margin widened to 14.2%.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.source]), [
      ['$2.1 billion', 'Corvane Shipping'],
      ['9%', 'Corvane Shipping'],
      ['$180 million', 'Corvane Shipping'],
      ['64 cents a share', 'Corvane Shipping'],
      ['14.2%', 'Corvane Shipping'],
    ]);
  });

  it('carries "the company said" and "according to its filing", not a third party’s estimate', () => {
    const text =
      'The company said bookings reached 48,000 in the quarter. Cancellations fell 3%.\n\n' +
      'Analysts had expected bookings of 45,000, according to a survey by Halden Research. Bookings rose 6% in March.\n\n' +
      'According to its filing, the company held $900 million in cash. The filing listed debt of $400 million.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.source]), [
      ['48,000', 'The company'],
      ['3%', 'The company'],
      ['45,000', 'a survey by Halden Research'],
      ['6%', null],
      ['$900 million', 'its filing'],
      ['$400 million', 'its filing'],
    ]);
  });

  it('carries a report no further than its paragraph, and not past a new source', () => {
    const text =
      'Corvane Shipping reported revenue of $2.1 billion on Thursday.\n\n' +
      'The port handles 1,200 ships a year. Dockworkers earn $31 an hour, the union said. Overtime adds 20% to their pay.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.source]), [
      ['$2.1 billion', 'Corvane Shipping'],
      ['1,200 ships a year', null],
      ['$31 an hour', 'the union'],
      ['20%', 'the union'],
    ]);
    // a person’s word, an unnamed source and an unidentified document carry nothing
    assert.deepEqual(figures('Officials said 300 homes were lost. Another 1,200 were damaged.').map((f) => [f.text, f.source]), [['300 homes', 'Officials'], ['1,200', null]]);
    assert.deepEqual(figures('Exports will slow, one slide says. Farm sales total $40 billion.').map((f) => [f.text, f.source]), [['$40 billion', null]]);
  });

  it('carries a report of figures into the next paragraph when that paragraph opens by pointing back to it', () => {
    const text =
      'More than 7.6 million people are waiting for treatment, Health Service Board figures show.\n\n' +
      'Of those, 390,000 have waited more than a year. The target is 92%; in October it was 58%.\n\n' +
      'The hospital has 900 beds.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.source]), [
      ['7.6 million people', 'Health Service Board'],
      ['390,000', 'Health Service Board'],
      ['92%', 'Health Service Board'],
      ['58%', 'Health Service Board'],
      ['900 beds', null],
    ]);
    // not a report without figures, nor past a paragraph that credits someone else first
    assert.deepEqual(figures('Then Velmora said enough.\n\nIt slapped tariffs of 25% on steel.').map((f) => [f.text, f.source]), [['25%', null]]);
    const credited = 'Corvane Shipping reported revenue of $2.1 billion.\n\nThat was 9% more than analysts expected, Lena Ortiz said. It also cut 300 jobs.';
    assert.deepEqual(figures(credited).map((f) => [f.text, f.source]), [
      ['$2.1 billion', 'Corvane Shipping'],
      ['9%', 'Lena Ortiz'],
      ['300 jobs', null],
    ]);
  });

  it('sources the next paragraph again when the report before it changes, as a cold analysis does', () => {
    const text = 'Sales reached $4 billion, the company said.\n\nOf that, 40% came from Asia.\n';
    assert.deepEqual(figures(text).map((f) => f.source), ['the company', 'the company']);
    analyze(text);
    // the same words in the same places; the sentence before no longer reports a figure
    const edited = text.replace('reached $4 billion', 'beat all estimates');
    const warm = analyze(edited);
    assert.deepEqual(warm.figures.map((f) => f.source?.text ?? null), [null]);
    clearTaggingCache();
    assert.deepEqual(warm, analyze(edited));
  });

  it('reads a count that a figure is brought to as the count itself, not a document that reports it', () => {
    assert.deepEqual(figures('Kell opened two more, taking its tally to 17 shops.').map((f) => [f.text, f.source]), [['17 shops', null]]);
    // a count that reports a figure still sources it
    assert.deepEqual(figures('Police said their count showed 400 arrests.').map((f) => [f.text, f.source]), [['400', 'their count']]);
  });

  it('keeps the items of a reported "that" clause together across semicolons', () => {
    const text = 'The auditors reported that Velmora holds $2 billion abroad; Corvane holds $900 million.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.source]), [['$2 billion', 'The auditors'], ['$900 million', 'The auditors']]);
  });

  it('does not read "States" in "the United States" as a cue verb', () => {
    const analysis = analyze('Velmora buys nearly $250 billion worth of goods from the United States. Its sales rose 4%.');
    assert.deepEqual(analysis.figures.map((f) => [f.text, f.source?.text ?? null]), [['$250 billion', null], ['4%', null]]);
    assert.deepEqual(analysis.claims.map((c) => c.source), [null, null]);
  });

  it('credits "the study" to the author an earlier sentence named for it', () => {
    const text =
      'A study by the Harwell Institute found that short naps improved recall among older adults.\n\n' +
      'Nurses in the trial said patients slept better. The study said 35% of participants remembered more words.';
    const analysis = analyze(text);
    const [figure] = analysis.figures;
    assert.equal(figure.text, '35%');
    assert.equal(figure.source?.text, 'The study');
    assert.equal(figure.source?.anonymous, false);
    assert.ok(figure.source?.entity != null && analysis.entities[figure.source.entity].name.includes('Harwell Institute'));
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'anonymous-source'), []);
  });

  it('keeps "the study" unnamed when the study it refers to is unnamed', () => {
    const text = 'A study by the Harwell Institute found that naps help. A second study found the opposite. The study said 35% of participants slept worse.';
    assert.deepEqual(figures(text), [{ text: '35%', kind: 'percent', source: 'The study', anonymous: true }]);
    assert.deepEqual(figures('The survey said 35% of participants slept worse.'), [{ text: '35%', kind: 'percent', source: 'The survey', anonymous: true }]);
  });

  it('credits "the survey" to the same author for a quote and a figure (one resolver for both)', () => {
    const both = (text: string) => {
      const a = analyze(text);
      const name = (entity: number | null | undefined) => (entity == null ? null : a.entities[entity].name);
      return [a.figures.map((f) => name(f.source?.entity)), a.quotes.map((q) => name(q.speaker?.entity))];
    };
    // the author released it, owns it, or qualifies it
    assert.deepEqual(both('The Tarnwick Port Board on Monday released its annual survey. The survey said 35% of piers need repairs. “Repairs cannot wait,” the survey said.'), [['Tarnwick Port Board'], ['Tarnwick Port Board']]);
    assert.deepEqual(both('A Lakeview University survey came out on Monday. The survey said 35% of piers need repairs. “Repairs cannot wait,” the survey said.'), [['Lakeview University'], ['Lakeview University']]);
    // a document mentioned since, whose author goes unnamed, is the one meant
    assert.deepEqual(both('A survey by the Tarnwick Port Board found rot. A second survey found none. The survey said 35% of piers are sound. “The rot is old,” the survey said.'), [[null], [null]]);
  });

  it('takes a document with a described owner as named: "the league’s figures"', () => {
    assert.deepEqual(figures('The payroll of $148 million ranks 11th, according to the league’s figures.'), [{ text: '$148 million', kind: 'money', source: 'the league’s figures' }]);
    assert.deepEqual(figures('Turnout hit 40%, according to officials’ estimates.'), [{ text: '40%', kind: 'percent', source: 'officials’ estimates', anonymous: true }]);
  });

  it('credits the one who proposes a plan with a gerund object', () => {
    assert.deepEqual(figures('Mayor Lorna Pettibone proposed hiring 120 new aides.').map((f) => [f.text, f.source]), [['120 new aides', 'Lorna Pettibone']]);
  });

  it('links a named source to its entity', () => {
    const text = 'Maria Lopez told reporters the project would cost $4 billion.';
    const analysis = analyze(text);
    const [figure] = analysis.figures;
    assert.notEqual(figure.source?.entity, null);
    const entity = analysis.entities[figure.source?.entity as number];
    assert.equal(entity.name, 'Maria Lopez');
    assert.deepEqual(entity.figures, [0]);
  });
});

describe('figures: fresh-article patterns', () => {
  it('reads "said on Thursday that …" after a dateline as a statement of what follows', () => {
    assert.deepEqual(figures('BRELLOW — Quilland Tools said on Thursday that its profit rose 27%.').map((f) => f.source), ['Quilland Tools']);
    assert.deepEqual(figures('BRELLOW — Quilland Tools said in a statement that its profit rose 27%.').map((f) => f.source), ['Quilland Tools']);
    // a relative "that" after the phrase leaves the cue post-posed
    assert.deepEqual(figures('BRELLOW — Profits rose 27%, Quilland said in a statement that was released on Monday.').map((f) => f.source), ['Quilland']);
  });
  it('reads ages and clock times as no figures: "adults over 65 walk …", "the retirement age from 62 to 64", "7 to 10 in the morning"', () => {
    assert.deepEqual(figures('Few adults over 65 walk far.'), []);
    assert.deepEqual(figures('The bill would raise the retirement age from 62 to 64.'), []);
    assert.deepEqual(figures('The lanes are closed to cars between 7 and 10 in the morning.'), []);
    // a count at a later hour is still a count
    assert.deepEqual(figures('The toll rose to 17 in the morning.'), [unsourced('17', 'count')]);
  });

  it('reads a closing "figures show" / "data show" as the source', () => {
    assert.deepEqual(figures('The Brellow library had 48,000 visits last year, the council’s figures show.').map((f) => f.source), ['the council’s figures']);
    assert.deepEqual(figures('Visits rose 12% last year, official data show.').map((f) => [f.source, f.anonymous]), [['official data', true]]);
  });
  it('takes the answers of a question-and-answer interview as the interviewee’s word', () => {
    const text = 'Q: How much did the new pier cost?\n\nA: About $40 million, 30% more than we planned.\n\n**Will the ferries return?**\n\nYes. The old pier carried 12,000 passengers a week.\n';
    assert.deepEqual(analyze(text, { format: 'markdown' }).figures.map((f) => [f.text, f.source?.text ?? null]), [
      ['$40 million', 'the interviewee'],
      ['30%', 'the interviewee'],
      ['12,000 passengers a week', 'the interviewee'],
    ]);
    // a question in running prose makes no interview
    assert.deepEqual(figures('Will the pier pay for itself? It cost $40 million.').map((f) => f.source), [null]);
    // an explainer's bold subheading is answered by the reporter; an interviewee answers in the first person
    const explainer = 'The council approved the pier on Monday.\n\n**What will it cost?**\n\nThe pier will cost $40 million.\n';
    assert.deepEqual(analyze(explainer, { format: 'markdown' }).figures.map((f) => f.source), [null]);
    const answered = 'The harbour master spoke to us on Monday.\n\n**What will it cost?**\n\nOur new pier will cost $40 million.\n';
    assert.deepEqual(analyze(answered, { format: 'markdown' }).figures.map((f) => f.source?.text), ['the interviewee']);
  });
  it('takes a study published in a named journal as named: "according to a study published Wednesday in the Journal of …"', () => {
    const text = 'Walkers were 21% less likely to fall ill, according to a study published Wednesday in the Journal of Harrow Medicine. Walkers also had 18% fewer hospital stays, the study said.';
    const found = analyze(text).figures.map((f) => [f.text, f.source?.text ?? null, f.source?.anonymous ?? null]);
    assert.equal(found.length, 2);
    assert.deepEqual(found[0].slice(2), [false]);
    assert.match(String(found[0][1]), /Journal of Harrow Medicine/);
    assert.deepEqual(found[1], ['18%', 'the study', false]);
    // a day said in more words than one: "published on Tuesday in", "published late last week in"
    for (const when of ['on Tuesday', 'late last week']) {
      const later = analyze(`Walkers were 21% less likely to fall ill, according to a study published ${when} in the Journal of Harrow Medicine. The study found 18% fewer hospital stays.`);
      assert.deepEqual(later.figures.map((f) => [f.source?.text ?? null, f.source?.anonymous ?? null])[1], ['The study', false], when);
    }
  });
  it('leaves a share price’s move unchecked, as market record: "Shares of X rose 9.6% to $188.40"', () => {
    assert.deepEqual(figures('Shares of Quilland Tools rose 9.6% to $188.40 in early trading.'), []);
    assert.deepEqual(figures('The stock has gained 31% this year, compared with a 12% rise in the index.'), []);
    // a hyphenated word in the subject is one word
    assert.deepEqual(figures('Shares of the Denver-based chipmaker fell 4.7% after hours.'), []);
    assert.deepEqual(figures('The Oslo-listed group’s stock slid 3%.'), []);
    // "share price", a multiple, and after an opening phrase
    assert.deepEqual(figures('Over the past five years, Quilland’s share price has halved.'), []);
    assert.deepEqual(figures('On Monday, the stock price fell 12%.'), []);
    assert.deepEqual(figures('Quilland’s profit has halved.').map((f) => f.text), ['halved']);
    // the company's own figures and a later clause about shares are still checked
    assert.deepEqual(figures('Revenue rose 5%, and shares fell 2%.').map((f) => f.text), ['5%', '2%']);
  });
  it('takes a report by a described, owned body as named: "a report by the council’s finance department"', () => {
    assert.deepEqual(figures('The closures will save £640,000 a year, according to a report by the council’s finance department.').map((f) => [f.source, !!f.anonymous]), [['a report by the council’s finance department', false]]);
    assert.deepEqual(figures('The plan costs $5 million, according to a report by its staff.').map((f) => !!f.anonymous), [true]);
  });

  it('keeps ", from $8.8 billion" in the clause of the change it qualifies', () => {
    assert.deepEqual(figures('The agency cut its growth forecast to 2%, from 3%, and unemployment hit 9%.').map((f) => [f.text, f.source !== null]), [['2%', true], ['3%', true], ['9%', false]]);
  });
  it('keeps the source of a figure the article restates: a "By the numbers" box', () => {
    const text = 'Revenue at Quilland Tools rose to $2.3 billion, the company said.\n\n- Revenue: $2.3 billion\n- Staff: 2,900 people\n';
    assert.deepEqual(analyze(text, { format: 'markdown' }).figures.map((f) => [f.text, f.source?.text ?? null]), [
      ['$2.3 billion', 'the company'],
      ['$2.3 billion', 'the company'],
      ['2,900 people', null],
    ]);
  });
  it('takes a document named by the body that keeps it as named: "council figures show", "according to government data"', () => {
    assert.deepEqual(figures('The Brellow library had 48,000 visits last year, council figures show.').map((f) => [f.source, !!f.anonymous]), [['council figures', false]]);
    assert.deepEqual(figures('Costs rose 12%, according to government data.').map((f) => [f.source, !!f.anonymous]), [['government data', false]]);
    assert.deepEqual(figures('Costs rose 12%, according to official data.').map((f) => !!f.anonymous), [true]);
  });
});

describe('figures: court reports and short capitalised bodies', () => {
  it('credits a court, a jury or an inquest that heard the evidence', () => {
    assert.deepEqual(figures('Harlan Pike took £62,000 from clients, the court heard.'), [{ text: '£62,000', kind: 'money', source: 'the court' }]);
    assert.deepEqual(figures('The trawler sank with 14 crew aboard, the inquest heard.'), [{ text: '14 crew', kind: 'count', source: 'the inquest' }]);
    assert.deepEqual(figures('Jurors were told that Pike took £62,000 over four years.').map((f) => f.source), ['Jurors']);
    assert.deepEqual(figures('The tribunal was told that 40 staff had been dismissed.').map((f) => f.source), ['The tribunal']);
  });

  it('still leaves unsourced a figure that residents were merely told', () => {
    assert.deepEqual(figures('Residents were told that rents would rise by 9%.').map((f) => f.source), [null]);
  });

  it('credits an acronym spelled like a function word: "WHO", "IT"', () => {
    assert.deepEqual(figures('Smoking costs clinics $9bn a year, the WHO says.').map((f) => f.source), ['WHO']);
    assert.deepEqual(figures('Smoking costs clinics $9bn a year, WHO said.').map((f) => f.source), ['WHO']);
  });
});

describe('figures: sources from a review of fresh copy', () => {
  it('takes no count of documents for a source: "data from 22 surveys covering 61,000 households"', () => {
    assert.deepEqual(figures('The review drew on data from 22 surveys covering 61,000 households.').map((f) => f.source), [null, null]);
    assert.deepEqual(figures('Rents rose 6%, according to data from the housing ministry.').map((f) => f.source), ['data from the housing ministry']);
  });

  it('keeps the subject of "told X that" after an apposition', () => {
    assert.deepEqual(figures('Ruth Ambler, the county treasurer, told governors that 54% of the budget went on roads.').map((f) => f.source), ['Ruth Ambler']);
  });

  it('takes no address in apposition for a source, and a count of charges admitted is the defendant’s own', () => {
    assert.deepEqual(figures('Colin Marsh, 52, of Ash Grove, Swindon, admitted 14 counts of fraud.').map((f) => f.source), [null]);
  });

  it('credits the agent of an estimate in apposition: "The march, estimated by organisers at 8,000, …"', () => {
    assert.deepEqual(figures('The march, estimated by organisers at 8,000, passed peacefully.').map((f) => f.source), ['organisers']);
    assert.deepEqual(figures('The rally, estimated by organisers at 8,000, blocked 12 streets.').map((f) => f.source), ['organisers', null]);
  });

  it('credits a "reported by" or "cited by" aside only with what it and the noun it describes say', () => {
    // the aside is about the flood, not the homes it damaged
    assert.deepEqual(figures('The flood, reported by a ferry crew before dawn, damaged 120 homes.').map((f) => f.source), [null]);
    assert.deepEqual(figures('The 18 landslides, reported by hikers on Sunday, closed 14 trails.').map((f) => f.source), ['hikers', null]);
    assert.deepEqual(figures('Some 300 complaints, cited by the Harbour Authority in its ruling, led to a fine of £9,000.').map((f) => f.source), ['Harbour Authority', null]);
    // at the end of the sentence, or as "as reported by", it still speaks for the sentence
    assert.deepEqual(figures('The flood damaged 120 homes, as reported by the Dunmore Gazette.').map((f) => f.source), ['Dunmore Gazette']);
    assert.deepEqual(figures('The flood damaged 120 homes, reported by the Dunmore Gazette.').map((f) => f.source), ['Dunmore Gazette']);
  });

  it('reads a closing "figures published on Thursday show" as the source, a participle between document and verb', () => {
    assert.deepEqual(figures('Thefts fell 11% over the winter, council figures published on Monday show.').map((f) => f.source), ['council figures']);
    assert.deepEqual(figures('Thefts fell 11%, while assaults rose 6%, council figures released last week show.').map((f) => f.source), ['council figures', 'council figures']);
    // the author after "by"
    assert.deepEqual(figures('Thefts fell 11% over the winter, figures compiled by the Harbour Authority show.').map((f) => f.source), ['Harbour Authority']);
  });

  it('knows the reporting verbs of other English newsrooms: averred, posited, intimated, opined, hinted', () => {
    for (const verb of ['averred', 'posited', 'intimated', 'opined', 'hinted', 'disclosed']) {
      assert.deepEqual(figures(`Ada Obi ${verb} that 12,000 voters were turned away.`).map((f) => f.source), ['Ada Obi'], verb);
    }
    // (a hint states its figure as its object: "hinted at 2,000 job cuts")
    assert.deepEqual(figures('The minister hinted at 2,000 job cuts.').map((f) => f.source), ['The minister']);
  });

  it('takes no verb of a comparison’s clause for a clause after a cue: "rates three times higher than France does"', () => {
    assert.deepEqual(figures('Nations like ours pay interest rates three times higher than France does.').map((f) => f.source), [null]);
  });

  it('credits a figure to “she” or “he” as the person it stands for, and an unnamed person as an unnamed source', () => {
    const rows = (text: string) => figures(text).map((f) => [f.source, !!f.anonymous]);
    // someone the writer met, or who opens a sentence, but nobody names
    assert.deepEqual(rows('I met a nurse in Tarvik. She said 30% of the beds were empty.'), [['She', true]]);
    assert.deepEqual(rows('A young shepherd waited by the gate. He said 200 sheep had drowned.'), [['He', true]]);
    assert.deepEqual(rows('We spoke to one senior official. He said 200 sheep had drowned.'), [['He', true]]);
    // no one at all before the pronoun: no source a reader could name
    assert.deepEqual(rows('He said 200 sheep had drowned.'), [['He', true]]);
    // a named person is the source, even when described as what they are
    assert.deepEqual(rows('Ruth Amani runs the clinic. She said 30% of the beds were empty.'), [['She', false]]);
    assert.deepEqual(rows('Ruth Amani, a nurse, runs the clinic. She said 30% of the beds were empty.'), [['She', false]]);
    // a named person nearer than the unnamed one, and an unnamed one of the other sex
    assert.deepEqual(rows('I met a nurse. Ruth Amani joined us. She said 30% of the beds were empty.'), [['She', false]]);
    assert.deepEqual(rows('Ruth Amani runs the clinic. I met a fisherman there. She said 30% of the beds were empty.'), [['She', false]]);
  });

  it('credits ", adding that …" after a quotation to the speaker, not to the quotation’s first words', () => {
    const rows = (text: string) => figures(text).map((f) => [f.source, !!f.anonymous]);
    assert.deepEqual(rows('Ruth Amani runs the clinic. “Beds are short,” Amani said, adding that 30% of them were taken.'), [['Amani', false]]);
    assert.deepEqual(rows('I met a nurse in Tarvik. “Beds are short,” she said, adding that 30% of them were taken.'), [['she', true]]);
  });

  it('credits "several", "many", "others" as the subject of a cue as unnamed sources', () => {
    for (const who of ['Several', 'Many', 'Some', 'Others', 'Most', 'A few']) {
      assert.deepEqual(figures(`Tenants at the hearing were split. ${who} said rents had risen 30% since the sale.`).map((f) => [f.source, !!f.anonymous]), [[who, true]], who);
    }
  });
});
