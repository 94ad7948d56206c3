import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

describe('walking skeleton', () => {
  it('finds an unattributed quotation', () => {
    const text = 'The mayor spoke.\n\n“We will rebuild the bridge.”\n';
    const analysis = analyze(text);
    assert.equal(analysis.quotes.length, 1);
    assert.equal(analysis.findings[0].code, 'unattributed-quote');
    assert.equal(text.slice(analysis.findings[0].start, analysis.findings[0].end), '“We will rebuild the bridge.”');
  });
});
