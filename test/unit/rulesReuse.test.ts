// The rules give again, as the very same objects, the findings of the last run whose subject
// (a quote or a figure) and what its message read are unchanged where they stood, and the
// messages of those that merely moved. Each test edits what a kept finding was made from and
// checks that the warm analysis still equals a cold one.

import * as assert from 'node:assert/strict';
import { analyze, clearTaggingCache, type Analysis, type AnalyzeOptions } from '../../src/engine';

const STORY = [
  'Port budget',
  '',
  'Ticket prices rose 8.5% last year. The port moved 4,000 tonnes a day.',
  '',
  'Officials said 40% of the staff had left, and a person familiar with the talks put the cost at $12 million.',
  '',
  '“We will rebuild the bridge by spring.” The council meets on Tuesday.',
  '',
  '“The work is hard,” said an official who asked not to be named. “It will be done.”',
  '',
  '“Nobody told us about the delay.”',
  '',
  '“We are still waiting for the money.”',
  '',
  'Imports fell 12% in March.',
  '',
  'The repairs will cost $40 million, a person close to the council said.',
  '',
].join('\n');

function cold(text: string, options?: AnalyzeOptions): Analysis {
  clearTaggingCache();
  return analyze(text, options);
}

/** Analyses `before` warm, then `after`: the warm result must equal the cold one. */
function warmEqualsCold(before: string, after: string, options?: AnalyzeOptions, afterOptions = options): Analysis {
  clearTaggingCache();
  analyze(before, options);
  const warm = analyze(after, afterOptions);
  assert.deepEqual(warm, cold(after, afterOptions));
  return warm;
}

const replace = (text: string, from: string, to: string): string => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

describe('rules: findings kept from the last run', () => {
  it('gives an unchanged finding again as the same object, and never changes a returned one', () => {
    clearTaggingCache();
    const first = analyze(STORY);
    const copy = JSON.parse(JSON.stringify(first)) as Analysis;
    const edited = STORY + '\nMore text.\n';
    const second = analyze(edited);
    assert.ok(first.findings.length > 3);
    assert.ok(second.findings.some((f) => first.findings.includes(f)));
    assert.deepEqual(first, copy);
    assert.deepEqual(second, cold(edited));
  });

  it('makes a figure finding again when the figure changes in place', () => {
    // same length, same index, same place: only the text differs
    warmEqualsCold(STORY, replace(STORY, '8.5%', '9.5%'));
    warmEqualsCold(STORY, replace(STORY, '12% in March', '13% in March'));
  });

  it('makes an unnamed-source finding again when the source changes and the figure does not', () => {
    warmEqualsCold(STORY, replace(STORY, 'a person familiar with the talks', 'a person familiar with the deals'));
    warmEqualsCold(STORY, replace(STORY, 'a person familiar with the talks', 'an aide familiar with the talks'));
    // the source moves, the figure does not
    warmEqualsCold(STORY, replace(STORY, '$40 million, a person close', '$40 million, says a person close'));
    warmEqualsCold(STORY, replace(STORY, '$40 million, a person close', '$40 million,  a person close'));
  });

  it('moves the findings after an edit, and renumbers them when a figure or quote comes or goes', () => {
    warmEqualsCold(STORY, replace(STORY, 'Ticket prices', 'Bus and ticket prices'));
    warmEqualsCold(STORY, replace(STORY, 'Ticket prices rose 8.5% last year.', 'Ticket prices rose 8.5% and fares 3% last year.'));
    warmEqualsCold(STORY, replace(STORY, '“Nobody told us about the delay.”\n\n', ''));
    warmEqualsCold(STORY, replace(STORY, 'Port budget', '“Port” budget'));
  });

  it('makes a quotation finding again when the quotation, or the one it continues, changes', () => {
    warmEqualsCold(STORY, replace(STORY, 'told us about', 'told me about'));
    warmEqualsCold(STORY, replace(STORY, 'The work is hard', 'The work is long'));
    warmEqualsCold(STORY, replace(STORY, 'It will be done', 'It will be over'));
    // a quotation that comes to continue another, and one that no longer does
    warmEqualsCold(STORY, replace(STORY, '“Nobody told us about the delay.”\n\n“We', '“Nobody told us about the delay.\n\n“We'));
    warmEqualsCold(replace(STORY, '“Nobody told us about the delay.”\n\n“We', '“Nobody told us about the delay.\n\n“We'), STORY);
  });

  it('gives the findings at the severity of this run', () => {
    const warm = warmEqualsCold(STORY, STORY, undefined, { severities: { 'unsourced-figure': 'error', 'anonymous-source': 'warning', 'unattributed-quote': 'information' } });
    assert.ok(warm.findings.some((f) => f.severity === 'error'));
    warmEqualsCold(STORY, STORY, { severities: { 'unsourced-figure': 'off' } }, undefined);
  });

  it('keeps nothing from another document analysed in between', () => {
    clearTaggingCache();
    analyze(STORY);
    const other = replace(replace(STORY, '8.5%', '7.5%'), 'the talks', 'the plan');
    analyze(other);
    const edited = replace(STORY, 'Imports', 'Exports');
    assert.deepEqual(analyze(edited), cold(edited));
  });
});
