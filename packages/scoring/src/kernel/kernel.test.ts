import { describe, expect, it } from 'vitest';
import {
  ScoringError,
  normalize,
  normalizeWeights,
  prepareMatrix,
  weightedProduct,
  weightedSum,
} from '../index.js';

describe('prepareMatrix', () => {
  it('names the problem and the place', () => {
    expect(() => prepareMatrix([])).toThrow(expect.objectContaining({ code: 'empty-matrix' }));
    expect(() => prepareMatrix([[]])).toThrow(expect.objectContaining({ code: 'empty-matrix' }));
    expect(() => prepareMatrix([[1, 2], [3]])).toThrow(
      expect.objectContaining({ code: 'ragged-matrix', row: 1 }),
    );
    expect(() =>
      prepareMatrix([
        [1, 2],
        [3, Infinity],
      ]),
    ).toThrow(expect.objectContaining({ code: 'non-finite-value', row: 1, column: 1 }));
  });

  it('is a ScoringError with a stable name', () => {
    try {
      prepareMatrix([[Number.NaN]]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringError);
      expect(error).toBeInstanceOf(Error);
      expect((error as ScoringError).name).toBe('ScoringError');
    }
  });

  it('checks a hand-built packed matrix', () => {
    const values = new Float64Array([1, Number.NaN]);
    expect(() =>
      prepareMatrix({ kind: 'decision-matrix', alternatives: 1, criteria: 2, values }),
    ).toThrow(expect.objectContaining({ code: 'non-finite-value', row: 0, column: 1 }));
  });
});

describe('normalizeWeights', () => {
  it('scales silently to sum 1', () => {
    expect(normalizeWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(normalizeWeights([0, 3])).toEqual([0, 1]);
  });

  it('rejects negative, all-zero, non-finite and mislengthed weights', () => {
    expect(() => normalizeWeights([1, -1])).toThrow(
      expect.objectContaining({ code: 'negative-weight', index: 1 }),
    );
    expect(() => normalizeWeights([0, 0])).toThrow(
      expect.objectContaining({ code: 'zero-weights' }),
    );
    expect(() => normalizeWeights([1, Number.NaN])).toThrow(
      expect.objectContaining({ code: 'non-finite-value', index: 1 }),
    );
    expect(() => normalizeWeights([1], 2)).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
  });
});

describe('normalize', () => {
  const matrix = [
    [1, 10],
    [3, 30],
  ];

  it('applies each formula, reversing cost criteria when directions are given', () => {
    expect(normalize(matrix, { method: 'min-max', directions: ['benefit', 'cost'] })).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(normalize(matrix, { method: 'max', directions: ['benefit', 'cost'] })).toEqual([
      [1 / 3, 1 - 1 / 3],
      [1, 0],
    ]);
    expect(normalize(matrix, { method: 'sum', directions: ['benefit', 'cost'] })).toEqual([
      [0.25, 0.75],
      [0.75, 0.25],
    ]);
    const v = normalize(matrix, { method: 'vector' });
    expect(v[0]![0]).toBeCloseTo(1 / Math.sqrt(10), 15);
    expect(normalize(matrix, { method: ['min-max', 'sum'] })).toEqual([
      [0, 0.25],
      [1, 0.75],
    ]);
  });

  it('gives the documented constant for a column it cannot scale', () => {
    expect(normalize([[4], [4]], { method: 'min-max' })).toEqual([[1], [1]]);
    expect(normalize([[0], [0]], { method: 'vector' })).toEqual([[1], [1]]);
    expect(normalize([[0], [0]], { method: 'sum' })).toEqual([[0.5], [0.5]]);
  });

  it('names preconditions of max and sum', () => {
    expect(() => normalize([[1], [-1]], { method: 'max' })).toThrow(
      expect.objectContaining({ code: 'negative-value', row: 1, column: 0 }),
    );
    expect(() => normalize([[1], [0]], { method: 'sum', directions: ['cost'] })).toThrow(
      expect.objectContaining({ code: 'zero-value', row: 1, column: 0 }),
    );
  });
});

describe('weightedSum and weightedProduct', () => {
  const matrix = [
    [1, 10],
    [3, 30],
    [2, 20],
  ];
  const options = { weights: [3, 1], directions: ['benefit', 'cost'] } as const;

  it('weighted sum: weights normalised, min-max by default', () => {
    expect(weightedSum(matrix, options).scores).toEqual([0.25, 0.75, 0.5]);
    expect(weightedSum(matrix, options).ranks).toEqual([3, 1, 2]);
  });

  it('weighted product: ratio to the best, exponent = weight', () => {
    const result = weightedProduct(matrix, options);
    expect(result.scores[1]).toBeCloseTo(1 * (10 / 30) ** 0.25, 15);
    expect(() => weightedProduct([[0, 1]], options)).toThrow(
      expect.objectContaining({ code: 'zero-value', row: 0, column: 0 }),
    );
  });

  it('rejects a bad direction with its index', () => {
    expect(() =>
      weightedSum(matrix, { weights: [1, 1], directions: ['benefit', 'max' as 'cost'] }),
    ).toThrow(expect.objectContaining({ code: 'invalid-direction', index: 1 }));
  });
});
