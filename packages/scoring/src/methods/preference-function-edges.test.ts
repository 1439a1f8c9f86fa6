import { describe, expect, it } from 'vitest';
import type { PreferenceFunction } from '../index.js';
import { ScoringError, preferenceDegree } from '../index.js';

describe('preferenceDegree edges', () => {
  it('gives 0 for a linear criterion up to and at the indifference threshold', () => {
    const linear = { type: 'linear', q: 2, p: 4 } as const;
    expect(preferenceDegree(linear, 1)).toBe(0);
    expect(preferenceDegree(linear, 2)).toBe(0);
    expect(preferenceDegree(linear, 3)).toBe(0.5);
    expect(preferenceDegree(linear, 4)).toBe(1);
  });

  it('keeps the Gaussian criterion exact where 2 s^2 leaves the normal range', () => {
    // s = 1e-200: 2 s^2 underflows to 0, so the exponent is taken as -(d / s)^2 / 2.
    expect(preferenceDegree({ type: 'gaussian', s: 1e-200 }, 1e-200)).toBeCloseTo(
      1 - Math.exp(-0.5),
      15,
    );
    expect(preferenceDegree({ type: 'gaussian', s: 1e-200 }, 2e-200)).toBeCloseTo(
      1 - Math.exp(-2),
      15,
    );
    // s = 1e200: 2 s^2 overflows to Infinity.
    expect(preferenceDegree({ type: 'gaussian', s: 1e200 }, 3e200)).toBeCloseTo(
      1 - Math.exp(-4.5),
      15,
    );
  });

  it('rejects a missing preference function with a typed error', () => {
    for (const missing of [undefined, null]) {
      const call = () => preferenceDegree(missing as unknown as PreferenceFunction, 1);
      expect(call).toThrow(ScoringError);
      expect(call).toThrow(
        'The preference function has type undefined, not one of usual, u-shape, v-shape, level, linear, gaussian.',
      );
    }
  });
});
