import { describe, expect, it } from 'vitest';
import { spotis } from '../index.js';

describe('spotis result', () => {
  it('names its method', () => {
    const result = spotis(
      [
        [1, 2],
        [2, 1],
      ],
      {
        weights: [0.5, 0.5],
        directions: ['benefit', 'cost'],
        bounds: [
          [0, 4],
          [0, 4],
        ],
      },
    );
    expect(result.method).toBe('spotis');
    expect(result.better).toBe('lower');
  });
});
