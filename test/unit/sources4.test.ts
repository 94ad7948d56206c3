import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis } from '../../src/engine';

/** Each figure of the text: its text, and its source's text with [anonymous] or the entity's name, or null. */
function figures(text: string, format: 'markdown' | 'plaintext' = 'plaintext'): [string, string | null][] {
  const a = analyze(text, { format });
  return a.figures.map((f) => [f.text, sourceName(a, f.source)]);
}

function sourceName(a: Analysis, source: Analysis['figures'][number]['source']): string | null {
  if (!source) return null;
  if (source.anonymous) return `${source.text} [anonymous]`;
  return source.entity === null ? source.text : `${a.entities[source.entity].name} [entity]`;
}

describe('sources4: research staff speak for the organisation named', () => {
  it('sources figures of analysts, economists and researchers at a named organisation to it', () => {
    assert.deepEqual(figures('Analysts at Peel Hunt expect profits of £40m this year.'), [['£40m', 'Peel Hunt [entity]']]);
    assert.deepEqual(figures('Economists at Goldman Sachs said inflation would hit 4%.'), [['4%', 'Goldman Sachs [entity]']]);
    assert.deepEqual(figures('Researchers from the University of Leeds found that 30% of tenants were in arrears.'), [['30%', 'University of Leeds [entity]']]);
    assert.deepEqual(figures('Goldman Sachs economists expect inflation of 4%.'), [['4%', 'Goldman Sachs [entity]']]);
  });

  it('gives the organisation the figure and the claim on its card', () => {
    const a = analyze('Analysts at Peel Hunt expect profits of £40m this year.');
    const firm = a.entities.find((e) => e.name === 'Peel Hunt');
    assert.ok(firm);
    assert.deepEqual([firm.figures.length, firm.claims.length], [1, 1]);
    assert.equal(a.findings.filter((f) => f.code === 'anonymous-source').length, 0);
  });

  it('credits a quotation by research staff to the organisation', () => {
    const a = analyze('“We remain cautious on the sector,” analysts at Peel Hunt said.');
    assert.equal(a.quotes[0].status, 'attributed');
    assert.equal(a.quotes[0].speaker?.name, 'Peel Hunt');
    assert.equal(a.entities[a.quotes[0].speaker?.entity ?? -1]?.name, 'Peel Hunt');
  });

  it('keeps officials, employees, a single analyst, and analysts with no organisation unnamed', () => {
    assert.deepEqual(figures('A senior official at the Treasury said the deficit was £20bn.'), [['£20bn', 'A senior official at the Treasury [anonymous]']]);
    assert.deepEqual(figures('Analysts expect profits of £40m.'), [['£40m', 'Analysts [anonymous]']]);
    assert.deepEqual(figures('An analyst at Peel Hunt said profits would be £40m.'), [['£40m', 'An analyst at Peel Hunt [anonymous]']]);
    assert.deepEqual(figures('Acme employees said 40 jobs would go.'), [['40 jobs', 'Acme employees [anonymous]']]);
    assert.deepEqual(figures('Economists in London expect inflation of 4%.'), [['4%', 'Economists in London [anonymous]']]);
    assert.equal(analyze('“It is chaos,” an official at the Treasury said.').quotes[0].status, 'anonymous');
    // a poll of analysts is the pollster's
    assert.deepEqual(figures('Analysts polled by Reuters expect profits of £40m.'), [['£40m', 'Reuters [entity]']]);
  });
});

describe('sources4: odds given are an estimate by whoever gives them', () => {
  it('sources "give them a 64% chance" to its subject', () => {
    assert.deepEqual(figures('Analysts at Gracenote give them a 64% chance of winning.'), [['64%', 'Gracenote [entity]']]);
    assert.deepEqual(figures('Bookmakers gave Ruiz a 30% chance of victory.'), [['30%', 'Bookmakers']]);
  });

  it('leaves what is given without odds to the article', () => {
    assert.deepEqual(figures('The council gave residents 40 free bins.'), [['40 free bins', null]]);
  });
});

describe('sources4: a match statistic is the match’s record, not a figure to source', () => {
  it('reads possession, rebounds, assists, yards, goals and points in play as no figures', () => {
    for (const text of [
      'City had 64% of possession.',
      'Okoro added 12 rebounds and 11 assists.',
      'Allen threw for 312 yards.',
      'Town have conceded 31 goals this season.',
      'He averaged 28.4 points a game.',
      'Gilbert shot 52% from the field.',
    ]) assert.deepEqual(figures(text), [], text);
  });

  it('reads a crowd and a race time as no figures', () => {
    for (const text of ['A crowd of 8,412 watched.', 'Attendance was 41,230.', 'They won in front of 52,000 fans.', 'Asafa ran 9.58 seconds.']) assert.deepEqual(figures(text), [], text);
  });

  it('reads a league’s points, games won and a count whose noun play leaves out as the match’s record', () => {
    for (const text of [
      'They have 45 points, three more than second-placed Hull.',
      'Westbury moved three points clear at the top of the table.',
      'City have won 14 of their 20 league games.',
      'City had 58% of possession and 19 shots, eight of them on target, against Rovers’ 11.',
      'Abara’s brace took his tally for the year to 23, and he has 6 assists.',
      'Hull won 2-0 at Luton, where 10,300 fans saw two late goals.',
      'City’s average attendance this season is 23,450.',
    ]) assert.deepEqual(figures(text), [], text);
  });

  it('still asks a source of what is no play: games a studio released, fans at a protest, a bare count beside a drugs charge', () => {
    assert.deepEqual(figures('The studio released 20 games last year.'), [['20 games', null]]);
    assert.deepEqual(figures('About 8,000 fans protested outside the ground.'), [['8,000 fans', null]]);
    assert.deepEqual(figures('Arrests for possession rose to 140 last year.'), [['140', null]]);
  });

  it('still asks a source of points in a poll or a market, goals of a plan, a protest’s crowd, an average wait', () => {
    assert.deepEqual(figures('Labour’s lead is 12 points.'), [['12 points', null]]);
    assert.deepEqual(figures('Inflation rose 1.5 points.'), [['1.5 points', null]]);
    assert.deepEqual(figures('The plan sets 17 goals for 2030.'), [['17 goals', null]]);
    assert.deepEqual(figures('A crowd of 5,000 protesters marched on the town hall.'), [['5,000 protesters', null]]);
    assert.deepEqual(figures('The average wait was 6.2 hours.'), [['6.2 hours', null]]);
    assert.deepEqual(figures('Patrols heard 18 shots overnight.'), [['18 shots', null]]);
  });
});

describe('sources4: a Markdown footnote sources the figures before its reference', () => {
  const article = (note: string) => `# Rents\n\nRents rose 41% in a decade.[^2] Landlords blamed costs.\n\nThe waiting list grew to 3,400 households.\n\n[^2]: ${note}\n`;

  it('credits the source the footnote names, for the figure and its claim', () => {
    const a = analyze(article("According to the council's housing survey, 2025."), { format: 'markdown' });
    assert.deepEqual(a.figures.map((f) => [f.text, f.source?.text ?? null]), [['41%', "the council's housing survey"], ['3,400 households', null]]);
    assert.equal(a.claims[0].source?.text, "the council's housing survey");
  });

  it('reads a citation with a year or a link as the source, and a note as none', () => {
    assert.deepEqual(figures(article('Office for National Statistics, Housing Survey 2025.'), 'markdown')[0], ['41%', 'Office for National Statistics, Housing Survey 2025']);
    assert.deepEqual(figures(article('[Housing data](https://example.org/housing).'), 'markdown')[0][1] !== null, true);
    assert.deepEqual(figures(article('The figures exclude Scotland.'), 'markdown')[0], ['41%', null]);
  });

  it('covers only what stands before the reference in its sentence', () => {
    const text = 'Rents rose 41% in a decade. Prices rose 12%.[^a]\n\n[^a]: Figures from the Land Registry, 2025.\n';
    assert.deepEqual(figures(text, 'markdown').map(([t, s]) => [t, s !== null]), [['41%', false], ['12%', true]]);
  });

  it('follows an edit of the footnote as a fresh analysis does', () => {
    const sourced = `${article('According to the Land Registry, 2025.')}`;
    const note = `${article('The figures exclude Scotland.')}`;
    clearTaggingCache();
    analyze(sourced, { format: 'markdown' });
    analyze(sourced, { format: 'markdown' });
    const warm = analyze(note, { format: 'markdown' });
    clearTaggingCache();
    const cold = analyze(note, { format: 'markdown' });
    assert.deepEqual(warm.figures, cold.figures);
    assert.deepEqual(warm.claims, cold.claims);
    assert.deepEqual(warm.findings, cold.findings);
    assert.equal(warm.figures[0].source, null);
  });
});

describe('sources4: fees called charges are no accusation', () => {
  it('takes no source from "charges" with a preposition after it', () => {
    assert.deepEqual(figures('Parking charges in the town centre will rise, raising an estimated £1.1 million.'), [['£1.1 million', null]]);
    assert.deepEqual(figures('Police charged Ode with stealing £40,000.'), [['£40,000', 'Police']]);
    assert.deepEqual(figures('Prosecutors charged that Ode stole $5 million.'), [['$5 million', 'Prosecutors']]);
  });
});

describe('sources4: pence are money', () => {
  it('reads "8.1p a share" and "20p" as money, not a time or a video format', () => {
    const a = analyze('The dividend was 8.1p a share, down from 10.4p. Fares rise by 20p a mile.');
    assert.deepEqual(a.figures.map((f) => [f.text, f.kind]), [['8.1p a share', 'rate'], ['10.4p', 'money'], ['20p a mile', 'rate']]);
    assert.deepEqual(figures('It opens at 5p.m. daily. The 1080p screen sold 40,000 units.'), [['40,000 units', null]]);
    // a share price in pence is still market record
    assert.deepEqual(figures('Shares rose 2% to 412p.'), []);
  });
});

describe('sources4: "a year earlier" says when, not how often', () => {
  it('keeps "a year earlier" and "a year ago" out of the figure', () => {
    assert.deepEqual(figures('Profit fell from £109.5 million a year earlier.'), [['£109.5 million', null]]);
    assert.deepEqual(figures('Sales were £40m a year ago.'), [['£40m', null]]);
    assert.deepEqual(figures('The trust spends £5m a year on repairs.'), [['£5m a year', null]]);
  });
});

describe('sources4: a market index’s move is market record, as a share price’s is', () => {
  it('reads an index’s rise or fall as no figure', () => {
    for (const text of ['The FTSE 250 closed up 0.4% on the day.', 'The Dow lost 300 points in the session.', 'The blue-chip index fell 2.1%.']) assert.deepEqual(figures(text), [], text);
  });

  it('still asks a source of a statistical index', () => {
    assert.deepEqual(figures('The price index rose 4%.'), [['4%', null]]);
    assert.deepEqual(figures('The index of house prices rose 4% in a year, the ONS said.'), [['4%', 'ONS [entity]']]);
  });
});

describe('sources4: someone named only by whose they are is an unnamed source for figures, as for quotes', () => {
  it('reads "Rovers’ owner said" and "Holloway’s lawyer said" as unnamed', () => {
    assert.deepEqual(figures('Rovers’ owner said he had put £15 million into the club.'), [['£15 million', 'Rovers’ owner [anonymous]']]);
    assert.deepEqual(figures('Holloway’s lawyer said the fine was £40,000.'), [['£40,000', 'Holloway’s lawyer [anonymous]']]);
    assert.equal(analyze('“We are worried,” Holloway’s lawyer said.').quotes[0].status, 'anonymous');
  });

  it('keeps a name in apposition, and the writer’s own', () => {
    assert.deepEqual(figures('Acme’s chief executive, Dana Ode, said sales rose 5%.'), [['5%', 'Dana Ode [entity]']]);
    assert.deepEqual(figures('My father said the house cost £400,000.'), [['£400,000', 'My father']]);
  });
});

describe('sources4: a club’s or a league’s data are a body’s, as the council’s figures are', () => {
  it('reads "club data showed" as a named document, not an unnamed source', () => {
    const a = analyze('Turnover rose 12%, league figures show.');
    assert.deepEqual(a.figures.map((f) => [f.text, f.source?.text, f.source?.anonymous]), [['12%', 'league figures', false]]);
    assert.deepEqual(figures('Data showed 40% of homes were damp.'), [['40%', 'Data [anonymous]']]);
  });
});
