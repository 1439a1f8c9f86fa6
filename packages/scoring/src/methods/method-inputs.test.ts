// The methods at the limits of their documented inputs: PROMETHEE's preference functions at their
// thresholds (Brans and Vincke 1985) and the parameters they refuse, SPOTIS at its bounds, and the
// values the weighted product and COPRAS cannot take, each refused with its code, place and value.
import { describe, expect, it } from 'vitest';
import {
  copras,
  preferenceDegree,
  prometheeII,
  spotis,
  weightedProduct,
  weightedSum,
} from '../index.js';
import type { PreferenceFunction } from '../index.js';

describe('preferenceDegree at the thresholds (Brans and Vincke 1985)', () => {
  it('gives no preference for a difference of 0 or below, for every type', () => {
    const all: PreferenceFunction[] = [
      { type: 'usual' },
      { type: 'u-shape', q: 0 },
      { type: 'v-shape', p: 1 },
      { type: 'level', q: 0, p: 1 },
      { type: 'linear', q: 0, p: 1 },
      { type: 'gaussian', s: 1 },
    ];
    for (const preference of all) {
      expect(preferenceDegree(preference, 0)).toBe(0);
      expect(preferenceDegree(preference, -1)).toBe(0);
    }
    expect(preferenceDegree({ type: 'usual' }, 1e-300)).toBe(1);
  });

  it('u-shape: 0 up to q, 1 above', () => {
    expect(preferenceDegree({ type: 'u-shape', q: 1 }, 1)).toBe(0);
    expect(preferenceDegree({ type: 'u-shape', q: 1 }, 1.001)).toBe(1);
  });

  it('v-shape: d / p up to p, 1 from p on', () => {
    expect(preferenceDegree({ type: 'v-shape', p: 4 }, 1)).toBe(0.25);
    expect(preferenceDegree({ type: 'v-shape', p: 4 }, 4)).toBe(1);
    expect(preferenceDegree({ type: 'v-shape', p: 4 }, 5)).toBe(1);
  });

  it('level: 0 up to q, 1/2 up to p, 1 above p', () => {
    const level = { type: 'level', q: 1, p: 2 } as const;
    expect(preferenceDegree(level, 1)).toBe(0);
    expect(preferenceDegree(level, 1.5)).toBe(0.5);
    expect(preferenceDegree(level, 2)).toBe(0.5);
    expect(preferenceDegree(level, 2.001)).toBe(1);
  });

  it('linear: 0 up to q, (d - q) / (p - q) up to p, 1 from p on', () => {
    const linear = { type: 'linear', q: 1, p: 5 } as const;
    expect(preferenceDegree(linear, 1)).toBe(0);
    expect(preferenceDegree(linear, 2)).toBe(0.25);
    expect(preferenceDegree(linear, 5)).toBe(1);
    expect(preferenceDegree(linear, 6)).toBe(1);
  });

  it('gaussian: 1 - exp(-d^2 / 2 s^2), also where 2 s^2 leaves the range of doubles', () => {
    const expected = 1 - Math.exp(-0.5);
    expect(preferenceDegree({ type: 'gaussian', s: 2 }, 2)).toBeCloseTo(expected, 15);
    // 2 s^2 below the smallest normal double (it would lose digits) and past the largest.
    expect(preferenceDegree({ type: 'gaussian', s: 1e-160 }, 1e-160)).toBeCloseTo(expected, 15);
    expect(preferenceDegree({ type: 'gaussian', s: 1e200 }, 1e200)).toBeCloseTo(expected, 15);
  });
});

describe('preference functions: parameters refused', () => {
  const refused: [PreferenceFunction, string][] = [
    [{ type: 'u-shape', q: -1 }, 'needs a threshold q >= 0; got -1.'],
    [{ type: 'u-shape', q: Number.NaN }, 'needs a threshold q >= 0; got NaN.'],
    [{ type: 'v-shape', p: 0 }, 'needs a threshold p > 0; got 0.'],
    [{ type: 'v-shape', p: Infinity }, 'needs a threshold p > 0; got Infinity.'],
    [{ type: 'level', q: 1, p: 1 }, 'needs thresholds 0 <= q < p; got q = 1, p = 1.'],
    [{ type: 'level', q: -1, p: 1 }, 'needs thresholds 0 <= q < p; got q = -1, p = 1.'],
    [{ type: 'linear', q: 0, p: Number.NaN }, 'needs thresholds 0 <= q < p; got q = 0, p = NaN.'],
    [{ type: 'linear', q: '0', p: 1 } as never, 'needs thresholds 0 <= q < p; got q = 0, p = 1.'],
    [{ type: 'gaussian', s: 0 }, 'needs s > 0; got 0.'],
    [{ type: 'gaussian', s: -1 }, 'needs s > 0; got -1.'],
    [
      { type: 'step' } as never,
      'has type "step", not one of usual, u-shape, v-shape, level, linear, gaussian.',
    ],
    [null as never, 'has type undefined, not one of'],
  ];

  it('refuses each with invalid-option, naming the values, without a column', () => {
    for (const [preference, message] of refused) {
      const attempt = () => preferenceDegree(preference, 1);
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option' }));
      expect(attempt).toThrow(`The preference function ${message}`);
      try {
        attempt();
      } catch (error) {
        expect((error as { column?: number }).column).toBeUndefined();
      }
    }
  });

  it('accepts each at the edge of its range', () => {
    expect(preferenceDegree({ type: 'u-shape', q: 0 }, 1)).toBe(1);
    expect(preferenceDegree({ type: 'v-shape', p: 1e-300 }, 1)).toBe(1);
    expect(preferenceDegree({ type: 'level', q: 0, p: 1e-300 }, 1)).toBe(1);
    expect(preferenceDegree({ type: 'linear', q: 0, p: 2 }, 1)).toBe(0.5);
  });

  it('names the column in PROMETHEE II, and wants one function per criterion', () => {
    const matrix = [
      [1, 2],
      [2, 1],
    ];
    const base = { weights: [1, 1], directions: ['benefit', 'benefit'] } as const;
    for (const [preference, message] of refused) {
      const attempt = () =>
        prometheeII(matrix, { ...base, preference: [{ type: 'usual' }, preference] });
      expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-option', column: 1 }));
      expect(attempt).toThrow(`The preference function of column 1 ${message}`);
    }
    expect(() => prometheeII(matrix, { ...base, preference: [{ type: 'usual' }] })).toThrow(
      expect.objectContaining({
        code: 'length-mismatch',
        message: 'Expected one preference function per criterion (2); got 1.',
      }),
    );
    expect(() => prometheeII([[1, 2]], base)).toThrow(/PROMETHEE II needs at least 2/);
  });
});

describe('spotis: bounds', () => {
  const options = {
    weights: [1, 1],
    directions: ['benefit', 'cost'],
    bounds: [
      [0, 10],
      [0, 4],
    ],
  } as const;

  it('scores a value at either bound: 0 at the ideal point, the weight at the other end', () => {
    const result = spotis(
      [
        [10, 0],
        [0, 4],
        [5, 1],
      ],
      options,
    );
    expect(result.scores).toEqual([0, 1, 0.375]);
    expect(result.idealPoint).toEqual([10, 0]);
    expect(result.ranks).toEqual([1, 3, 2]);
  });

  it('refuses a value just outside a bound, naming it and the bounds', () => {
    expect(() => spotis([[10.5, 1]], options)).toThrow(
      expect.objectContaining({
        code: 'out-of-bounds',
        row: 0,
        column: 0,
        message: 'The value at row 0, column 0 is 10.5, outside the bounds [0, 10].',
      }),
    );
    expect(() => spotis([[5, -0.5]], options)).toThrow(
      expect.objectContaining({ code: 'out-of-bounds', row: 0, column: 1 }),
    );
  });

  it('wants one pair of finite bounds per criterion, min below max', () => {
    const matrix = [[1, 1]];
    for (const bounds of [undefined, 'none']) {
      expect(() => spotis(matrix, { ...options, bounds: bounds as never })).toThrow(
        expect.objectContaining({
          code: 'length-mismatch',
          message: 'Expected 2 bounds, one [min, max] per criterion; got none.',
        }),
      );
    }
    expect(() => spotis(matrix, { ...options, bounds: [[0, 10]] })).toThrow(
      'Expected 2 bounds, one [min, max] per criterion; got 1.',
    );
    for (const pair of [
      '0-4',
      [0],
      [Number.NaN, 4],
      [0, Infinity],
      ['0', 4],
      [0, '4'],
      [4, 4],
      [5, 4],
    ]) {
      expect(() => spotis(matrix, { ...options, bounds: [[0, 10], pair as never] })).toThrow(
        expect.objectContaining({
          code: 'invalid-option',
          column: 1,
          message: 'The bounds of column 1 must be two finite numbers [min, max] with min < max.',
        }),
      );
    }
  });
});

describe('weightedProduct and weightedSum: values and options refused', () => {
  const options = { weights: [1, 1], directions: ['benefit', 'cost'] } as const;

  it('weighted product needs positive values: 0 and negatives named with their place', () => {
    expect(() =>
      weightedProduct(
        [
          [1, 2],
          [3, 0],
        ],
        options,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'zero-value',
        row: 1,
        column: 1,
        message: 'The value at row 1, column 1 is 0; the weighted product needs positive values.',
      }),
    );
    expect(() =>
      weightedProduct(
        [
          [1, 2],
          [-3, 1],
        ],
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'negative-value', row: 1, column: 0 }));
  });

  it('weighted product: prod (x / best)^w on benefits, (best / x)^w on costs', () => {
    const result = weightedProduct(
      [
        [2, 4],
        [4, 2],
        [1, 8],
      ],
      { weights: [3, 1], directions: ['benefit', 'cost'] },
    );
    expect(result.scores[0]).toBeCloseTo(0.5 ** 0.75 * 0.5 ** 0.25, 15);
    expect(result.scores[1]).toBe(1);
    expect(result.scores[2]).toBeCloseTo(0.25 ** 0.75 * 0.25 ** 0.25, 15);
    expect(result.ranks).toEqual([2, 1, 3]);
    expect(result).toMatchObject({
      method: 'weighted-product',
      better: 'higher',
      weights: [0.75, 0.25],
    });
  });

  it('weighted sum takes one normalisation per criterion, and refuses an unknown one', () => {
    const matrix = [
      [1, 1],
      [3, 3],
    ];
    const result = weightedSum(matrix, { ...options, normalization: ['max', 'sum'] });
    // max: 1/3 and 1; sum on a cost criterion: (1 / x) / sum (1 / x) = 3/4 and 1/4.
    expect(result.scores[0]).toBeCloseTo((1 / 3 + 3 / 4) / 2, 15);
    expect(result.scores[1]).toBeCloseTo((1 + 1 / 4) / 2, 15);
    expect(result).toMatchObject({ method: 'weighted-sum', better: 'higher', ranks: [2, 1] });
    expect(() =>
      weightedSum(matrix, { ...options, normalization: ['max', 'z-score' as never] }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-option',
        column: 1,
        message: 'Normalisation "z-score" for column 1 is not one of vector, min-max, max, sum.',
      }),
    );
    expect(() => weightedSum(matrix, { ...options, normalization: ['max'] })).toThrow(
      expect.objectContaining({
        code: 'length-mismatch',
        message: 'Expected one normalisation per criterion (2); got 1.',
      }),
    );
  });
});

describe('copras: values refused', () => {
  const options = { weights: [1, 1], directions: ['benefit', 'cost'] } as const;

  it('names the negative value, the column that sums to 0 and the alternative with S- = 0', () => {
    expect(() =>
      copras(
        [
          [1, 1],
          [2, -1],
        ],
        options,
      ),
    ).toThrow('The value at row 1, column 1 is -1; COPRAS needs non-negative values.');
    expect(() =>
      copras(
        [
          [0, 1],
          [0, 2],
        ],
        options,
      ),
    ).toThrow("Column 0 sums to 0; COPRAS divides each value by its column's sum.");
    expect(() =>
      copras(
        [
          [1, 1],
          [1, 0],
        ],
        options,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'zero-value',
        row: 1,
        message:
          'Alternative 1 has S- = 0 (no cost on any weighted cost criterion); COPRAS divides by S-.',
      }),
    );
  });

  it('accepts a 0 on a cost criterion of weight 0, which adds nothing to S-', () => {
    const result = copras(
      [
        [1, 1],
        [3, 0],
      ],
      { weights: [1, 0], directions: ['benefit', 'cost'] },
    );
    expect(result.scores).toEqual([0.25, 0.75]);
    expect(result.utilityDegree).toEqual([100 / 3, 100]);
  });
});
