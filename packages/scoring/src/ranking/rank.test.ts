import { describe, expect, it } from 'vitest';
import { rank } from '../index.js';

describe('rank', () => {
  const scores = [0.5, 0.9, 0.5, 0.1];

  it('applies each tie policy, 1 = best', () => {
    expect(rank(scores, { ties: 'average' })).toEqual([2.5, 1, 2.5, 4]);
    expect(rank(scores, { ties: 'min' })).toEqual([2, 1, 2, 4]);
    expect(rank(scores, { ties: 'dense' })).toEqual([2, 1, 2, 3]);
    expect(rank(scores, { ties: 'ordinal' })).toEqual([2, 1, 3, 4]);
    expect(rank(scores, { order: 'ascending', ties: 'min' })).toEqual([2, 4, 2, 1]);
  });

  it('ties 0.1 + 0.2 and 0.3 under the default tolerance, and not with tolerance 0', () => {
    expect(rank([0.1 + 0.2, 0.3])).toEqual([1.5, 1.5]);
    expect(rank([0.1 + 0.2, 0.3], { tolerance: 0 })).toEqual([1, 2]);
  });

  it('measures the tolerance from the best of a group, so ties do not chain', () => {
    expect(rank([1, 1 - 0.6e-9, 1 - 1.2e-9], { ties: 'min' })).toEqual([1, 1, 3]);
  });

  it('rejects NaN with its index and unknown options', () => {
    expect(() => rank([1, Number.NaN])).toThrow(
      expect.objectContaining({ code: 'non-finite-value', index: 1 }),
    );
    expect(() => rank([1], { tolerance: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
