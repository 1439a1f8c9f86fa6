import { describe, expect, it } from 'vitest';
import type { CriterionDirection, PreferenceFunction } from '../index.js';
import { preferenceDegree, prometheeII } from '../index.js';

// Thresholds and values multiplied by the same power of two: exact, and P(d) depends on d and the
// thresholds only through their ratios, so this is the same preference function on smaller numbers.
function scaled(preference: PreferenceFunction, factor: number): PreferenceFunction {
  switch (preference.type) {
    case 'usual':
      return preference;
    case 'u-shape':
      return { type: 'u-shape', q: preference.q * factor };
    case 'v-shape':
      return { type: 'v-shape', p: preference.p * factor };
    case 'level':
    case 'linear':
      return { type: preference.type, q: preference.q * factor, p: preference.p * factor };
    case 'gaussian':
      return { type: 'gaussian', s: preference.s * factor };
  }
}

// The textbook O(m^2) net flows of a single criterion, computed on the column times 2^-8 so that no
// difference passes the largest double.
function pairwiseNetFlows(
  column: readonly number[],
  direction: CriterionDirection,
  preference: PreferenceFunction,
): number[] {
  const factor = 2 ** -8;
  const small = column.map((x) => x * factor);
  const p = scaled(preference, factor);
  const m = column.length;
  return small.map((a, i) => {
    let net = 0;
    small.forEach((b, k) => {
      if (k === i) return;
      const d = direction === 'cost' ? b - a : a - b;
      net += preferenceDegree(p, d) - preferenceDegree(p, -d);
    });
    return net / (m - 1);
  });
}

const netFlows = (
  column: readonly number[],
  direction: CriterionDirection,
  preference: PreferenceFunction,
): number[] =>
  prometheeII(
    column.map((x) => [x]),
    { weights: [1], directions: [direction], preference },
  ).netFlow;

const MAX = Number.MAX_VALUE;
const TINY = Number.MIN_VALUE;

describe('prometheeII at the limits of floating point', () => {
  const preferences: PreferenceFunction[] = [
    { type: 'usual' },
    { type: 'u-shape', q: 1e307 },
    { type: 'v-shape', p: 1e308 },
    { type: 'v-shape', p: 1 },
    { type: 'level', q: 1e307, p: 1e308 },
    { type: 'linear', q: 1e307, p: 1e308 },
    { type: 'linear', q: 0, p: 1 },
    { type: 'gaussian', s: 1e308 },
  ];
  const columns: number[][] = [
    [1e308, 1.5e308, 1.2e308],
    [-1e308, 1e308, 1.5e308, 0],
    [0, 1e308, 1.7e308],
    [1.7e308, 1e308, 0],
    [-MAX, MAX, 0],
    [0, 0.5e308, 1e308, 1.5e308],
  ];

  it('equals the pairwise definition on columns spanning past the largest double', () => {
    for (const preference of preferences) {
      for (const column of columns) {
        for (const direction of ['benefit', 'cost'] as const) {
          const expected = pairwiseNetFlows(column, direction, preference);
          netFlows(column, direction, preference).forEach((phi, i) => {
            expect(phi, `${JSON.stringify(preference)} ${String(column)} ${direction}`).toBeCloseTo(
              expected[i]!,
              12,
            );
          });
        }
      }
    }
  });

  it('keeps the smallest differences when the column needs no scaling', () => {
    // The column spans less than half the largest double: scaling it would round TINY to 0.
    expect(netFlows([TINY, 0], 'benefit', { type: 'usual' })).toEqual([1, -1]);
    expect(netFlows([1e308, TINY, 0], 'benefit', { type: 'usual' })).toEqual([1, 0, -1]);
    expect(netFlows([0.6e308, TINY, 0], 'benefit', { type: 'usual' })).toEqual([1, 0, -1]);
    expect(netFlows([TINY, 0], 'benefit', { type: 'level', q: 0, p: 4 * TINY })).toEqual([
      0.5, -0.5,
    ]);
  });

  it('scales a column whose prefix sums pass the largest double', () => {
    // Span equal to the threshold, or a smallest value far from 0: m times the shifted values still
    // overflows, so the column is scaled down all the same.
    const cases: [number[], PreferenceFunction][] = [
      [[0, 0.9e308, 0.9e308, 0.9e308], { type: 'v-shape', p: 0.9e308 }],
      [[0.6e308, 1.2e308, 1.2e308, 1.2e308, 1.2e308], { type: 'v-shape', p: 1.2e308 }],
    ];
    for (const [column, preference] of cases) {
      expect(netFlows(column, 'benefit', preference)).toEqual(
        pairwiseNetFlows(column, 'benefit', preference),
      );
    }
  });

  it('shifts a column by its smallest value before summing', () => {
    // Near 2^52 the sums of the raw values round to whole numbers; shifted, they are exact.
    const column = [2 ** 52 - 1, 2 ** 52 - 0.5, 2 ** 52 - 1.5];
    expect(netFlows(column, 'benefit', { type: 'v-shape', p: 1 })).toEqual([0, 0.75, -0.75]);
    expect(netFlows(column, 'benefit', { type: 'linear', q: 0.25, p: 1.25 })).toEqual(
      pairwiseNetFlows(column, 'benefit', { type: 'linear', q: 0.25, p: 1.25 }),
    );
  });

  it('reports its own name and a net flow apart from the scores', () => {
    const result = prometheeII(
      [
        [1, 2],
        [2, 1],
        [3, 3],
      ],
      { weights: [1, 1], directions: ['benefit', 'cost'] },
    );
    expect(result.method).toBe('promethee-ii');
    expect(result.netFlow).toEqual(result.scores);
    result.scores[0] = 99;
    expect(result.netFlow[0]).not.toBe(99);
  });
});
