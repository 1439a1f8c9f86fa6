// The keys every method ranks by: a score that is not finite stops there, named with its place.
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../kernel/scoring-error.js';
import { rankKeys } from './rank.js';

describe('rankKeys', () => {
  it('turns descending scores round and keeps ascending ones, with -0 as 0', () => {
    expect(Array.from(rankKeys([0.5, -0, 2], 'descending'))).toEqual([-0.5, 0, -2]);
    expect(Object.is(rankKeys([-0], 'ascending')[0], 0)).toBe(true);
  });

  it('names a score that is not finite by its place', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      let thrown: unknown;
      try {
        rankKeys([1, 2, bad], 'ascending');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ScoringError);
      expect(thrown).toMatchObject({
        code: 'non-finite-value',
        row: 2,
        message: `Score 2 is ${bad}: the values are too large or too small for this method to compute. Rescale the criteria, for example to other units.`,
      });
    }
  });
});
