// The edges of ranking: the tie tolerance is relative above 1 and absolute below, a difference of
// exactly the tolerance still ties, and every option outside the documented values is refused.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIE_TOLERANCE, ScoringError, rank } from '../index.js';

describe('rank: the tie tolerance', () => {
  it('is relative to the larger score above 1', () => {
    // 1e-9 of 1000 is 1e-6: scores 1e-7 apart tie, 1e-5 apart do not.
    expect(rank([1000, 1000 + 1e-7])).toEqual([1.5, 1.5]);
    expect(rank([1000, 1000 + 1e-5])).toEqual([2, 1]);
    expect(rank([-1000, -1000 - 1e-7], { order: 'ascending' })).toEqual([1.5, 1.5]);
  });

  it('is absolute for scores at most 1 in size', () => {
    expect(rank([0.001, 0.001 + 5e-10])).toEqual([1.5, 1.5]);
    expect(rank([0.001, 0.001 + 5e-9])).toEqual([2, 1]);
  });

  it('ties a difference of exactly the tolerance, not more', () => {
    // 0.25 * max(1, 3, 4) = 1 = 4 - 3.
    expect(rank([3, 4], { tolerance: 0.25 })).toEqual([1.5, 1.5]);
    expect(rank([3, 4.25], { tolerance: 0.25 })).toEqual([2, 1]);
  });

  it('is 1e-9 by default', () => {
    expect(DEFAULT_TIE_TOLERANCE).toBe(1e-9);
  });

  it('accepts a tolerance of 0 and refuses a negative, infinite or undefined one', () => {
    expect(rank([1, 1], { tolerance: 0 })).toEqual([1.5, 1.5]);
    for (const tolerance of [-1e-12, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => rank([1, 2], { tolerance })).toThrow(
        expect.objectContaining({ code: 'invalid-option' }),
      );
    }
    expect(() => rank([1, 2], { tolerance: -1e-12 })).toThrow(/Tolerance -1e-12 must be/);
  });

  it('gives ordinal ranks within a group of near-equal scores by position, not by score', () => {
    // The second score is higher by less than the tolerance: the first still comes first.
    expect(rank([1, 1 + 1e-12], { ties: 'ordinal' })).toEqual([1, 2]);
    expect(rank([1, 1 + 1e-12, 0.5, 1 - 1e-12], { ties: 'ordinal' })).toEqual([1, 2, 4, 3]);
  });
});

describe('rank: options', () => {
  const scores = [3, 1, 3, 2];

  it('orders descending by default and ascending on request', () => {
    expect(rank(scores)).toEqual(rank(scores, { order: 'descending' }));
    expect(rank(scores, { order: 'ascending' })).toEqual([3.5, 1, 3.5, 2]);
  });

  it('applies each documented tie policy, average by default', () => {
    expect(rank(scores)).toEqual([1.5, 4, 1.5, 3]);
    expect(rank(scores, { ties: 'min' })).toEqual([1, 4, 1, 3]);
    expect(rank(scores, { ties: 'dense' })).toEqual([1, 3, 1, 2]);
    expect(rank(scores, { ties: 'ordinal' })).toEqual([1, 4, 2, 3]);
    expect(rank([2, 2, 2, 2, 1], { ties: 'ordinal' })).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an unknown order or tie policy, naming it', () => {
    const bad = [
      { order: 'up' },
      { order: 'Descending' },
      { ties: 'max' },
      { ties: '' },
    ] as unknown as Parameters<typeof rank>[1][];
    for (const options of bad) {
      const attempt = () => rank(scores, options);
      expect(attempt).toThrow(ScoringError);
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    }
    expect(() => rank(scores, { order: 'up' } as never)).toThrow(/"up"|'up'|up/);
    expect(() => rank(scores, { ties: 'max' } as never)).toThrow(/average, min, dense, ordinal/);
  });

  it('refuses a score that is not a finite number, with its index', () => {
    for (const score of [Number.POSITIVE_INFINITY, '1', undefined]) {
      expect(() => rank([1, 2, score as number])).toThrow(
        expect.objectContaining({ code: 'non-finite-value', index: 2 }),
      );
      expect(() => rank([1, 2, score as number])).toThrow(`Score 2 is ${String(score)}.`);
    }
  });

  it('ranks an empty list and a single score', () => {
    expect(rank([])).toEqual([]);
    expect(rank([7])).toEqual([1]);
  });
});
