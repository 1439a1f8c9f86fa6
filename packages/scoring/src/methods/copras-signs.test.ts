import { describe, expect, it } from 'vitest';
import { copras } from '../index.js';

describe('copras sign check', () => {
  it('rejects a matrix whose values are all negative', () => {
    expect(() =>
      copras(
        [
          [-1, -2],
          [-3, -4],
        ],
        { weights: [0.5, 0.5], directions: ['benefit', 'cost'] },
      ),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 0, column: 0 }));
  });
});
