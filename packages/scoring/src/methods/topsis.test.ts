import { describe, expect, it } from 'vitest';
import { ScoringError, normalize, prepareMatrix, topsis } from '../index.js';
import type { CriterionDirection, NormalizationMethod } from '../index.js';
import { METHODS } from './method-registry.js';
import { topsisSweep } from './topsis.js';

// Opricovic, S. and Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A comparative
// analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2), 445-455,
// doi:10.1016/S0377-2217(03)00020-1, numerical example: data in Tables 1 and 2, results in Table 3.
// Criterion 1 is a risk (cost), criterion 2 an altitude (benefit), equal weights, vector
// normalisation. Problem phi is the same data in other units (phi1 = f1 + 5, phi2 = f2 / 1000 - 1),
// which vector normalisation does not ignore. Table 3 prints D+, D- and C* to three decimals.
const units = {
  f: {
    matrix: [
      [1, 3000],
      [2, 3750],
      [5, 4500],
    ],
    dPlus: [0.114, 0.108, 0.365],
    dMinus: [0.365, 0.28, 0.114],
    closeness: [0.762, 0.722, 0.238],
    ranks: [1, 2, 3],
  },
  phi: {
    matrix: [
      [6, 2],
      [7, 2.75],
      [10, 3.5],
    ],
    dPlus: [0.154, 0.085, 0.147],
    dMinus: [0.147, 0.134, 0.154],
    closeness: [0.489, 0.612, 0.511],
    ranks: [3, 1, 2],
  },
};
const options = { weights: [0.5, 0.5], directions: ['cost', 'benefit'] } as const;

describe('topsis', () => {
  for (const [name, example] of Object.entries(units)) {
    it(`reproduces Opricovic and Tzeng (2004), Table 3, units ${name}`, () => {
      const result = topsis(example.matrix, options);
      result.distanceToIdeal.forEach((d, i) => {
        expect(d).toBeCloseTo(example.dPlus[i]!, 3);
      });
      result.distanceToAntiIdeal.forEach((d, i) => {
        expect(d).toBeCloseTo(example.dMinus[i]!, 3);
      });
      result.scores.forEach((c, i) => {
        expect(c).toBeCloseTo(example.closeness[i]!, 3);
      });
      expect(result.ranks).toEqual(example.ranks);
      expect(result).toMatchObject({ method: 'topsis', better: 'higher', weights: [0.5, 0.5] });
    });
  }

  it('takes the ideal per direction: the minimum of a cost column, the maximum of a benefit one', () => {
    const result = topsis(units.f.matrix, options);
    const v1 = 0.5 / Math.sqrt(1 + 4 + 25);
    expect(result.ideal[0]).toBeCloseTo(v1 * 1, 12);
    expect(result.antiIdeal[0]).toBeCloseTo(v1 * 5, 12);
    expect(result.ideal[1]).toBeGreaterThan(result.antiIdeal[1]!);
  });

  it('gives 0.5 to every alternative when all alternatives are identical (documented outcome)', () => {
    const result = topsis(
      [
        [3, 7],
        [3, 7],
        [3, 7],
      ],
      options,
    );
    expect(result.scores).toEqual([0.5, 0.5, 0.5]);
    expect(result.ranks).toEqual([2, 2, 2]);
    expect(result.distanceToIdeal).toEqual([0, 0, 0]);
  });

  it('gives 0.5 to a single alternative', () => {
    expect(topsis([[1, 2]], options).scores).toEqual([0.5]);
  });

  it('accepts a prepared matrix and per-criterion normalisations', () => {
    const prepared = prepareMatrix(units.f.matrix);
    expect(topsis(prepared, options).scores).toEqual(topsis(units.f.matrix, options).scores);
    const mixed = topsis(units.f.matrix, { ...options, normalization: ['min-max', 'vector'] });
    expect(mixed.scores.every(Number.isFinite)).toBe(true);
  });

  it('rejects bad input with a located error', () => {
    const attempt = () =>
      topsis(
        [
          [1, 2],
          [3, Number.NaN],
        ],
        options,
      );
    expect(attempt).toThrow(ScoringError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'non-finite-value', row: 1, column: 1 });
    }
  });

  it('does not mutate its inputs', () => {
    const matrix = units.f.matrix.map((row) => row.slice());
    const weights = [1, 1];
    topsis(matrix, { weights, directions: ['cost', 'benefit'] });
    expect(matrix).toEqual(units.f.matrix);
    expect(weights).toEqual([1, 1]);
  });
});

describe('topsis over columns the shortcut cannot divide by', () => {
  const weights = [0.4, 0.3, 0.3];
  const directions = ['cost', 'benefit', 'benefit'] as const;

  it('treats a column of zeros as constant: it moves no alternative', () => {
    const withZeros = topsis(
      [
        [1, 3000, 0],
        [2, 3750, 0],
        [5, 4500, 0],
      ],
      { weights, directions },
    );
    const without = topsis(units.f.matrix, { weights: [0.4, 0.3], directions: options.directions });
    withZeros.scores.forEach((c, i) => {
      expect(c).toBeCloseTo(without.scores[i]!, 12);
    });
    expect(withZeros.ideal[2]).toBe(withZeros.antiIdeal[2]);
  });

  it('scores values whose vector norm passes the largest double as the same values scaled down', () => {
    const small = [
      [1, 3, 4],
      [2, 2, 5],
      [4, 1, 6],
    ];
    // Exact powers of two, so that the scaled matrix has the same normalised values; the third
    // column's norm, sqrt(77) * 2^1021, is past the largest double.
    const huge = small.map((row) => row.map((x, j) => (j === 2 ? x * 2 ** 1021 : x)));
    const a = topsis(small, { weights, directions });
    const b = topsis(huge, { weights, directions });
    expect(b.scores.every(Number.isFinite)).toBe(true);
    b.scores.forEach((c, i) => {
      expect(c).toBeCloseTo(a.scores[i]!, 12);
    });
    expect(b.ranks).toEqual(a.ranks);
    // And when every column's norm is past it: each above sqrt(64) * 2^1021.
    const base = [
      [5, 7, 6],
      [6, 5, 7],
      [7, 6, 5.5],
    ];
    const expected = topsis(base, { weights, directions }).scores;
    const all = base.map((row) => row.map((x) => x * 2 ** 1021));
    topsis(all, { weights, directions }).scores.forEach((c, i) => {
      expect(c).toBeCloseTo(expected[i]!, 12);
    });
  });
});

/**
 * TOPSIS as Hwang and Yoon define it, over the matrix `normalize` returns: weighted values, the
 * best and worst of each column by direction, Euclidean distances and relative closeness.
 */
function fromDefinition(
  matrix: number[][],
  weights: number[],
  directions: readonly CriterionDirection[],
  method: NormalizationMethod,
) {
  const total = weights.reduce((a, b) => a + b, 0);
  const v = normalize(matrix, { method }).map((row) =>
    row.map((r, j) => (weights[j]! / total) * r),
  );
  const column = (j: number) => v.map((row) => row[j]!);
  const ideal = weights.map((_, j) =>
    directions[j] === 'cost' ? Math.min(...column(j)) : Math.max(...column(j)),
  );
  const antiIdeal = weights.map((_, j) =>
    directions[j] === 'cost' ? Math.max(...column(j)) : Math.min(...column(j)),
  );
  const distance = (row: number[], point: number[]) =>
    Math.sqrt(row.reduce((sum, x, j) => sum + (x - point[j]!) ** 2, 0));
  const scores = v.map((row) => {
    const plus = distance(row, ideal);
    const minus = distance(row, antiIdeal);
    return minus / (plus + minus);
  });
  return { ideal, antiIdeal, scores };
}

describe('topsis against its definition', () => {
  const matrix = [
    [1, 3000, 7],
    [2, 3750, 5],
    [5, 4500, 9],
    [3, 3750, 6],
  ];
  const directions = ['cost', 'benefit', 'benefit'] as const;
  const weights = [0.2, 0.5, 0.3];

  for (const method of ['vector', 'min-max', 'max', 'sum'] as const) {
    it(`computes the ideal points and closeness of ${method} normalisation`, () => {
      const result = topsis(matrix, { weights, directions, normalization: method });
      const expected = fromDefinition(matrix, weights, directions, method);
      expect(result.ideal).toHaveLength(3);
      expect(result.antiIdeal).toHaveLength(3);
      expect(result.scores).toHaveLength(4);
      result.ideal.forEach((x, j) => {
        expect(x).toBeCloseTo(expected.ideal[j]!, 12);
      });
      result.antiIdeal.forEach((x, j) => {
        expect(x).toBeCloseTo(expected.antiIdeal[j]!, 12);
      });
      result.scores.forEach((c, i) => {
        expect(c).toBeCloseTo(expected.scores[i]!, 12);
      });
    });
  }

  it('gives a criterion of weight 0 the ideal a scan over its weighted values keeps', () => {
    // Every weighted value is 0 or -0; the scan keeps the first row's: 0 * -2 and 0 * 3.
    const result = topsis(
      [
        [-2, 3, 1],
        [3, -2, 2],
      ],
      { weights: [0, 0, 1], directions: ['benefit', 'benefit', 'benefit'] },
    );
    expect(result.ideal.slice(0, 2).map((x) => Object.is(x, -0))).toEqual([true, false]);
    expect(result.antiIdeal.slice(0, 2).map((x) => Object.is(x, -0))).toEqual([true, false]);
  });

  it('names the normalisation option when the list has the wrong length', () => {
    const attempt = () =>
      topsis(units.f.matrix, { ...options, normalization: ['vector', 'vector', 'vector'] });
    expect(attempt).toThrow(ScoringError);
    expect(attempt).toThrow(/normalisation/);
    const sweep = () => topsisSweep(prepareMatrix(units.f.matrix), options.directions, ['vector']);
    expect(sweep).toThrow(/normalisation/);
  });
});

describe('topsis weight sweep', () => {
  const matrices = {
    plain: [
      [1, 3000, 7],
      [2, 3750, 5],
      [5, 4500, 9],
      [3, 3750, 6],
    ],
    'with a column of zeros': [
      [1, 0, 7],
      [2, 0, 5],
      [5, 0, 9],
    ],
    'with negative values': [
      [-1, 3000, -7],
      [2, 3750, 5],
      [5, -4500, 9],
    ],
  };
  const directions = ['cost', 'benefit', 'benefit'] as const;
  const weightVectors = [
    [1, 1, 1],
    [0.2, 0.5, 0.3],
    [0, 1, 3],
    [2, 0, 0],
  ];
  const normalizations: (NormalizationMethod | NormalizationMethod[])[] = [
    'vector',
    'min-max',
    ['vector', 'max', 'min-max'],
  ];

  for (const [name, matrix] of Object.entries(matrices)) {
    it(`gives the scores of topsis, bit for bit, for each weight vector: ${name}`, () => {
      for (const normalization of normalizations) {
        if (name === 'with negative values' && normalization !== 'vector') continue;
        const sweep = topsisSweep(prepareMatrix(matrix), directions, normalization);
        expect(sweep.better).toBe('higher');
        for (const weights of weightVectors) {
          const direct = topsis(matrix, { weights, directions, normalization });
          expect([...sweep.scores(weights)]).toEqual(direct.scores);
        }
      }
    });
  }

  it('checks the weights of each call', () => {
    // Through the method table, with its default normalisation.
    const sweep = METHODS.topsis.sweep!({})(prepareMatrix(units.f.matrix), options.directions);
    expect(sweep.scores([0.5, 0.5])).toEqual(topsis(units.f.matrix, options).scores);
    expect(() => sweep.scores([1])).toThrow(ScoringError);
    expect(() => sweep.scores([1, -1])).toThrow(ScoringError);
  });
});
