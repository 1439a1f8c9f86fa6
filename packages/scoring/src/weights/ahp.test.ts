import { describe, expect, it } from 'vitest';
import { RANDOM_INDEX_TABLES, aggregatePairwiseMatrices, ahpWeights } from '../index.js';

// Saaty, T. L. (1990). How to make a decision: The analytic hierarchy process. European Journal of
// Operational Research 48(1), 9-26. Table 2, the house-buying criteria (size, transport,
// neighbourhood, age, yard, modern facilities, general condition, financing): priorities .173 .054
// .188 .018 .031 .036 .167 .333, lambda max 9.669, CI 0.238, CR 0.169. Table 3, houses A, B, C on
// "size of house": .754 .181 .065, lambda max 3.136, CI 0.068, CR 0.117; on "transportation":
// .233 .055 .713, lambda max 3.247, CI 0.124, CR 0.213; on "financing": .072 .650 .278, lambda max
// 3.065, CI 0.032, CR 0.056. The CRs use Saaty's 1980 random index (n = 8: 1.41, n = 3: 0.58).
const house = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];
const size = [
  [1, 6, 8],
  [1 / 6, 1, 4],
  [1 / 8, 1 / 4, 1],
];
const transportation = [
  [1, 7, 1 / 5],
  [1 / 7, 1, 1 / 8],
  [5, 8, 1],
];
const financing = [
  [1, 1 / 7, 1 / 5],
  [7, 1, 3],
  [5, 1 / 3, 1],
];
// Saaty, T. L. (1980). The Analytic Hierarchy Process, the relative wealth of seven nations
// (US, USSR, China, France, UK, Japan, West Germany): .427 .230 .021 .052 .052 .123 .094,
// lambda max 7.61, CI 0.10, CR 0.08.
const wealth = [
  [1, 4, 9, 6, 6, 5, 5],
  [1 / 4, 1, 7, 5, 5, 3, 4],
  [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
  [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
];

const rounded = (values: readonly number[], digits: number) =>
  values.map((v) => Number(v.toFixed(digits)));

describe('ahpWeights', () => {
  it('reproduces Saaty (1990), house example, criteria', () => {
    const result = ahpWeights(house);
    expect(rounded(result.weights, 3)).toEqual([
      0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333,
    ]);
    expect(result.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(result.randomIndex).toEqual({ table: 'saaty-1980', value: 1.41 });
  });

  it('reproduces Saaty (1990), house example, size of house', () => {
    const result = ahpWeights(size);
    expect(rounded(result.weights, 3)).toEqual([0.754, 0.181, 0.065]);
    expect(result.lambdaMax).toBeCloseTo(3.136, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.068, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.117, 3);
  });

  it('reproduces Saaty (1990), Table 3, transportation and financing', () => {
    const transport = ahpWeights(transportation);
    expect(transport.lambdaMax).toBeCloseTo(3.247, 3);
    expect(transport.consistencyRatio).toBeCloseTo(0.213, 3);
    // The printed CI 0.124 is (3.247 - 3) / 2 from the rounded lambda; unrounded it is 0.12348.
    expect(Math.abs(transport.consistencyIndex - 0.124)).toBeLessThan(0.001);
    const finance = ahpWeights(financing);
    expect(finance.lambdaMax).toBeCloseTo(3.065, 3);
    expect(finance.consistencyIndex).toBeCloseTo(0.032, 3);
    expect(finance.consistencyRatio).toBeCloseTo(0.056, 3);
    // The principal eigenvector (equal to the row geometric means for n = 3) rounds to .233 .054
    // .712 and .072 .649 .279; the paper prints .233 .055 .713 and .072 .650 .278, so two of its
    // entries in each vector are off by one in the third decimal.
    expect(rounded(transport.weights, 3)).toEqual([0.233, 0.054, 0.712]);
    expect(rounded(finance.weights, 3)).toEqual([0.072, 0.649, 0.279]);
    const printedTransport = [0.233, 0.055, 0.713];
    const printedFinance = [0.072, 0.65, 0.278];
    transport.weights.forEach((w, i) => {
      expect(Math.abs(w - printedTransport[i]!)).toBeLessThan(0.0011);
    });
    finance.weights.forEach((w, i) => {
      expect(Math.abs(w - printedFinance[i]!)).toBeLessThan(0.0011);
    });
  });

  it('reproduces Saaty (1980), wealth of nations', () => {
    const result = ahpWeights(wealth);
    expect(rounded(result.weights, 3)).toEqual([0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094]);
    expect(result.lambdaMax).toBeCloseTo(7.61, 2);
    expect(result.consistencyIndex).toBeCloseTo(0.1, 2);
    expect(result.consistencyRatio).toBeCloseTo(0.08, 2);
  });

  it('names the random-index table and accepts Alonso and Lamata (2006) or a custom one', () => {
    const alonso = ahpWeights(size, { randomIndex: 'alonso-lamata-2006' });
    expect(alonso.randomIndex).toEqual({ table: 'alonso-lamata-2006', value: 0.5245 });
    expect(alonso.consistencyRatio).toBeCloseTo(alonso.consistencyIndex / 0.5245, 12);
    const custom = ahpWeights(size, { randomIndex: [0, 0, 0.5] });
    expect(custom.randomIndex).toEqual({ table: 'custom', value: 0.5 });
    expect(RANDOM_INDEX_TABLES['saaty-1980']).toHaveLength(10);
  });

  it('gives CR = 0 for a consistent matrix and for n <= 2', () => {
    const consistent = ahpWeights([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(rounded(consistent.weights, 12)).toEqual(rounded([4 / 7, 2 / 7, 1 / 7], 12));
    expect(consistent.consistencyRatio).toBeCloseTo(0, 12);
    expect(
      ahpWeights([
        [1, 3],
        [1 / 3, 1],
      ]).consistencyRatio,
    ).toBe(0);
    expect(ahpWeights([[1]]).weights).toEqual([1]);
  });

  it('locates a non-reciprocal judgement and rejects unknown sizes for the table', () => {
    expect(() =>
      ahpWeights([
        [1, 3],
        [3, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'not-reciprocal', row: 0, column: 1 }));
    expect(() => ahpWeights([[1, 2], [0.5]])).toThrow(
      expect.objectContaining({ code: 'not-square', row: 1 }),
    );
    const eleven = Array.from({ length: 11 }, () => new Array<number>(11).fill(1));
    expect(() => ahpWeights(eleven)).toThrow(
      expect.objectContaining({ code: 'random-index-unavailable' }),
    );
    expect(ahpWeights(eleven, { randomIndex: 'alonso-lamata-2006' }).consistencyRatio).toBeCloseTo(
      0,
      12,
    );
  });
});

describe('aggregatePairwiseMatrices', () => {
  it('takes the element-wise geometric mean and stays reciprocal', () => {
    const combined = aggregatePairwiseMatrices([
      size,
      [
        [1, 2, 2],
        [1 / 2, 1, 1],
        [1 / 2, 1, 1],
      ],
    ]);
    expect(combined[0]![1]).toBeCloseTo(Math.sqrt(12), 12);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(combined[i]![j]! * combined[j]![i]!).toBeCloseTo(1, 15);
    expect(ahpWeights(combined).weights).toHaveLength(3);
  });

  it('weights judges and locates a bad matrix by index', () => {
    const judged = aggregatePairwiseMatrices(
      [
        [
          [1, 4],
          [1 / 4, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
      { judgeWeights: [3, 1] },
    );
    expect(judged[0]![1]).toBeCloseTo(4 ** 0.75, 12);
    expect(() =>
      aggregatePairwiseMatrices([
        size,
        [
          [1, 2],
          [1 / 2, 1],
        ],
      ]),
    ).toThrow(expect.objectContaining({ code: 'not-square', index: 1 }));
  });
});
