// Binary searches over sorted numbers (offsets, starts), shared by the stages.

/** The index of the first of the sorted `values` at or after `value` (their length when none is), looking from index `from` on. */
export function firstAtOrAfter(values: ArrayLike<number>, value: number, from = 0): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of the sorted `values` after `value` (their length when none is). */
export function firstAfter(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after `offset` in a list sorted by start (their length when none does). */
export function firstFrom(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
