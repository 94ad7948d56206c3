// Credit lines: "Source: …" under a table, a list or a paragraph sources the figures above it.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis } from '../../src/engine';

/** Each figure's text with its source's text ('' when unsourced). */
function sources(analysis: Analysis): [string, string][] {
  return analysis.figures.map((f) => [f.text, f.source?.text ?? '']);
}

const TABLE = [
  'Homes flooded in November, by street:',
  '',
  '| Street | Homes flooded |',
  '|--------|---------------|',
  '| Mill Lane | 44 |',
  '| River Road | 61 |',
  '',
  '*Source: Environment Agency*',
  '',
].join('\n');

describe('credit lines', () => {
  it('sources the figures of a table with the "Source:" line under it, and credits the organisation it names', () => {
    const analysis = analyze(TABLE, { format: 'markdown' });
    assert.deepEqual(sources(analysis), [
      ['44', 'Environment Agency'],
      ['61', 'Environment Agency'],
    ]);
    const agency = analysis.entities.find((e) => e.name === 'Environment Agency');
    assert.ok(agency, 'the agency is an entity');
    assert.deepEqual(agency.figures, [0, 1]);
    assert.deepEqual(analysis.figures.map((f) => f.source?.entity), [analysis.entities.indexOf(agency), analysis.entities.indexOf(agency)]);
    assert.equal(analysis.findings.filter((f) => f.code === 'unsourced-figure').length, 0);
    assert.deepEqual(analysis.claims.map((c) => c.source?.text), ['Environment Agency']);
  });

  it('sources a paragraph and every item of a list above the line, in the forms newsrooms set it', () => {
    const paragraph = analyze('Unemployment rose to 5.2% in October.\n\nSource: Office for National Statistics.\n');
    assert.deepEqual(sources(paragraph), [['5.2%', 'Office for National Statistics']]);
    const list = analyze('By the numbers:\n\n- 312 homes flooded\n- £18m paid out by insurers\n- 40% of homes had no cover\n\nSOURCES: Harbour Council; Association of British Insurers\n', { format: 'markdown' });
    assert.deepEqual(sources(list).map(([, source]) => source), ['Harbour Council', 'Harbour Council', 'Harbour Council']);
    const data = analyze('Rents rose 9% in a year.\n\n_Data source: Rightmove_\n', { format: 'markdown' });
    assert.deepEqual(sources(data), [['9%', 'Rightmove']]);
  });

  it('sources the rest of its paragraph when it is the paragraph\'s last sentence', () => {
    const analysis = analyze('Chart: prices rose 12% in a year and rents 9%. Source: ONS.\n');
    assert.deepEqual(sources(analysis), [
      ['12%', 'ONS'],
      ['9%', 'ONS'],
    ]);
  });

  it('sources a table whose "Source:" line sits right under its rows', () => {
    const analysis = analyze('| Region | Cases |\n|---|---|\n| North | 40 |\n| South | 52 |\nSource: Health Agency\n', { format: 'markdown' });
    assert.deepEqual(sources(analysis), [
      ['40', 'Health Agency'],
      ['52', 'Health Agency'],
    ]);
  });

  it('takes a transcript speaker label opening the paragraph as the source of its figures, when it is a name', () => {
    const text = '**Lena Osei:** We spent £3 million on repairs last year.\n\nMARLOW: About 40% of the budget went on the roof.\n\nNote: 40% of the homes are empty.\n';
    assert.deepEqual(sources(analyze(text, { format: 'markdown' })), [
      ['£3 million', 'Lena Osei'],
      ['40%', 'MARLOW'],
      ['40%', ''],
    ]);
  });

  it('leaves a figure with a source of its own with that source', () => {
    const analysis = analyze('Fares rose 8% last year, Mayor Ingrid Sorensen said. About 4,000 people travel daily.\n\nSource: Harbour Authority\n');
    assert.deepEqual(sources(analysis), [
      ['8%', 'Ingrid Sorensen'],
      ['4,000 people', 'Harbour Authority'],
    ]);
  });

  it('is no credit line in running prose, after a label with a figure, or across another paragraph', () => {
    const prose = analyze('The source of the 40% figure is unclear. Our source: a leaked memo.\n');
    assert.deepEqual(sources(prose), [['40%', '']]);
    const label = analyze('Rents rose 9% in a year.\n\nData: 40% of tenants pay more than half their income.\n');
    assert.deepEqual(sources(label), [
      ['9%', ''],
      ['40%', ''],
    ]);
    const apart = analyze('Rents rose 9% in a year.\n\nTenants say they cannot keep up.\n\nSource: Rightmove\n');
    assert.deepEqual(sources(apart), [['9%', '']]);
  });

  it('sources the figures above again when the line under them is edited, as a cold analysis does', () => {
    const story = `${TABLE}\nThe council met on Tuesday. Kim Lee chaired it.\n`;
    const before = analyze(story, { format: 'markdown' });
    assert.equal(before.figures.every((f) => f.sourced), true);
    analyze(story, { format: 'markdown' });
    // the line now holds a figure of its own: no longer a credit line, though the table and
    // every name around it stay where they were
    const edited = story.replace('*Source: Environment Agency*', '*Source: Environment Agency, 40% estimated*');
    const warm = analyze(edited, { format: 'markdown' });
    assert.deepEqual(sources(warm), [
      ['44', ''],
      ['61', ''],
      ['40%', ''],
    ]);
    clearTaggingCache();
    assert.deepEqual(warm, analyze(edited, { format: 'markdown' }));
    const restored = analyze(story, { format: 'markdown' });
    assert.deepEqual(sources(restored).map(([, source]) => source), ['Environment Agency', 'Environment Agency']);
  });
});
