import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTau, spearman, weightedSpearman, wsCoefficient } from '../index.js';

describe('rank correlation', () => {
  it('gives 1 for identical and -1 for reversed rankings', () => {
    const x = [1, 2, 3, 4, 5];
    const reversed = [5, 4, 3, 2, 1];
    expect(spearman(x, x)).toBeCloseTo(1, 15);
    expect(spearman(x, reversed)).toBeCloseTo(-1, 15);
    expect(kendallTau(x, reversed)).toBe(-1);
    expect(weightedSpearman(x, x)).toBe(1);
    expect(weightedSpearman(x, reversed)).toBeCloseTo(-1, 12);
    expect(wsCoefficient(x, x)).toBe(1);
  });

  it('matches hand-worked values', () => {
    expect(spearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 15);
    expect(kendallTau([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 15);
    // r_w = 1 - 6 * (1 * (3 + 2) + 1 * (2 + 3)) / (256 + 64 - 16 - 4)
    expect(weightedSpearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(1 - 60 / 300, 15);
    expect(wsCoefficient([1, 2, 3], [2, 1, 3])).toBeCloseTo(0.5, 15);
  });

  it('weighs a swap at the top more than one at the bottom', () => {
    const x = [1, 2, 3, 4, 5];
    expect(wsCoefficient(x, [2, 1, 3, 4, 5])).toBeLessThan(wsCoefficient(x, [1, 2, 3, 5, 4]));
    expect(weightedSpearman(x, [2, 1, 3, 4, 5])).toBeLessThan(weightedSpearman(x, [1, 2, 3, 5, 4]));
  });

  it('handles ties (tau-b) and constant rankings', () => {
    expect(kendallTau([1, 1, 3], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6), 15);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('rejects rankings of different lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
  });

  it('gives tau-b exactly as the definition over all pairs, ties in both rankings included', () => {
    // Kendall's (1945) definition, pair by pair.
    const definition = (x: readonly number[], y: readonly number[]): number => {
      let concordant = 0;
      let discordant = 0;
      let onlyX = 0;
      let onlyY = 0;
      for (let i = 0; i < x.length; i++) {
        for (let j = i + 1; j < x.length; j++) {
          const dx = Math.sign(x[i]! - x[j]!);
          const dy = Math.sign(y[i]! - y[j]!);
          if (dx === 0 && dy === 0) continue;
          if (dx === 0) onlyX++;
          else if (dy === 0) onlyY++;
          else if (dx === dy) concordant++;
          else discordant++;
        }
      }
      const denominator = Math.sqrt(
        (concordant + discordant + onlyX) * (concordant + discordant + onlyY),
      );
      return denominator === 0 ? 0 : (concordant - discordant) / denominator;
    };
    // Few distinct values make ties in x, in y and in both common; doubles cover the rest.
    const value = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const pair = fc
      .integer({ min: 2, max: 60 })
      .chain((n) =>
        fc.tuple(
          fc.array(value, { minLength: n, maxLength: n }),
          fc.array(value, { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(pair, ([x, y]) => {
        expect(kendallTau(x, y)).toBe(definition(x, y));
      }),
      { numRuns: 2000 },
    );
  });
});
