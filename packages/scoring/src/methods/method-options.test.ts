import { describe, expect, it } from 'vitest';
import { tieOptions } from './method-options.js';

describe('tieOptions', () => {
  it('leaves out the tie options a caller did not give', () => {
    const common = { weights: [1], directions: ['benefit'] as const };
    expect(Object.keys(tieOptions(common))).toEqual([]);
    expect(tieOptions({ ...common, ties: 'dense' })).toStrictEqual({ ties: 'dense' });
    expect(tieOptions({ ...common, tolerance: 1e-9 })).toStrictEqual({ tolerance: 1e-9 });
    expect(tieOptions({ ...common, ties: 'average', tolerance: 0 })).toStrictEqual({
      ties: 'average',
      tolerance: 0,
    });
  });
});
