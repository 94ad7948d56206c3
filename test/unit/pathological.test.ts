// Small versions of the pathological documents of bench/pathological.ts (a single huge
// line, thousands of unmatched quotation marks, binary bytes, mixed line endings, a BOM,
// emoji and RTL text, huge Markdown tables and code): each must give a well-formed
// Analysis, and the time-sliced analysis must agree with the plain one. No timing here:
// the benchmark measures time.

import * as assert from 'node:assert/strict';
import { pathologicalDocuments } from '../../bench/pathological';
import { analyze, analyzeAsync } from '../../src/engine';
import { violations } from './invariants';

describe('pathological documents', function () {
  this.timeout(120_000);

  for (const doc of pathologicalDocuments(0.004)) {
    it(`${doc.name}: a well-formed Analysis, the same when sliced`, async () => {
      const analysis = analyze(doc.text, { format: doc.format });
      assert.equal(analysis.length, doc.text.length);
      assert.deepEqual(violations(doc.text, analysis), []);
      assert.deepEqual(await analyzeAsync(doc.text, { format: doc.format }, { yieldEvery: 5 }), analysis);
    });
  }

  it('counts an unclosed quotation mark at the end of a long line as unclosed', () => {
    const text = 'The mayor said “we will rebuild the bridge and the school and the road. '.repeat(40);
    const analysis = analyze(text);
    assert.ok(analysis.quotes.length > 0);
    assert.ok(analysis.findings.some((f) => f.code === 'unclosed-quote'));
  });
});
