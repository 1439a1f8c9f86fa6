import { describe, expect, it } from 'vitest';
import { rankOrderWeights } from '../index.js';

// Barron and Barrett (1996), Table 1: ROC weights for n = 4 are 0.5208, 0.2708, 0.1458, 0.0625.
describe('rankOrderWeights', () => {
  it('gives the rank-order centroid weights of Barron and Barrett (1996)', () => {
    expect(rankOrderWeights([1, 2, 3, 4]).map((w) => Number(w.toFixed(4)))).toEqual([
      0.5208, 0.2708, 0.1458, 0.0625,
    ]);
  });

  it('follows the input order and averages tied positions', () => {
    const [a, b, c] = rankOrderWeights([3, 1, 1]);
    expect(b).toBe(c);
    expect(a).toBeCloseTo(1 / 9, 15);
    expect(a! + b! + c!).toBeCloseTo(1, 15);
  });

  it('offers rank sum, rank reciprocal and equal weights', () => {
    expect(rankOrderWeights([1, 2, 3], { method: 'sum' })).toEqual([3 / 6, 2 / 6, 1 / 6]);
    expect(
      rankOrderWeights([1, 2], { method: 'reciprocal' }).map((w) => Number(w.toFixed(12))),
    ).toEqual([0.666666666667, 0.333333333333]);
    expect(rankOrderWeights([1, 2], { method: 'equal' })).toEqual([0.5, 0.5]);
  });
});
