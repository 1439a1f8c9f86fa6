import { describe, expect, it } from 'vitest';
import { topsis } from '../index.js';

describe('topsis on columns of zeros', () => {
  it('normalises every zero column to 1 and scores all alternatives alike', () => {
    const result = topsis(
      [
        [0, 0],
        [0, 0],
      ],
      { weights: [1, 1], directions: ['benefit', 'cost'] },
    );
    // Each weighted column is 0.5 * 1: ideal and anti-ideal coincide, both distances are 0.
    expect(result.ideal).toEqual([0.5, 0.5]);
    expect(result.antiIdeal).toEqual([0.5, 0.5]);
    expect(result.distanceToIdeal).toEqual([0, 0]);
    expect(result.distanceToAntiIdeal).toEqual([0, 0]);
    expect(result.scores).toEqual([0.5, 0.5]);
  });
});
