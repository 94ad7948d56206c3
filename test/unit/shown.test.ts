// Which findings become diagnostics when an article has more than VS Code keeps for a file.

import * as assert from 'node:assert/strict';
import { nearestRun, runIsStale } from '../../src/vscode/shown';

/** Spans of length 5 starting every 10 characters: 0-5, 10-15, 20-25, … */
const spans = (count: number) => Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));

describe('nearestRun', () => {
  it('keeps every span when there are no more than the limit', () => {
    assert.deepEqual(nearestRun(spans(4), 999, 4), { from: 0, to: 4 });
    assert.deepEqual(nearestRun([], 0, 4), { from: 0, to: 0 });
  });

  it('takes the spans nearest the focus, on both sides', () => {
    // focus 52 lies in 50-55 (index 5): nearest are 5, then 4 (47 → 3 away) and 6 (60 → 8 away)
    assert.deepEqual(nearestRun(spans(20), 52, 1), { from: 5, to: 6 });
    assert.deepEqual(nearestRun(spans(20), 52, 2), { from: 4, to: 6 });
    assert.deepEqual(nearestRun(spans(20), 52, 3), { from: 4, to: 7 });
    // 101 lies in 100-105 (index 10); then 95 (6 away), 110 (9), 85 (16) before 120 (19)
    assert.deepEqual(nearestRun(spans(20), 101, 4), { from: 8, to: 12 });
  });

  it('slides to the end of the list that the focus is near', () => {
    assert.deepEqual(nearestRun(spans(20), 0, 5), { from: 0, to: 5 });
    assert.deepEqual(nearestRun(spans(20), 10_000, 5), { from: 15, to: 20 });
    assert.deepEqual(nearestRun(spans(20), 185, 5), { from: 15, to: 20 });
  });
});

describe('runIsStale', () => {
  it('says so once the focus leaves the middle half of the shown run', () => {
    const list = spans(100);
    const run = nearestRun(list, 500, 20); // indexes 40-59, text 400-595
    assert.deepEqual(run, { from: 40, to: 60 });
    assert.equal(runIsStale(list, run, 500), false);
    assert.equal(runIsStale(list, run, 450), false);
    assert.equal(runIsStale(list, run, 420), true);
    assert.equal(runIsStale(list, run, 580), true);
  });

  it('never moves a run that already reaches the end the focus went to, nor a run of everything', () => {
    const list = spans(100);
    assert.equal(runIsStale(list, { from: 0, to: 20 }, 0), false);
    assert.equal(runIsStale(list, { from: 80, to: 100 }, 99_999), false);
    assert.equal(runIsStale(list, { from: 0, to: 100 }, 500), false);
  });
});
