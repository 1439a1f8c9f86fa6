import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionDirection } from '../index.js';
import { copras, prometheeII, topsis, vikor, weightedProduct, weightedSum } from '../index.js';

const criteria = 4;
const problem = fc.record({
  matrix: fc.array(
    fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), {
      minLength: criteria,
      maxLength: criteria,
    }),
    { minLength: 2, maxLength: 15 },
  ),
  weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
    minLength: criteria,
    maxLength: criteria,
  }),
  directions: fc.array(fc.constantFrom<CriterionDirection>('benefit', 'cost'), {
    minLength: criteria,
    maxLength: criteria,
  }),
});

describe('properties of the methods', () => {
  it('permuting alternatives permutes scores and ranks', () => {
    fc.assert(
      fc.property(problem, fc.func(fc.double()), ({ matrix, weights, directions }, key) => {
        const order = matrix.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
        const permuted = order.map((i) => matrix[i]!);
        const runs = [
          (x: number[][]) => weightedSum(x, { weights, directions }),
          (x: number[][]) => weightedProduct(x, { weights, directions }),
          (x: number[][]) => topsis(x, { weights, directions }),
          (x: number[][]) => vikor(x, { weights, directions, constantCriteria: 'ignore' }),
          (x: number[][]) =>
            prometheeII(x, { weights, directions, preference: { type: 'linear', q: 10, p: 200 } }),
          (x: number[][]) => copras(x, { weights, directions }),
        ];
        for (const run of runs) {
          const original = run(matrix);
          const shuffled = run(permuted);
          order.forEach((from, to) => {
            expect(shuffled.scores[to]).toBeCloseTo(original.scores[from]!, 9);
            expect(shuffled.ranks[to]).toBe(original.ranks[from]);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('positive scaling of a criterion does not change TOPSIS with vector normalisation', () => {
    fc.assert(
      fc.property(
        problem,
        fc.integer({ min: 0, max: criteria - 1 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        ({ matrix, weights, directions }, column, factor) => {
          const scaled = matrix.map((row) => row.map((x, j) => (j === column ? x * factor : x)));
          const a = topsis(matrix, { weights, directions });
          const b = topsis(scaled, { weights, directions });
          a.scores.forEach((c, i) => {
            expect(b.scores[i]).toBeCloseTo(c, 9);
          });
          expect(b.ranks).toEqual(a.ranks);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('improving a measure on a benefit criterion never lowers its weighted-sum rank', () => {
    fc.assert(
      fc.property(
        problem,
        fc.nat(),
        fc.integer({ min: 0, max: criteria - 1 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        ({ matrix, weights, directions }, pick, column, gain) => {
          const row = pick % matrix.length;
          const benefit = directions.map((d, j) => (j === column ? 'benefit' : d));
          const improved = matrix.map((r, i) =>
            r.map((x, j) => (i === row && j === column ? x + gain : x)),
          );
          for (const normalization of ['min-max', 'vector', 'max', 'sum'] as const) {
            const before = weightedSum(matrix, {
              weights,
              directions: benefit,
              normalization,
              ties: 'min',
            });
            const after = weightedSum(improved, {
              weights,
              directions: benefit,
              normalization,
              ties: 'min',
            });
            expect(after.ranks[row]).toBeLessThanOrEqual(before.ranks[row]!);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never returns NaN on a constant matrix', () => {
    const same = [
      [5, 5],
      [5, 5],
    ];
    const options = { weights: [1, 1], directions: ['benefit', 'cost'] } as const;
    for (const result of [
      weightedSum(same, options),
      weightedProduct(same, options),
      topsis(same, options),
      vikor(same, { ...options, constantCriteria: 'ignore' }),
      prometheeII(same, options),
      copras(same, options),
    ]) {
      expect(result.scores.every(Number.isFinite)).toBe(true);
      expect(new Set(result.ranks).size).toBe(1);
    }
  });
});
