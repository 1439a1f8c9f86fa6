// VIKOR's compromise conditions at their edges (Opricovic and Tzeng 2004): C1 compares
// Q(a'') - Q(a') with DQ = 1 / (m - 1), C2 asks that a' be also best by S or by R.
import { describe, expect, it } from 'vitest';
import { vikor } from '../index.js';

// Opricovic and Tzeng (2004), Table 3: Q = (1, 0, 1), A2 first by S, R and Q.
const example = [
  [1, 3000],
  [2, 3750],
  [5, 4500],
];
const options = { weights: [0.5, 0.5], directions: ['cost', 'benefit'] } as const;

describe('the VIKOR compromise', () => {
  it('holds both conditions exactly when the tie tolerance is 0', () => {
    expect(vikor(example, { ...options, tolerance: 0 }).compromise).toEqual({
      alternatives: [1],
      acceptableAdvantage: true,
      acceptableStability: true,
      threshold: 0.5,
    });
  });

  it('measures the advantage from Q of the first, which need not be 0', () => {
    // Each alternative is best on one criterion or balanced: S = R = Q = 0.5 for all three, so
    // no one has an advantage, although the second's Q reaches DQ.
    const result = vikor(
      [
        [1, 9],
        [2, 7],
        [9, 1],
      ],
      { weights: [0.5, 0.5], directions: ['benefit', 'benefit'] },
    );
    expect(result.q).toEqual([0.5, 0.5, 0.5]);
    expect(result.compromise.acceptableAdvantage).toBe(false);
    expect(result.compromise.alternatives).toEqual([0, 1, 2]);
  });

  it('counts an advantage short of DQ only by rounding as reaching it', () => {
    const result = vikor(
      [
        [7.9, 5.6, 3.1],
        [8.7, 3.9, 0.7],
        [9.1, 8.9, 9.5],
      ],
      { weights: [0.3, 0.3, 0.4], directions: ['benefit', 'benefit', 'cost'] },
    );
    const [first, second] = [...result.q].sort((a, b) => a - b);
    expect(second! - first!).toBeLessThan(0.5);
    expect(0.5 - (second! - first!)).toBeLessThan(1e-12);
    expect(result.compromise).toMatchObject({ alternatives: [1], acceptableAdvantage: true });
  });

  it('returns Q and the scores as separate lists', () => {
    const result = vikor(example, options);
    expect(result.q).toEqual(result.scores);
    expect(result.q).not.toBe(result.scores);
  });
});
