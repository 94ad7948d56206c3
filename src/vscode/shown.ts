// Which findings become diagnostics when an article has more than VS Code keeps for one
// file. VS Code shows at most 1,000 diagnostics per file and drops the rest (errors first,
// then in the order given), so in a long investigation the squiggles would stop a third of
// the way down, wherever the writer is working. Newsdesk hands over instead the findings
// nearest the writer's cursor, and fewer objects to build and send on every check. Pure: no
// `vscode`, so the choice is unit-tested.

/** The most diagnostics VS Code keeps for one file (its extension host drops the rest). */
export const SHOWN_PER_FILE = 1000;

/** A run of a list: items `from` (inclusive) to `to` (exclusive). */
export interface Run {
  from: number;
  to: number;
}

/**
 * The `limit` spans nearest the offset `focus`, as one run of `spans`, which are in document
 * order (by start, as the engine sorts findings). A span that contains the focus is nearest
 * of all; ties go to the span after the focus. All of them when there are `limit` or fewer.
 */
export function nearestRun(spans: readonly { start: number; end: number }[], focus: number, limit: number): Run {
  const count = Math.max(0, Math.floor(limit));
  if (spans.length <= count) return { from: 0, to: spans.length };
  // the first span that starts after the focus; the ones before it start at or before it
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= focus) low = mid + 1;
    else high = mid;
  }
  let from = low;
  let to = low;
  while (to - from < count) {
    if (from === 0) return { from: 0, to: count };
    if (to === spans.length) return { from: spans.length - count, to: spans.length };
    const before = Math.max(0, focus - spans[from - 1].end);
    const after = spans[to].start - focus;
    if (after <= before) to++;
    else from--;
  }
  return { from, to };
}

/**
 * Whether the focus has moved far enough from where the shown run was chosen that a
 * different run should be shown: it has left the middle half of the run (a run that reaches
 * either end of the list never needs to move towards that end).
 */
export function runIsStale(spans: readonly { start: number; end: number }[], run: Run, focus: number): boolean {
  const size = run.to - run.from;
  if (size === 0 || size >= spans.length) return false;
  const quarter = Math.floor(size / 4);
  const low = run.from > 0 ? spans[run.from + quarter].start : -Infinity;
  const high = run.to < spans.length ? spans[run.to - 1 - quarter].start : Infinity;
  return focus < low || focus > high;
}
