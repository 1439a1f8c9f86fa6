// The weighting methods at the limits of their documented inputs: the options they refuse (with
// the code, place and value named), the formulas of the rank-order methods for more criteria, and
// the tolerance of the reciprocity check at its edge.
import { describe, expect, it } from 'vitest';
import {
  aggregatePairwiseMatrices,
  ahpWeights,
  criticWeights,
  entropyWeights,
  equalWeights,
  rankOrderWeights,
  standardDeviationWeights,
} from '../index.js';

const fixed = (values: readonly number[], digits = 12) =>
  values.map((v) => Number(v.toFixed(digits)));

describe('rankOrderWeights: formulas', () => {
  it('gives rank sum (n + 1 - k) / (n (n + 1) / 2) and rank reciprocal (1 / k) / H_n for n = 4', () => {
    expect(fixed(rankOrderWeights([1, 2, 3, 4], { method: 'sum' }))).toEqual(
      fixed([0.4, 0.3, 0.2, 0.1]),
    );
    // H_4 = 25 / 12.
    expect(fixed(rankOrderWeights([1, 2, 3, 4], { method: 'reciprocal' }))).toEqual(
      fixed([12 / 25, 6 / 25, 4 / 25, 3 / 25]),
    );
    expect(rankOrderWeights([1, 2, 3, 4], { method: 'equal' })).toEqual([0.25, 0.25, 0.25, 0.25]);
    // Barron and Barrett (1996): the centroid weight of position k is (1 / n) sum_{i >= k} 1 / i.
    expect(fixed(rankOrderWeights([1, 2, 3]))).toEqual(fixed([11 / 18, 5 / 18, 2 / 18]));
  });

  it('reads the ranks as an order: any increasing numbers, in any input order', () => {
    expect(fixed(rankOrderWeights([30, 10, 20], { method: 'sum' }))).toEqual(
      fixed([1 / 6, 3 / 6, 2 / 6]),
    );
    expect(fixed(rankOrderWeights([2, 1, 2, 3], { method: 'sum' }))).toEqual(
      fixed([0.25, 0.4, 0.25, 0.1]),
    );
  });

  it('shares tied positions equally, for every method', () => {
    expect(rankOrderWeights([1, 1])).toEqual([0.5, 0.5]);
    expect(fixed(rankOrderWeights([2, 2, 1], { method: 'reciprocal' }))).toEqual(
      fixed([(1 / 2 + 1 / 3) / 2 / (11 / 6), (1 / 2 + 1 / 3) / 2 / (11 / 6), 6 / 11]),
    );
    expect(rankOrderWeights([1], { method: 'sum' })).toEqual([1]);
  });

  it('uses the centroid when the options or the method are left out', () => {
    const centroid = rankOrderWeights([1, 2], { method: 'centroid' });
    expect(rankOrderWeights([1, 2])).toEqual(centroid);
    expect(rankOrderWeights([1, 2], {})).toEqual(centroid);
    expect(rankOrderWeights([1, 2], null as never)).toEqual(centroid);
    expect(centroid).toEqual([0.75, 0.25]);
  });
});

describe('rankOrderWeights: rejections', () => {
  it('rejects ranks that are not a list, naming what it got', () => {
    const attempt = () => rankOrderWeights('1, 2' as never);
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(attempt).toThrow(/one rank per criterion; got "1, 2"/);
  });

  it('rejects an unknown method, naming it and the known ones', () => {
    const attempt = () => rankOrderWeights([1, 2], { method: 'rank-exponent' as never });
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(attempt).toThrow(
      'Rank-order method "rank-exponent" is not one of centroid, sum, reciprocal, equal.',
    );
  });

  it('rejects an empty list and a rank that is not a finite number, with its index', () => {
    expect(() => rankOrderWeights([])).toThrow(
      expect.objectContaining({
        code: 'empty-matrix',
        message: 'There are no criteria to weight.',
      }),
    );
    for (const bad of [Number.NaN, Infinity, '2']) {
      const attempt = () => rankOrderWeights([1, bad as number]);
      expect(attempt).toThrow(expect.objectContaining({ code: 'non-finite-value', index: 1 }));
      expect(attempt).toThrow(`Rank 1 is ${String(bad)}.`);
    }
  });
});

describe('equalWeights', () => {
  it('gives 1 / n, down to a single criterion', () => {
    expect(equalWeights(1)).toEqual([1]);
    expect(equalWeights(3)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('rejects a count that is not a positive integer, naming it', () => {
    for (const bad of [0, -2, 2.5, Number.NaN]) {
      const attempt = () => equalWeights(bad);
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
      expect(attempt).toThrow(`The number of criteria is ${bad}; it must be a positive integer.`);
    }
  });
});

describe('ahpWeights: options and judgements it refuses', () => {
  const three = [
    [1, 2, 4],
    [1 / 2, 1, 2],
    [1 / 4, 1 / 2, 1],
  ];

  it('rejects a reciprocity tolerance that is negative or not finite', () => {
    for (const bad of [-0.01, Number.NaN, Infinity]) {
      const attempt = () => ahpWeights(three, { reciprocityTolerance: bad });
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
      expect(attempt).toThrow(`The reciprocity tolerance ${bad} must be finite and >= 0.`);
    }
  });

  it('accepts a product a_ij a_ji exactly the tolerance away from 1, and not beyond', () => {
    // 2 * 0.75 = 1.5 and 2 * 0.25 = 0.5, both exactly 0.5 from 1.
    for (const back of [0.75, 0.25]) {
      const matrix = [
        [1, 2],
        [back, 1],
      ];
      expect(ahpWeights(matrix, { reciprocityTolerance: 0.5 }).weights).toHaveLength(2);
      expect(() => ahpWeights(matrix, { reciprocityTolerance: 0.4999 })).toThrow(
        expect.objectContaining({ code: 'not-reciprocal', row: 0, column: 1 }),
      );
    }
    // A tolerance of 0 accepts exact reciprocals.
    expect(ahpWeights(three, { reciprocityTolerance: 0 }).weights).toHaveLength(3);
    // The default, 0.01: 2 * 0.504 = 1.008 passes, 2 * 0.51 = 1.02 does not.
    expect(
      ahpWeights([
        [1, 2],
        [0.504, 1],
      ]).weights,
    ).toHaveLength(2);
    expect(() =>
      ahpWeights([
        [1, 2],
        [0.51, 1],
      ]),
    ).toThrow('Judgements (0, 1) = 2 and (1, 0) = 0.51 are not reciprocal.');
  });

  it('rejects a diagonal other than 1, naming it', () => {
    const attempt = () => ahpWeights([[2]]);
    expect(attempt).toThrow(expect.objectContaining({ code: 'not-reciprocal', row: 0, column: 0 }));
    expect(attempt).toThrow('Judgement (0, 0) is 2; the diagonal must be 1.');
  });

  it('locates an empty, ragged, non-finite, zero or negative judgement', () => {
    expect(() => ahpWeights([])).toThrow(expect.objectContaining({ code: 'empty-matrix' }));
    expect(() => ahpWeights('matrix' as never)).toThrow(
      expect.objectContaining({ code: 'empty-matrix' }),
    );
    expect(() => ahpWeights([[1, 2], 'row'] as never)).toThrow(
      'Row 1 of the pairwise-comparison matrix has no values; it needs 2.',
    );
    expect(() => ahpWeights([[1, 2], [0.5]])).toThrow(
      'Row 1 of the pairwise-comparison matrix has 1 values; it needs 2.',
    );
    const cases = [
      [Number.NaN, 'non-finite-value', 'Judgement (0, 1) is NaN.'],
      ['2', 'non-finite-value', 'Judgement (0, 1) is 2.'],
      [0, 'zero-value', 'Judgement (0, 1) is 0; judgements must be positive.'],
      [-2, 'negative-value', 'Judgement (0, 1) is -2; judgements must be positive.'],
    ] as const;
    for (const [value, code, message] of cases) {
      const attempt = () =>
        ahpWeights([
          [1, value as number],
          [0.5, 1],
        ]);
      expect(attempt).toThrow(expect.objectContaining({ code, row: 0, column: 1 }));
      expect(attempt).toThrow(message);
    }
  });

  it('rejects an unknown random-index table, naming the known ones', () => {
    const attempt = () => ahpWeights(three, { randomIndex: 'saaty-1990' as never });
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(attempt).toThrow(
      'Random-index table "saaty-1990" is not one of saaty-1980, alonso-lamata-2006.',
    );
    // An inherited property is not a table.
    expect(() => ahpWeights(three, { randomIndex: 'toString' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });

  it('names the size a table lacks', () => {
    const eleven = Array.from({ length: 11 }, () => new Array<number>(11).fill(1));
    expect(() => ahpWeights(eleven)).toThrow(
      'The saaty-1980 table gives RI for n = 1..10; this matrix has n = 11. Pass your own table.',
    );
    const ten = Array.from({ length: 10 }, () => new Array<number>(10).fill(1));
    expect(ahpWeights(ten).randomIndex).toEqual({ table: 'saaty-1980', value: 1.49 });
  });

  it('needs a positive custom entry from n = 3, and none below', () => {
    for (const table of [
      [0, 0],
      [0, 0, 0],
      [0, 0, -1],
      [0, 0, Number.NaN],
    ]) {
      const attempt = () => ahpWeights(three, { randomIndex: table });
      expect(attempt).toThrow(expect.objectContaining({ code: 'random-index-unavailable' }));
      expect(attempt).toThrow('The custom random-index table has no positive entry for n = 3.');
    }
    const two = [
      [1, 3],
      [1 / 3, 1],
    ];
    expect(ahpWeights(two, { randomIndex: [] }).randomIndex).toEqual({
      table: 'custom',
      value: 0,
    });
    const given = ahpWeights(two, { randomIndex: [0, 0.2] });
    expect(given.randomIndex).toEqual({ table: 'custom', value: 0.2 });
    expect(given.consistencyRatio).toBe(0);
    expect(given.consistencyIndex).toBe(0);
  });
});

describe('ahpWeights: judgements near the largest double', () => {
  it('scales A so that A w stays finite, and gives lambda max back in the units of A', () => {
    // Every judgement above the diagonal is the largest double: the first element dominates.
    const max = Number.MAX_VALUE;
    const n = 4;
    const matrix = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? max : 1 / max)),
    );
    const result = ahpWeights(matrix, { reciprocityTolerance: 1 });
    expect(result.weights[0]).toBe(1);
    expect(result.weights.every(Number.isFinite)).toBe(true);
    expect(result.lambdaMax).toBeCloseTo(n, 10);
    expect(result.consistencyIndex).toBeCloseTo(0, 10);
  });
});

describe('aggregatePairwiseMatrices: options it refuses', () => {
  const a = [
    [1, 4],
    [1 / 4, 1],
  ];
  const b = [
    [1, 1],
    [1, 1],
  ];

  it('rejects an empty list, and a missing first matrix by its index', () => {
    for (const bad of [[], 'matrices']) {
      expect(() => aggregatePairwiseMatrices(bad as never)).toThrow(
        expect.objectContaining({
          code: 'empty-matrix',
          message: 'There are no pairwise-comparison matrices to aggregate.',
        }),
      );
    }
    expect(() => aggregatePairwiseMatrices([undefined] as never)).toThrow(
      expect.objectContaining({ code: 'empty-matrix', index: 0 }),
    );
  });

  it('puts 1 on the diagonal and the geometric mean in every cell above it', () => {
    // A diagonal of 1.004 is within the default reciprocity tolerance, yet the result has 1.
    const combined = aggregatePairwiseMatrices([
      [
        [1.004, 2, 4],
        [1 / 2, 1, 9],
        [1 / 4, 1 / 9, 1],
      ],
      [
        [1, 8, 1],
        [1 / 8, 1, 1],
        [1, 1, 1],
      ],
    ]);
    expect(combined[0]![0]).toBe(1);
    expect(combined[0]![1]).toBeCloseTo(4, 12);
    expect(combined[0]![2]).toBeCloseTo(2, 12);
    expect(combined[1]![2]).toBeCloseTo(3, 12);
    expect(combined[2]![1]).toBe(1 / combined[1]![2]!);
  });

  it('checks the judge weights: one per matrix, finite, not negative, not all 0', () => {
    expect(() => aggregatePairwiseMatrices([a, b], { judgeWeights: [1] })).toThrow(
      expect.objectContaining({
        code: 'length-mismatch',
        message: 'Expected 2 judge weights; got 1.',
      }),
    );
    expect(() => aggregatePairwiseMatrices([a, b], { judgeWeights: [1, Infinity] })).toThrow(
      expect.objectContaining({
        code: 'non-finite-value',
        index: 1,
        message: 'Judge weight 1 is Infinity.',
      }),
    );
    expect(() => aggregatePairwiseMatrices([a, b], { judgeWeights: [-1, 1] })).toThrow(
      expect.objectContaining({
        code: 'negative-weight',
        index: 0,
        message: 'Judge weight 0 is -1.',
      }),
    );
    expect(() => aggregatePairwiseMatrices([a, b], { judgeWeights: [0, 0] })).toThrow(
      expect.objectContaining({ code: 'zero-weights', message: 'Every judge weight is 0.' }),
    );
    // A judge of weight 0 has no say.
    const second = aggregatePairwiseMatrices([a, b], { judgeWeights: [0, 2] });
    expect(second).toEqual(b);
  });

  it('passes the reciprocity tolerance on, and names the matrix that breaks it', () => {
    const loose = [
      [1, 2],
      [0.45, 1],
    ];
    expect(() => aggregatePairwiseMatrices([a, loose])).toThrow(
      expect.objectContaining({ code: 'not-reciprocal', index: 1, row: 0, column: 1 }),
    );
    const combined = aggregatePairwiseMatrices([a, loose], { reciprocityTolerance: 0.1 });
    expect(combined[0]![1]).toBeCloseTo(Math.sqrt(8), 12);
    expect(combined[1]![0]).toBe(1 / combined[0]![1]!);
    expect(combined[0]![0]).toBe(1);
  });

  it('names both sizes when a matrix differs from the first', () => {
    expect(() =>
      aggregatePairwiseMatrices([
        a,
        [
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ],
      ]),
    ).toThrow('Matrix 1 is 3 x 3; matrix 0 is 2 x 2.');
  });
});

describe('objective weights: inputs they refuse', () => {
  it('name the method when there is a single alternative', () => {
    expect(() => entropyWeights([[1, 2]])).toThrow(/entropy weight method/);
    expect(() => standardDeviationWeights([[1, 2]])).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives' }),
    );
    expect(() => standardDeviationWeights([[1, 2]])).toThrow(/Standard-deviation weighting/);
    const critic = () => criticWeights([[1, 2]], { directions: ['benefit', 'cost'] });
    expect(critic).toThrow(expect.objectContaining({ code: 'too-few-alternatives' }));
    expect(critic).toThrow(/CRITIC/);
  });

  it('standard deviation: each weight is the share of its min-max column deviation', () => {
    // Min-max columns (0, 1/2, 1) and (0, 0, 1): deviations sqrt(1/6) and sqrt(2/9).
    const w = standardDeviationWeights([
      [0, 0],
      [1, 0],
      [2, 5],
    ]);
    const a = Math.sqrt(1 / 6);
    const b = Math.sqrt(2 / 9);
    expect(w[0]).toBeCloseTo(a / (a + b), 15);
    expect(w[1]).toBeCloseTo(b / (a + b), 15);
  });

  it('CRITIC needs its directions', () => {
    const matrix = [
      [1, 2],
      [2, 1],
    ];
    for (const bad of [undefined, null]) {
      expect(() => criticWeights(matrix, bad as never)).toThrow(
        expect.objectContaining({ code: 'invalid-option' }),
      );
    }
    expect(() => criticWeights(matrix, { directions: ['benefit'] })).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
  });

  it('entropy counts a 0 share as no uncertainty (0 ln 0 = 0)', () => {
    // Column 0 puts everything on one alternative (entropy 0); column 1 is uniform (entropy 1).
    expect(
      entropyWeights([
        [0, 1],
        [2, 1],
      ]),
    ).toEqual([1, 0]);
  });

  it('entropy takes shares of a column that sums past the largest double', () => {
    // Column 0 is uniform (no divergence) though its sum, 2e308, is not a double.
    expect(
      entropyWeights([
        [1e308, 1],
        [1e308, 3],
      ]),
    ).toEqual([0, 1]);
  });

  it('entropy names the place of a negative value and the column of zeros', () => {
    expect(() =>
      entropyWeights([
        [1, 2],
        [-3, 1],
      ]),
    ).toThrow('The value at row 1, column 0 is -3; entropy weights need non-negative values.');
    expect(() =>
      entropyWeights([
        [1, 0],
        [2, 0],
      ]),
    ).toThrow('Column 1 has only zeros; its entropy is undefined.');
  });
});
