// Every method ranks its scores with the tie policy and tolerance it is given, and with the
// documented defaults (average ranks, a tolerance of 1e-9) when none is.
import { describe, expect, it } from 'vitest';
import {
  copras,
  prometheeII,
  spotis,
  topsis,
  vikor,
  weightedProduct,
  weightedSum,
} from '../index.js';
import type { MethodOptions } from '../index.js';

type Ranks = (matrix: number[][], options: Partial<MethodOptions>) => number[];
const base = { weights: [1, 1], directions: ['benefit', 'benefit'] } as const;
const methods: Record<string, Ranks> = {
  'weighted sum': (matrix, options) => weightedSum(matrix, { ...base, ...options }).ranks,
  'weighted product': (matrix, options) => weightedProduct(matrix, { ...base, ...options }).ranks,
  topsis: (matrix, options) => topsis(matrix, { ...base, ...options }).ranks,
  vikor: (matrix, options) => vikor(matrix, { ...base, ...options }).ranks,
  // A v-shape preference makes a small difference a small preference, as in the other methods.
  'promethee ii': (matrix, options) =>
    prometheeII(matrix, { ...base, preference: { type: 'v-shape', p: 10 }, ...options }).ranks,
  copras: (matrix, options) => copras(matrix, { ...base, ...options }).ranks,
  spotis: (matrix, options) =>
    spotis(matrix, {
      ...base,
      bounds: [
        [0, 10],
        [0, 10],
      ],
      ...options,
    }).ranks,
};

// Two identical alternatives, a better one and a worse one.
const twins = [
  [4, 6],
  [4, 6],
  [9, 9],
  [1, 2],
];
// Two alternatives a hair apart.
const close = [
  [4, 6],
  [4, 6.000001],
  [9, 9],
  [1, 2],
];

describe.each(Object.entries(methods))('%s: ties', (_, ranks) => {
  it('gives tied alternatives the average rank by default', () => {
    expect(ranks(twins, {})).toEqual([2.5, 2.5, 1, 4]);
  });

  it('applies the tie policy it is given', () => {
    expect(ranks(twins, { ties: 'min' })).toEqual([2, 2, 1, 4]);
    expect(ranks(twins, { ties: 'dense' })).toEqual([2, 2, 1, 3]);
    expect(ranks(twins, { ties: 'ordinal' })).toEqual([2, 3, 1, 4]);
  });

  it('separates near-equal scores by default and ties them under a loose tolerance', () => {
    expect(ranks(close, {})).toEqual([3, 2, 1, 4]);
    expect(ranks(close, { tolerance: 0.01 })).toEqual([2.5, 2.5, 1, 4]);
  });
});
