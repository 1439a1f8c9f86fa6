// The kernel at the limits of its documented inputs: every refusal names its value and place, a
// prepared matrix is reused as it is, and each normalisation follows its formula on both
// directions, including the fallbacks for columns near the limits of floating point.
import { describe, expect, it } from 'vitest';
import {
  CRITERION_DIRECTIONS,
  ScoringError,
  isCriterionDirection,
  matrixToRows,
  normalize,
  normalizeWeights,
  prepareMatrix,
  spearman,
  weightedSum,
} from '../index.js';
import type { DecisionMatrix } from '../index.js';

describe('prepareMatrix: refusals named', () => {
  it('names the empty, ragged and non-finite parts', () => {
    expect(() => prepareMatrix('rows' as never)).toThrow(
      'The decision matrix has no alternatives (rows).',
    );
    // No rows at all: the error is about rows, and names no row.
    const noRows = (() => {
      try {
        prepareMatrix([]);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(noRows).toBeInstanceOf(ScoringError);
    expect(noRows).toMatchObject({
      code: 'empty-matrix',
      message: 'The decision matrix has no alternatives (rows).',
    });
    expect((noRows as ScoringError).row).toBeUndefined();
    expect(() => prepareMatrix([[]])).toThrow(
      expect.objectContaining({
        code: 'empty-matrix',
        row: 0,
        message: 'The decision matrix has no criteria (columns).',
      }),
    );
    expect(() => prepareMatrix(['row'] as never)).toThrow(
      expect.objectContaining({ code: 'empty-matrix', row: 0 }),
    );
    expect(() => prepareMatrix([[1, 2], [3]])).toThrow('Row 1 has 1 values; row 0 has 2.');
    expect(() => prepareMatrix([[1, 2], 'row'] as never)).toThrow(
      expect.objectContaining({
        code: 'ragged-matrix',
        row: 1,
        message: 'Row 1 has no values; row 0 has 2.',
      }),
    );
    expect(() => prepareMatrix([[1, '2']] as never)).toThrow(
      expect.objectContaining({
        code: 'non-finite-value',
        row: 0,
        column: 1,
        message: 'The value at row 0, column 1 is 2; every value must be a finite number.',
      }),
    );
  });

  it('packs the cells row by row, and reuses a matrix it prepared', () => {
    const prepared = prepareMatrix([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(prepared).toMatchObject({ kind: 'decision-matrix', alternatives: 2, criteria: 3 });
    expect(Array.from(prepared.values)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(prepareMatrix(prepared)).toBe(prepared);
    expect(matrixToRows(prepared)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('checks a matrix packed by hand, and copies its values', () => {
    const values = new Float64Array([1, 2, 3, 4]);
    const byHand: DecisionMatrix = {
      kind: 'decision-matrix',
      alternatives: 2,
      criteria: 2,
      values,
    };
    const checked = prepareMatrix(byHand);
    expect(checked).not.toBe(byHand);
    values[0] = 9;
    expect(matrixToRows(checked)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(prepareMatrix(checked)).toBe(checked);
    const bad = (alternatives: number, criteria: number, cells: unknown) =>
      prepareMatrix({ kind: 'decision-matrix', alternatives, criteria, values: cells as never });
    for (const [m, n] of [
      [0, 2],
      [2, 0],
      [1.5, 2],
      [2, 1.5],
    ] as const) {
      expect(() => bad(m, n, new Float64Array(4))).toThrow(
        expect.objectContaining({
          code: 'empty-matrix',
          message: 'The decision matrix has no alternatives or criteria.',
        }),
      );
    }
    expect(() => bad(2, 2, new Float64Array(3))).toThrow(
      expect.objectContaining({
        code: 'ragged-matrix',
        message: 'A 2 x 2 matrix needs 4 values in a Float64Array.',
      }),
    );
    expect(() => bad(2, 2, [1, 2, 3, 4])).toThrow(
      expect.objectContaining({ code: 'ragged-matrix' }),
    );
    expect(() => bad(2, 3, new Float64Array([1, 2, 3, 4, -Infinity, 6]))).toThrow(
      expect.objectContaining({
        code: 'non-finite-value',
        row: 1,
        column: 1,
        message: 'The value at row 1, column 1 is -Infinity; every value must be finite.',
      }),
    );
  });
});

describe('weights and directions: refusals named', () => {
  it('names the weight that is not finite or negative, and the count expected', () => {
    expect(() => normalizeWeights([1, Infinity])).toThrow(
      'Weight 1 is Infinity; weights must be finite numbers.',
    );
    expect(() => normalizeWeights([1, '2' as never])).toThrow(
      expect.objectContaining({ code: 'non-finite-value', index: 1, column: 1 }),
    );
    expect(() => normalizeWeights([-0.5, 1])).toThrow(
      expect.objectContaining({
        code: 'negative-weight',
        index: 0,
        column: 0,
        message: 'Weight 0 is -0.5; weights cannot be negative.',
      }),
    );
    expect(() => normalizeWeights([1], 2)).toThrow('Expected 2 weights, one per criterion; got 1.');
    expect(() => normalizeWeights(undefined as never, 2)).toThrow(
      'Expected 2 weights, one per criterion; got none.',
    );
    expect(() => normalizeWeights([0, 0])).toThrow(
      'Every weight is 0; at least one must be positive.',
    );
    expect(normalizeWeights([0, 2], 2)).toEqual([0, 1]);
  });

  it('keeps a weight as small as the smallest double: weights are scaled only past the largest', () => {
    // Halving 5e-324 gives 0: a sum that did not overflow must leave the weights as they are.
    expect(normalizeWeights([1, Number.MIN_VALUE])).toEqual([1, Number.MIN_VALUE]);
    expect(normalizeWeights([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([0.5, 0.5]);
  });

  it('names the direction that is neither benefit nor cost, and the count expected', () => {
    const matrix = [
      [1, 2],
      [2, 1],
    ];
    expect(() =>
      weightedSum(matrix, { weights: [1, 1], directions: ['benefit', 'max' as never] }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-direction',
        index: 1,
        column: 1,
        message: `Direction 1 is "max"; use 'benefit' or 'cost'.`,
      }),
    );
    expect(() => weightedSum(matrix, { weights: [1, 1], directions: ['benefit'] })).toThrow(
      expect.objectContaining({
        code: 'length-mismatch',
        message: 'Expected 2 directions, one per criterion; got 1.',
      }),
    );
    expect(() => normalize(matrix, { directions: 'cost' as never })).toThrow(
      'Expected 2 directions, one per criterion; got none.',
    );
    expect(CRITERION_DIRECTIONS).toEqual(['benefit', 'cost']);
    expect(CRITERION_DIRECTIONS.every(isCriterionDirection)).toBe(true);
    expect(['Benefit', 'max', undefined, 1].some(isCriterionDirection)).toBe(false);
  });
});

describe('ScoringError', () => {
  it('keeps its cause and its place, and only the place given', () => {
    const cause = new RangeError('inner');
    const error = new ScoringError('invalid-option', 'outer', {
      cause,
      row: 2,
      column: 0,
      index: 1,
    });
    expect(error.cause).toBe(cause);
    expect(error).toMatchObject({
      code: 'invalid-option',
      message: 'outer',
      row: 2,
      column: 0,
      index: 1,
    });
    const bare = new ScoringError('zero-weights', 'none');
    expect('cause' in bare).toBe(false);
    expect([bare.row, bare.column, bare.index]).toEqual([undefined, undefined, undefined]);
  });
});

describe('normalize: each formula on both directions', () => {
  const matrix = [
    [0, 4, 2],
    [3, 1, 8],
    [1, 2, 4],
  ];

  it('uses min-max and the plain formula when nothing is given', () => {
    expect(normalize(matrix)).toEqual([
      [0, 1, 0],
      [1, 0, 1],
      [1 / 3, 1 / 3, 1 / 3],
    ]);
    expect(normalize(matrix, { directions: ['cost', 'cost', 'cost'] })).toEqual([
      [1, 0, 1],
      [0, 1, 0],
      [2 / 3, 2 / 3, 2 / 3],
    ]);
  });

  it('vector: x / sqrt(sum x^2), 1 - that on a cost criterion', () => {
    // Column 2: sqrt(4 + 64 + 16) = sqrt(84).
    const result = normalize(matrix, {
      method: 'vector',
      directions: ['benefit', 'benefit', 'cost'],
    });
    expect(result[1]![0]).toBeCloseTo(3 / Math.sqrt(10), 15);
    expect(result[0]![1]).toBeCloseTo(4 / Math.sqrt(21), 15);
    expect(result[1]![2]).toBeCloseTo(1 - 8 / Math.sqrt(84), 15);
    expect(result[0]![2]).toBeCloseTo(1 - 2 / Math.sqrt(84), 15);
    // A negative value counts by its size in the norm.
    expect(normalize([[-3], [4]], { method: 'vector' })).toEqual([[-0.6], [0.8]]);
    expect(normalize([[0], [0]], { method: 'vector', directions: ['cost'] })).toEqual([[1], [1]]);
  });

  it('max: x / max, 1 - that on a cost criterion; a column of zeros gives 1', () => {
    expect(
      normalize(matrix, { method: 'max', directions: ['benefit', 'cost', 'benefit'] }),
    ).toEqual([
      [0, 0, 0.25],
      [1, 0.75, 1],
      [1 / 3, 0.5, 0.5],
    ]);
    expect(normalize([[0], [0]], { method: 'max', directions: ['cost'] })).toEqual([[1], [1]]);
    expect(() => normalize([[1], [-2]], { method: 'max' })).toThrow(
      'The value at row 1, column 0 is -2; max normalisation needs non-negative values.',
    );
  });

  it('sum: x / sum x, and (1 / x) / sum (1 / x) on a cost criterion', () => {
    expect(normalize([[1], [3]], { method: 'sum', directions: ['cost'] })).toEqual([
      [0.75],
      [0.25],
    ]);
    expect(normalize([[0], [0], [0], [0]], { method: 'sum' })).toEqual([
      [0.25],
      [0.25],
      [0.25],
      [0.25],
    ]);
    expect(() => normalize([[1], [-2]], { method: 'sum' })).toThrow(
      'The value at row 1, column 0 is -2; sum normalisation needs non-negative values.',
    );
    expect(() => normalize([[1], [0]], { method: 'sum', directions: ['cost'] })).toThrow(
      'The value at row 1, column 0 is 0; sum normalisation of a cost criterion divides by each value.',
    );
  });

  it('min-max: a constant column gives 1, on either direction', () => {
    expect(normalize([[5], [5]], { directions: ['cost'] })).toEqual([[1], [1]]);
    expect(normalize([[-1e308], [1e308], [0]], { directions: ['cost'] })).toEqual([
      [1],
      [0],
      [0.5],
    ]);
  });

  it('divides out norms, sums and shares past the largest double in steps', () => {
    expect(
      normalize([[1e308], [1e308], [1e308], [1e308]], {
        method: 'vector',
        directions: ['cost'],
      }).flat(),
    ).toEqual([0.5, 0.5, 0.5, 0.5]);
    const shares = normalize([[1e308], [3e307]], { method: 'sum' }).flat();
    expect(shares[0]).toBeCloseTo(10 / 13, 15);
    expect(shares[1]).toBeCloseTo(3 / 13, 15);
    // 1 / 1e-309 overflows: the shares are taken against the smallest value.
    const tiny = normalize([[1e-309], [3e-309]], { method: 'sum', directions: ['cost'] }).flat();
    expect(tiny[0]).toBeCloseTo(0.75, 12);
    expect(tiny[1]).toBeCloseTo(0.25, 12);
  });

  it('names an unknown normalisation with its column, and wants one per criterion', () => {
    expect(() => normalize([[1, 2]], { method: ['sum', 'log' as never] })).toThrow(
      expect.objectContaining({
        code: 'invalid-option',
        column: 1,
        message: 'Normalisation "log" for column 1 is not one of vector, min-max, max, sum.',
      }),
    );
    expect(() => normalize([[1, 2]], { method: ['sum'] })).toThrow(
      'Expected one normalisation per criterion (2); got 1.',
    );
  });
});

describe('power-of-two scaling below the smallest normal double', () => {
  it('keeps a rank correlation of subnormal values exact', () => {
    expect(spearman([1e-320, 2e-320, 3e-320], [3e-320, 2e-320, 1e-320])).toBe(-1);
    expect(spearman([5e-324, 1e-323, 1.5e-323], [1, 2, 3])).toBeCloseTo(1, 15);
  });
});
