import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreferenceFunction } from '../index.js';
import { preferenceDegree, prometheeII } from '../index.js';

// Zhao, H., Peng, Y. and Li, W. (2013). Revised PROMETHEE II for improving efficiency in emergency
// response. Procedia Computer Science 17, 181-188: three alternatives, three benefit criteria,
// weights 0.5, 0.3, 0.2, usual criterion; net flows 0.1, -0.3, 0.2.
describe('prometheeII', () => {
  it('reproduces Zhao, Peng and Li (2013)', () => {
    const result = prometheeII(
      [
        [4, 3, 2],
        [3, 2, 4],
        [5, 1, 3],
      ],
      { weights: [0.5, 0.3, 0.2], directions: ['benefit', 'benefit', 'benefit'] },
    );
    result.netFlow.forEach((phi, i) => {
      expect(phi).toBeCloseTo([0.1, -0.3, 0.2][i]!, 12);
    });
    result.positiveFlow.forEach((phi, i) => {
      expect(phi).toBeCloseTo([0.55, 0.35, 0.6][i]!, 12);
    });
    result.negativeFlow.forEach((phi, i) => {
      expect(phi).toBeCloseTo([0.45, 0.65, 0.4][i]!, 12);
    });
    expect(result.ranks).toEqual([2, 3, 1]);
  });

  const preferences: PreferenceFunction[] = [
    { type: 'usual' },
    { type: 'u-shape', q: 2 },
    { type: 'v-shape', p: 5 },
    { type: 'level', q: 1, p: 4 },
    { type: 'linear', q: 1, p: 6 },
    { type: 'gaussian', s: 2.5 },
  ];

  // The sort-based flows must equal the textbook pairwise sums.
  function pairwise(
    matrix: number[][],
    weights: number[],
    costs: boolean[],
    preference: PreferenceFunction[],
  ) {
    const m = matrix.length;
    const total = weights.reduce((a, b) => a + b, 0);
    return matrix.map((a, i) => {
      let plus = 0;
      let minus = 0;
      for (let k = 0; k < m; k++) {
        if (k === i) continue;
        a.forEach((x, j) => {
          const d = costs[j] ? matrix[k]![j]! - x : x - matrix[k]![j]!;
          plus += (weights[j]! / total) * preferenceDegree(preference[j]!, d);
          minus += (weights[j]! / total) * preferenceDegree(preference[j]!, -d);
        });
      }
      return (plus - minus) / (m - 1);
    });
  }

  it('equals the O(m^2) pairwise definition for every preference function', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((m) =>
          fc.tuple(
            fc.array(fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 6, maxLength: 6 }), {
              minLength: m,
              maxLength: m,
            }),
            fc
              .array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 })
              .filter((w) => w.some((x) => x > 0)),
            fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          ),
        ),
        ([matrix, weights, costs]) => {
          const result = prometheeII(matrix, {
            weights,
            directions: costs.map((c) => (c ? 'cost' : 'benefit')),
            preference: preferences,
          });
          const expected = pairwise(matrix, weights, costs, preferences);
          result.netFlow.forEach((phi, i) => {
            expect(phi).toBeCloseTo(expected[i]!, 10);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects bad thresholds with the column and a single alternative', () => {
    expect(() =>
      prometheeII(
        [
          [1, 2],
          [2, 1],
        ],
        {
          weights: [1, 1],
          directions: ['benefit', 'benefit'],
          preference: [{ type: 'usual' }, { type: 'linear', q: 3, p: 1 }],
        },
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid-option', column: 1 }));
    expect(() => prometheeII([[1]], { weights: [1], directions: ['benefit'] })).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives' }),
    );
  });

  it('handles 10,000 alternatives without an m-by-m matrix', () => {
    const m = 10_000;
    const matrix = Array.from({ length: m }, (_, i) => [(i * 7919) % 1000, (i * 104729) % 997]);
    const result = prometheeII(matrix, {
      weights: [1, 1],
      directions: ['benefit', 'cost'],
      preference: [
        { type: 'linear', q: 10, p: 100 },
        { type: 'v-shape', p: 50 },
      ],
    });
    const sum = result.netFlow.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum)).toBeLessThan(1e-6);
  });
});
