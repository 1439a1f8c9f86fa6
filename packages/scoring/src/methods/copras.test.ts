import { describe, expect, it } from 'vitest';
import { copras } from '../index.js';

// Zavadskas, E. K., Kaklauskas, A., Peldschus, F. and Turskis, Z. (2007). Multi-attribute
// assessment of road design solutions by using the COPRAS method. The Baltic Journal of Road and
// Bridge Engineering 2(4), 195-203: six road designs, one benefit and four cost criteria.
// The data (transposed to alternatives in rows) are from the paper as reproduced in pymcdm's test
// suite. pymcdm's expected utility degrees for it (100, 79.70, 90.78, 72.43, 85.37, 68.98) are
// what Q = S+ + S- gives, where a higher cost raises the score; the classic formula
// Q = S+ + sum S- / (S- sum 1/S-) gives the values pinned below. The paper's own table has not
// been checked against these.
const road = [
  [30, 12.487, 6.261, 10.88, 7.61],
  [20, 12.372, 5.961, 10.88, 7.46],
  [27, 11.096, 6.262, 9.92, 6.69],
  [18, 10.982, 5.962, 9.92, 6.54],
  [24, 11.017, 6.283, 9.98, 7.0],
  [16, 10.903, 5.983, 9.98, 6.85],
];
const directions = ['benefit', 'cost', 'cost', 'cost', 'cost'] as const;

describe('copras', () => {
  it('applies the classic formula to the road-design data of Zavadskas et al. (2007)', () => {
    const result = copras(road, { weights: [0.53, 0.1175, 0.1175, 0.1175, 0.1175], directions });
    const expected = [100, 80.22, 97.24, 79.65, 90.59, 75.03];
    result.utilityDegree.forEach((n, i) => {
      expect(n).toBeCloseTo(expected[i]!, 2);
    });
    expect(result.ranks).toEqual([1, 4, 2, 5, 3, 6]);
    result.significance.forEach((q, i) => {
      expect(q).toBeCloseTo(
        result.benefitSum[i]! +
          sumOf(result.costSum) / (result.costSum[i]! * sumOf(result.costSum.map((s) => 1 / s))),
        12,
      );
    });
  });

  it('does not reproduce the S+ + S- variant, where a higher cost would raise the score', () => {
    const result = copras(road, { weights: [0.53, 0.1175, 0.1175, 0.1175, 0.1175], directions });
    const variant = result.benefitSum.map((s, i) => s + result.costSum[i]!);
    const best = Math.max(...variant);
    expect(variant.map((q) => Number(((100 * q) / best).toFixed(2)))).toEqual([
      100, 79.7, 90.78, 72.43, 85.37, 68.98,
    ]);
    expect(result.utilityDegree[2]).not.toBeCloseTo(90.78, 1);
  });

  it('lowers the score of an alternative whose cost rises', () => {
    const base = [
      [5, 2],
      [4, 3],
      [3, 4],
    ];
    const higherCost = [
      [5, 2.5],
      [4, 3],
      [3, 4],
    ];
    const options = { weights: [0.5, 0.5], directions: ['benefit', 'cost'] } as const;
    expect(copras(higherCost, options).scores[0]).toBeLessThan(copras(base, options).scores[0]!);
  });

  it('works out a small case by hand', () => {
    const result = copras(
      [
        [2, 1],
        [1, 1],
      ],
      { weights: [0.5, 0.5], directions: ['benefit', 'cost'] },
    );
    expect(result.benefitSum[0]).toBeCloseTo(1 / 3, 15);
    expect(result.costSum).toEqual([0.25, 0.25]);
    expect(result.scores[0]).toBeCloseTo(1 / 3 + 0.25, 15);
  });

  it('rejects negative values, zero columns and a zero cost sum with their place', () => {
    const options = { weights: [1, 1], directions: ['benefit', 'cost'] } as const;
    expect(() =>
      copras(
        [
          [1, -1],
          [1, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 0, column: 1 }));
    expect(() =>
      copras(
        [
          [0, 1],
          [0, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'zero-value', column: 0 }));
    expect(() =>
      copras(
        [
          [1, 0],
          [1, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'zero-value', row: 0 }));
  });
});

function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
