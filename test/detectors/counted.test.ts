// The multiset behind amount-outlier's figure (lib/detectors/counted): its median and spreads are
// those of the sorted list of every value, and counting one by one, in and out, gives what
// counting at once gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCounted, countedOf, emptyCounted, spreadOf } from '../../lib/detectors/counted';

/** What amount-outlier computed from the list before the figure: sort, medians, a summed pass. */
function spreadOfList(list: readonly number[]) {
  if (list.length === 0) return { n: 0, median: 0, mad: 0, meanAd: 0 };
  const middle = (sorted: ArrayLike<number>) => {
    const mid = sorted.length >>> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const values = Float64Array.from(list).sort();
  const median = middle(values);
  const deviations = values.map((value) => Math.abs(value - median)).sort();
  let sum = 0;
  for (let i = 0; i < deviations.length; i++) sum += deviations[i]!;
  return { n: values.length, median, mad: middle(deviations), meanAd: sum / deviations.length };
}

// Cents of real totals, and quantities: many repeats, some far out.
const valuesArb = fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 990, max: 1_010 }), fc.integer({ min: 1, max: 10_000_000 })), { maxLength: 300 });

describe('counted values', () => {
  it('gives the median, the median absolute deviation and the mean one of the sorted list', () => {
    fc.assert(
      fc.property(valuesArb, (list) => {
        expect(spreadOf(countedOf(list))).toEqual(spreadOfList(list));
      }),
      { numRuns: 500 },
    );
  });

  it('counted one by one, with some taken out again, equals counted at once', () => {
    fc.assert(
      fc.property(valuesArb, fc.array(fc.nat()), (list, outs) => {
        const counted = emptyCounted();
        for (const value of list) addCounted(counted, value, 1);
        const left = [...list];
        for (const at of outs) {
          if (left.length === 0) break;
          const [value] = left.splice(at % left.length, 1);
          addCounted(counted, value!, -1);
        }
        expect(counted).toEqual(countedOf(left));
      }),
      { numRuns: 300 },
    );
  });

  it('works out a small case by hand: 1, 2, 2, 9 → median 2, distances 1, 0, 0, 7', () => {
    expect(spreadOf(countedOf([9, 2, 1, 2]))).toEqual({ n: 4, median: 2, mad: 0.5, meanAd: 2 });
    expect(spreadOf(emptyCounted())).toEqual({ n: 0, median: 0, mad: 0, meanAd: 0 });
  });

  it('refuses to take out a value never counted: the figure would be out of step', () => {
    const counted = countedOf([3, 5]);
    expect(() => addCounted(counted, 4, -1)).toThrow('figure out of step: 4 was never counted');
  });
});
