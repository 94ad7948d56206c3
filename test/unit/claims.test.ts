import * as assert from 'node:assert/strict';
import { analyze, type Claim } from '../../src/engine';
import { COMPARISON_PHRASES, FORECAST, RECORD, testSteps } from '../../src/engine/claims';
import { runToEnd } from '../../src/engine/slicing';

/** The claims of a short article: sentence text, kinds, and the source's text or null. */
function claims(text: string): { text: string; kinds: string[]; source: string | null }[] {
  return analyze(text).claims.map((c: Claim) => {
    assert.equal(text.slice(c.start, c.end), c.text, 'span and text agree');
    assert.equal(c.sourced, c.source !== null);
    return { text: c.text, kinds: c.kinds, source: c.source?.text ?? null };
  });
}

describe('claims', () => {
  it('takes a sentence with a figure as a claim', () => {
    assert.deepEqual(claims('Unemployment fell to 4%.'), [{ text: 'Unemployment fell to 4%.', kinds: ['figure'], source: null }]);
  });

  it('finds a superlative', () => {
    assert.deepEqual(claims("The bridge is the world's longest."), [{ text: "The bridge is the world's longest.", kinds: ['superlative'], source: null }]);
  });

  it('finds "the first … to" as a superlative', () => {
    assert.deepEqual(claims('She became the first woman to lead the port authority.').map((c) => c.kinds), [['superlative']]);
  });

  it('finds a comparison', () => {
    assert.deepEqual(claims('Exports grew faster than imports this spring.').map((c) => c.kinds), [['comparison']]);
  });

  it('finds "more than doubled" as a figure and a comparison', () => {
    assert.deepEqual(claims('Ticket sales more than doubled after the festival moved.').map((c) => c.kinds), [['figure', 'comparison']]);
  });

  it('finds a record', () => {
    assert.deepEqual(claims('The harbor saw a record number of cruise ships.').map((c) => c.kinds), [['record']]);
  });

  it('finds an all-time high and its source', () => {
    assert.deepEqual(claims('Home prices hit an all-time high in June, the bank said.'), [
      { text: 'Home prices hit an all-time high in June, the bank said.', kinds: ['record'], source: 'the bank' },
    ]);
  });

  it('finds a forecast with "expected to"', () => {
    assert.deepEqual(claims('Sales are expected to rise next year.').map((c) => c.kinds), [['forecast']]);
  });

  it('finds a forecast with "will reach"', () => {
    assert.deepEqual(claims('The deficit will reach its peak in 2027.').map((c) => c.kinds), [['forecast']]);
  });

  it('finds a forecast that someone expects or predicts, credited to them', () => {
    assert.deepEqual(claims('The port authority expects cargo volumes to fall. Hydrologists predict the lake will shrink again. The council predicted that the ferry service would close.'), [
      { text: 'The port authority expects cargo volumes to fall.', kinds: ['forecast'], source: 'The port authority' },
      { text: 'Hydrologists predict the lake will shrink again.', kinds: ['forecast'], source: 'Hydrologists' },
      { text: 'The council predicted that the ferry service would close.', kinds: ['forecast'], source: 'The council' },
    ]);
  });

  it('finds a forecast of what a plan would reduce, boost or worsen', () => {
    assert.deepEqual(claims('The treasurer said the levy would reduce congestion. Critics say the rule will worsen the housing shortage.').map((c) => [c.kinds, c.source]), [
      [['forecast'], 'The treasurer'],
      [['forecast'], 'Critics'],
    ]);
  });

  it('does not take plans, schedules or an expected guest for forecasts', () => {
    assert.deepEqual(claims('The council will meet again next week. The mayor will cut the ribbon on Monday. The three projects to repave Elm Street begin in May. The team played as expected. Dancers expected at the gala include Ana Ruiz. Don\'t expect the fountain to run in winter. Few of us did not expect the ferry to sail. He expected to sell the farm.'), []);
  });

  it('credits a claim to the entity that is its source', () => {
    const analysis = analyze('Maria Lopez said the tower is the tallest in the region.');
    assert.equal(analysis.claims.length, 1);
    const claim = analysis.claims[0];
    assert.equal(claim.source?.text, 'Maria Lopez');
    assert.notEqual(claim.source?.entity, null);
    assert.deepEqual(analysis.entities[claim.source?.entity as number].claims, [0]);
  });

  it('skips questions, whole quotations and plain statements', () => {
    assert.deepEqual(claims('Will the plan work?\n\n“It is the biggest harvest ever.”\n\nThe mayor visited the harbor on Friday.'), []);
  });

  it('does not take someone\'s own best or worst for a rank, but keeps "their biggest rally"', () => {
    assert.deepEqual(claims('Every officer gave his best on the night. The ferry service was at its worst in March.'), []);
    assert.deepEqual(claims('It was their biggest rally in years.').map((c) => c.kinds), [['superlative']]);
  });

  it('does not take "at least" or "most residents" for superlatives', () => {
    assert.deepEqual(claims('At least three councillors voted against the plan. Most residents support the plan.'), []);
  });

  it('skips headings', () => {
    assert.deepEqual(analyze('# The largest port in the world\n\nThe mayor spoke on Friday.\n', { format: 'markdown' }).claims, []);
  });
});

describe('claims: a runaway sentence read in pieces', () => {
  // the pieces are 50,000 characters long: put each phrase across every nearby edge
  const filler = (length: number) => 'grain '.repeat(Math.ceil(length / 6)).slice(0, length);
  const phrases = [
    'exports hit a record high',
    'sales are expected to rise',
    'by 2030 the port will double its trade',
    'three times as many ships',
    'as many as 5 ships', // no comparison: a number follows
    'as many as ever', // a comparison
    'compared with last year',
    'xrecord high', // no record: the word is longer
  ];

  it('answers as one test of the whole text would, wherever a piece ends', () => {
    for (const phrase of phrases) {
      for (let offset = 49_960; offset <= 50_010; offset += 3) {
        const body = filler(offset) + phrase + ' ' + filler(30_000);
        for (const pattern of [RECORD, FORECAST, COMPARISON_PHRASES]) {
          assert.equal(runToEnd(testSteps(body, pattern)), pattern.test(body), `${pattern.source.slice(0, 20)} on "${phrase}" at ${offset}`);
        }
      }
    }
  });
});

describe('claims: a quantifier as the source', () => {
  it('credits "Several said" with the claim, as "officials said" is', () => {
    const text = 'Tenants who spoke at the hearing were split. Several said the new levy would hit pensioners harder than any tax since 1990.';
    assert.deepEqual(analyze(text).claims.map((c) => [c.source?.text ?? null, c.source?.anonymous ?? false]), [['Several', true]]);
  });
});

describe('claims: the source of a sentence that reports another’s word', () => {
  const sources = (text: string) => claims(text).map((c) => c.source);

  it('credits the clause of saying, not a forecast or a report inside what it says', () => {
    // a closing "…, said X" / "…, X said" / "…, according to X" frames the whole sentence
    assert.deepEqual(sources('Growers expect prices to climb 8% next year, said the Fenmoor Farmers Union.'), ['Fenmoor Farmers Union']);
    assert.deepEqual(sources('Growers expect prices to climb 8% next year, the Fenmoor Farmers Union said.'), ['Fenmoor Farmers Union']);
    assert.deepEqual(sources('Growers expect prices to climb 8% next year, according to the Fenmoor Farmers Union.'), ['Fenmoor Farmers Union']);
    // and so does one that opens it
    assert.deepEqual(sources('The Fenmoor Farmers Union said growers expect prices to climb 8% next year.'), ['Fenmoor Farmers Union']);
    assert.deepEqual(sources('Dara Quist said inspectors reported 40 cases of blight.'), ['Dara Quist']);
    assert.deepEqual(sources('According to the Fenmoor Farmers Union, a Harlow poll shows 52% of growers are worried.'), ['Fenmoor Farmers Union']);
  });

  it('keeps the forecast’s own subject when nothing reports it', () => {
    assert.deepEqual(sources('The Fenmoor Farmers Union expects prices to climb 8% next year.'), ['Fenmoor Farmers Union']);
    // a cue's form that is a noun ending the sentence reports nothing
    assert.deepEqual(sources('The Fenmoor Farmers Union expects prices to climb 8% in most states.'), ['Fenmoor Farmers Union']);
  });

  it('credits the one who says it, not a pronoun before it: "The ministry cut its forecast, saying …"', () => {
    assert.deepEqual(sources('The ministry cut its forecast, saying growth would be 2%.'), ['The ministry']);
    assert.deepEqual(sources('The Harlow Group cut its full-year forecast and now expects profit of £400m.'), ['Harlow Group']);
    // a pronoun when the sentence names no one else
    assert.deepEqual(sources('They expect prices to climb 8% next year.'), ['They']);
  });
});

describe('claims: an aside’s source', () => {
  it('takes a "reported by" aside for the claim’s source only when what it describes holds a figure', () => {
    const sources = (text: string) => claims(text).map((c) => c.source);
    assert.deepEqual(sources('The flood, reported by a ferry crew before dawn, damaged 120 homes.'), [null]);
    assert.deepEqual(sources('The march, estimated by organisers at 8,000, passed peacefully.'), ['organisers']);
    assert.deepEqual(sources('The flood, reported by a ferry crew before dawn, damaged 120 homes, the county said.'), ['the county']);
  });
});
