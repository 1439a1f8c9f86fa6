import { describe, expect, it } from 'vitest';
import { spotis } from '../index.js';

// Dezert, J., Tchamova, A., Han, D. and Tacnet, J.-M. (2020). The SPOTIS rank reversal free method
// for multi-criteria decision-making support. FUSION 2020, IEEE: the first example, scores
// 0.1989, 0.3705, 0.3063, 0.7491 (preference order A1 > A3 > A2 > A4).
describe('spotis', () => {
  const matrix = [
    [10.5, -3.1, 1.7],
    [-4.7, 0, 3.4],
    [8.1, 0.3, 1.3],
    [3.2, 7.3, -5.3],
  ];
  const options = {
    weights: [0.2, 0.3, 0.5],
    directions: ['benefit', 'cost', 'benefit'],
    bounds: [
      [-5, 12],
      [-6, 10],
      [-8, 5],
    ],
  } as const;

  it('reproduces Dezert et al. (2020)', () => {
    const result = spotis(matrix, options);
    result.scores.forEach((s, i) => {
      expect(s).toBeCloseTo([0.1989, 0.3705, 0.3063, 0.7491][i]!, 4);
    });
    expect(result.ranks).toEqual([1, 3, 2, 4]);
    expect(result.idealPoint).toEqual([12, -6, 5]);
    expect(result.better).toBe('lower');
  });

  it('keeps scores when an alternative is added (no rank reversal)', () => {
    const more = spotis([...matrix, [0, 0, 0]], options);
    expect(more.scores.slice(0, 4)).toEqual(spotis(matrix, options).scores);
  });

  it('rejects values outside the bounds and bad bounds, with their place', () => {
    expect(() => spotis([[13, 0, 0]], options)).toThrow(
      expect.objectContaining({ code: 'out-of-bounds', row: 0, column: 0 }),
    );
    expect(() =>
      spotis(matrix, {
        ...options,
        bounds: [
          [0, 1],
          [1, 1],
          [0, 1],
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option', column: 1 }));
  });
});
