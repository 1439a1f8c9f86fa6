// The rank correlations at the limits of their inputs: the rankings they refuse (with the entry
// named), the ranks 1 and n accepted by the weighted coefficients and the next values refused, and
// hand-worked values of the WS coefficient (Salabun and Urbaniak 2020) and of Spearman's rho on
// values whose sums leave the range of doubles.
import { describe, expect, it } from 'vitest';
import { kendallTau, spearman, weightedSpearman, wsCoefficient } from '../index.js';

const all = [spearman, kendallTau, weightedSpearman, wsCoefficient];

describe('rank correlations: rankings refused', () => {
  it('want two rankings of the same length, with at least two entries', () => {
    for (const correlation of all) {
      expect(() => correlation([1, 2, 3], [1, 2])).toThrow(
        expect.objectContaining({
          code: 'length-mismatch',
          message: 'The rankings have 3 and 2 entries.',
        }),
      );
      expect(() => correlation([1], [1])).toThrow(
        expect.objectContaining({
          code: 'too-few-alternatives',
          message: 'A rank correlation needs at least 2 alternatives; got 1.',
        }),
      );
    }
  });

  it('name an entry of either ranking that is not a finite number', () => {
    for (const correlation of all) {
      expect(() => correlation([1, Number.NaN], [1, 2])).toThrow(
        expect.objectContaining({ code: 'non-finite-value', index: 1, message: 'Entry 1 is NaN.' }),
      );
      expect(() => correlation([1, 2], [Infinity, 2])).toThrow(
        expect.objectContaining({ code: 'non-finite-value', index: 0 }),
      );
      expect(() => correlation([1, 2], [1, '2' as never])).toThrow(
        expect.objectContaining({ code: 'non-finite-value', index: 1 }),
      );
    }
  });

  it('weighted coefficients accept ranks from 1 to n and name one outside', () => {
    for (const correlation of [weightedSpearman, wsCoefficient]) {
      expect(correlation([1, 3, 2], [3, 1, 2])).toBeLessThan(1);
      expect(() => correlation([0, 1, 2], [1, 2, 3])).toThrow(
        expect.objectContaining({
          code: 'out-of-bounds',
          index: 0,
          message: 'Entry 0 is 0; a ranking of 3 alternatives has ranks from 1 to 3.',
        }),
      );
      expect(() => correlation([1, 2, 3], [1, 2, 4])).toThrow(
        expect.objectContaining({ code: 'out-of-bounds', index: 2 }),
      );
      expect(() => correlation([1, 2, 3], [0.99, 2, 3])).toThrow(
        expect.objectContaining({ code: 'out-of-bounds', index: 0 }),
      );
    }
  });
});

describe('rank correlations: worked values', () => {
  it('WS: 1 - sum 2^-x |x - y| / max(|x - 1|, |x - n|)', () => {
    // A swap of the first two of five: 1 - (1/2) / 4 - (1/4) / 3 = 19 / 24.
    expect(wsCoefficient([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(19 / 24, 15);
    // A swap of the last two: 1 - (1/16) / 3 - (1/32) / 4 = 1 - 1/48 - 1/128.
    expect(wsCoefficient([1, 2, 3, 4, 5], [1, 2, 3, 5, 4])).toBeCloseTo(1 - 1 / 48 - 1 / 128, 15);
    // Two alternatives reversed: 1 - (1/2) / 1 - (1/4) / 1.
    expect(wsCoefficient([1, 2], [2, 1])).toBe(0.25);
    // Not symmetric: the first ranking is the reference.
    expect(wsCoefficient([2, 1, 3, 4, 5], [1, 2, 3, 4, 5])).toBeCloseTo(1 - 1 / 12 - 1 / 8, 15);
  });

  it('weighted Spearman: two alternatives reversed give -1', () => {
    // 1 - 6 (1 (2 + 1) + 1 (1 + 2)) / (16 + 8 - 4 - 2) = 1 - 36 / 18.
    expect(weightedSpearman([1, 2], [2, 1])).toBe(-1);
    expect(weightedSpearman([1, 2, 3], [1, 3, 2])).toBeCloseTo(1 - (6 * (1 * 3 + 1 * 3)) / 96, 15);
  });

  it("Spearman's rho on ranks, and on values that need scaling", () => {
    expect(spearman([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 15);
    expect(spearman([2, 2, 2], [1, 2, 3])).toBe(0);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
    // Squares past the largest double in one ranking only.
    expect(spearman([1e200, 2e200, 3e200], [1, 3, 2])).toBeCloseTo(0.5, 15);
    expect(spearman([1, 3, 2], [1e-200, 2e-200, 3e-200])).toBeCloseTo(0.5, 15);
    // A constant ranking of huge values still gives 0.
    expect(spearman([1e300, 1e300, 1e300], [1, 2, 3])).toBe(0);
  });

  it("Kendall's tau on two entries and on all ties", () => {
    expect(kendallTau([1, 2], [1, 2])).toBe(1);
    expect(kendallTau([1, 2], [2, 1])).toBe(-1);
    expect(kendallTau([1, 1], [1, 2])).toBe(0);
    expect(kendallTau([3, 3, 3], [3, 3, 3])).toBe(0);
  });
});
