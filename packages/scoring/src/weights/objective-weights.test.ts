import { describe, expect, it } from 'vitest';
import { criticWeights, entropyWeights, equalWeights, standardDeviationWeights } from '../index.js';

describe('objective weights', () => {
  const matrix = [
    [250, 16, 12, 5],
    [200, 16, 8, 3],
    [300, 32, 16, 4],
    [275, 32, 8, 4],
    [225, 16, 16, 2],
  ];

  it('entropy: follows -sum p ln p / ln m, sums to 1, and gives a constant column weight 0', () => {
    const w = entropyWeights(matrix);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    const column = matrix.map((row) => row[1]!);
    const total = column.reduce((a, b) => a + b, 0);
    const entropy =
      -column.reduce((e, x) => e + (x / total) * Math.log(x / total), 0) / Math.log(5);
    const divergences = [0, 1, 2, 3].map((j) => {
      const c = matrix.map((row) => row[j]!);
      const t = c.reduce((a, b) => a + b, 0);
      return 1 + c.reduce((e, x) => e + (x / t) * Math.log(x / t), 0) / Math.log(5);
    });
    expect(w[1]).toBeCloseTo((1 - entropy) / divergences.reduce((a, b) => a + b, 0), 15);
    expect(
      entropyWeights([
        [1, 5],
        [1, 1],
        [1, 9],
      ])[0],
    ).toBeCloseTo(0, 15);
  });

  it('entropy: equal weights when every column is uniform; errors for negatives and zero columns', () => {
    expect(
      entropyWeights([
        [2, 3],
        [2, 3],
      ]),
    ).toEqual([0.5, 0.5]);
    expect(() =>
      entropyWeights([
        [1, -1],
        [1, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 0, column: 1 }));
    expect(() =>
      entropyWeights([
        [1, 0],
        [1, 0],
      ]),
    ).toThrow(expect.objectContaining({ code: 'zero-value', column: 1 }));
    expect(() => entropyWeights([[1, 2]])).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives' }),
    );
  });

  it('CRITIC: sigma times summed (1 - r), by hand on a small case', () => {
    // Min-max columns: (0, .5, 1), (0, .5, 1), (0, 1, .5); r12 = 1, r13 = r23 = 0.5.
    const w = criticWeights(
      [
        [1, 1, 1],
        [2, 2, 3],
        [3, 3, 2],
      ],
      { directions: ['benefit', 'benefit', 'benefit'] },
    );
    expect(w.map((x) => Number(x.toFixed(12)))).toEqual([0.25, 0.25, 0.5]);
    const flipped = criticWeights(
      [
        [1, 1, 1],
        [2, 2, 3],
        [3, 3, 2],
      ],
      { directions: ['benefit', 'cost', 'benefit'] },
    );
    expect(flipped[1]).toBeGreaterThan(w[1]!);
    expect(
      criticWeights(
        [
          [1, 7],
          [2, 7],
        ],
        { directions: ['benefit', 'cost'] },
      ),
    ).toEqual([1, 0]);
  });

  it('standard deviation: unit-free and equal when all constant', () => {
    const w = standardDeviationWeights(matrix);
    const rescaled = standardDeviationWeights(
      matrix.map((row) => [row[0]! * 1000, ...row.slice(1)]),
    );
    w.forEach((x, j) => {
      expect(rescaled[j]).toBeCloseTo(x, 12);
    });
    expect(
      standardDeviationWeights([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([0.5, 0.5]);
  });

  it('equal weights', () => {
    expect(equalWeights(4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(() => equalWeights(0)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
