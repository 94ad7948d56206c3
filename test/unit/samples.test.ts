// The sample articles are what a new user opens first (npm start, the screenshots): the one
// written clean must stay clean, or a change to the engine has found a false alarm there.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

describe('sample articles', () => {
  it('finds nothing to flag in the clean article, and something in the one that needs work', () => {
    const clean = readFileSync(join(SAMPLES, 'clean-article.news'), 'utf8');
    const found = analyze(clean, { format: 'news' }).findings.map((f) => `${f.code}: ${clean.slice(f.start, f.end)}`);
    assert.deepEqual(found, []);
    const work = readFileSync(join(SAMPLES, 'needs-work.md'), 'utf8');
    const codes = new Set(analyze(work, { format: 'markdown' }).findings.map((f) => f.code));
    assert.deepEqual([...codes].sort(), ['anonymous-source', 'unattributed-quote', 'unclosed-quote', 'unsourced-figure']);
  });
});
