// COPRAS (Zavadskas, Kaklauskas and Šarka 1994) at the edges of doubles and of its checks.
import { describe, expect, it } from 'vitest';
import { copras } from '../index.js';

const weights = [0.5, 0.5];
const directions = ['benefit', 'cost'] as const;

describe('copras edges', () => {
  it('measures an S- too small to invert against the smallest S-', () => {
    // S+ = 0.25 for both. S-1 = 0.5, S-2 = 5e-311, whose inverse overflows. With
    // Q = S+ + sum(S-) / (S- * sum(1 / S-)): Q1 = 0.25 + 0.5 / (1 + 1e310), which is 0.25 in
    // doubles, and Q2 = 0.25 + 0.5 / (1e-310 + 1) = 0.75.
    const result = copras(
      [
        [1, 1],
        [1, 1e-310],
      ],
      { weights, directions },
    );
    expect(result.costSum[1]).toBeGreaterThan(0);
    expect(1 / result.costSum[1]!).toBe(Infinity);
    expect(result.significance[0]).toBeCloseTo(0.25, 15);
    expect(result.significance[1]).toBeCloseTo(0.75, 15);
    expect(result.ranks).toEqual([2, 1]);
  });

  it('names the negative value, not a zero before it', () => {
    expect(() =>
      copras(
        [
          [0, 1],
          [1, -2],
        ],
        { weights, directions },
      ),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 1, column: 1 }));
  });

  it('names its method and returns the significance apart from the scores', () => {
    const result = copras(
      [
        [2, 1],
        [1, 2],
      ],
      { weights, directions },
    );
    expect(result.method).toBe('copras');
    expect(result.significance).toEqual(result.scores);
    expect(result.significance).not.toBe(result.scores);
  });
});
