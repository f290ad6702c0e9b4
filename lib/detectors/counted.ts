/**
 * A multiset of numbers as its sorted distinct values and their counts: a shop figure that an
 * order's arrival or change updates in place (lib/detectors/figures), and from which the median
 * and the spreads around it come exactly as from the sorted list of every value.
 */

/** Sorted distinct values, each with how many times it occurs (plain arrays: stored in IndexedDB). */
export interface Counted {
  values: number[];
  counts: number[];
}

export const emptyCounted = (): Counted => ({ values: [], counts: [] });

/** The multiset of `values` (any order), at once: one sort, not one insertion each. */
export function countedOf(values: readonly number[]): Counted {
  const sorted = Float64Array.from(values).sort();
  const counted = emptyCounted();
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    const last = counted.values.length - 1;
    if (last >= 0 && counted.values[last] === value) counted.counts[last]!++;
    else {
      counted.values.push(value);
      counted.counts.push(1);
    }
  }
  return counted;
}

/** Index of the first value not below `value` (binary search). */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds (`sign` 1) or takes out (-1) one occurrence of `value`; taking out one never added throws (a figure out of step). */
export function addCounted(counted: Counted, value: number, sign: 1 | -1): void {
  const { values, counts } = counted;
  const i = lowerBound(values, value);
  if (values[i] === value) {
    const left = counts[i]! + sign;
    if (left > 0) counts[i] = left;
    else {
      values.splice(i, 1);
      counts.splice(i, 1);
    }
  } else if (sign === 1) {
    values.splice(i, 0, value);
    counts.splice(i, 0, 1);
  } else {
    throw new Error(`figure out of step: ${value} was never counted`);
  }
}

/** Median and median absolute deviation of a multiset of numbers. */
export interface Spread {
  n: number;
  median: number;
  mad: number;
  /** Mean absolute deviation from the median: the spread to use when the MAD is 0. */
  meanAd: number;
}

/**
 * The median of the values, the median of their distances to it, and the mean of those distances,
 * as the sorted list of every value gives them (the mean of the middle two for an even count).
 * The distances are walked outwards from the median, merging both sides, so nothing is sorted.
 * Sums are exact for whole numbers (cents, quantities) and their halves, whatever the order.
 */
export function spreadOf(counted: Counted): Spread {
  const { values, counts } = counted;
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  if (n === 0) return { n: 0, median: 0, mad: 0, meanAd: 0 };
  const mid = n >>> 1;
  const median = n % 2 === 1 ? valueAt(counted, mid) : (valueAt(counted, mid - 1) + valueAt(counted, mid)) / 2;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += counts[i]! * Math.abs(values[i]! - median);
  // Distances in increasing order: values below the median leftwards, the others rightwards.
  let right = lowerBound(values, median);
  let left = right - 1;
  let position = 0;
  let below = Number.NaN;
  for (;;) {
    const toLeft = left >= 0 ? median - values[left]! : Number.POSITIVE_INFINITY;
    const toRight = right < values.length ? values[right]! - median : Number.POSITIVE_INFINITY;
    const fromLeft = toLeft < toRight;
    const distance = fromLeft ? toLeft : toRight;
    const count = fromLeft ? counts[left--]! : counts[right++]!;
    // This distance covers sorted positions position … position + count − 1.
    if (n % 2 === 0 && position <= mid - 1 && mid - 1 < position + count) below = distance;
    if (position <= mid && mid < position + count) {
      const mad = n % 2 === 1 ? distance : (below + distance) / 2;
      return { n, median, mad, meanAd: sum / n };
    }
    position += count;
  }
}

/** The value at `position` of the sorted list of every value. */
function valueAt(counted: Counted, position: number): number {
  let seen = 0;
  for (let i = 0; i < counted.counts.length; i++) {
    seen += counted.counts[i]!;
    if (position < seen) return counted.values[i]!;
  }
  throw new RangeError(`no value at ${position}`);
}
