import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionDirection, PreferenceFunction } from '../index.js';
import {
  ScoringError,
  ahpWeights,
  copras,
  criticWeights,
  entropyWeights,
  kendallTau,
  normalize,
  normalizeWeights,
  preferenceDegree,
  prometheeII,
  spearman,
  spotis,
  standardDeviationWeights,
  topsis,
  vikor,
  weightedProduct,
  weightedSum,
} from '../index.js';

const MAX = Number.MAX_VALUE;
const allFinite = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : Array.isArray(value)
      ? value.every(allFinite)
      : typeof value === 'object' && value !== null
        ? Object.values(value).every(allFinite)
        : true;

describe('finite values near the limits of floating point', () => {
  it('scales weights that sum past the largest double', () => {
    expect(normalizeWeights([1e308, 1e308])).toEqual([0.5, 0.5]);
    expect(normalizeWeights([MAX, MAX, 0, MAX / 2])).toEqual([0.4, 0.4, 0, 0.2]);
  });

  it('normalises columns spanning or summing past the largest double', () => {
    expect(normalize([[-1e308], [1e308], [0]], { method: 'min-max' })).toEqual([[0], [1], [0.5]]);
    expect(normalize([[1e308], [1e308]], { method: 'sum' })).toEqual([[0.5], [0.5]]);
    expect(normalize([[1e-310], [1e-310]], { method: 'sum', directions: ['cost'] })).toEqual([
      [0.5],
      [0.5],
    ]);
    const vector = normalize([[1e308], [1e308], [1e308], [1e308]], { method: 'vector' });
    expect(vector.flat()).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('gives COPRAS finite utility degrees for values near 1e308', () => {
    const single = copras([[1e308], [1.5e308]], { weights: [1], directions: ['benefit'] });
    expect(single.significance).toEqual([0.4, 0.6]);
    expect(single.utilityDegree.every(Number.isFinite)).toBe(true);
    const withCost = copras(
      [
        [1e308, 1e308],
        [1e308, 5e307],
      ],
      { weights: [1, 1], directions: ['benefit', 'cost'] },
    );
    expect(withCost.utilityDegree.every(Number.isFinite)).toBe(true);
    expect(withCost.ranks).toEqual([2, 1]);
  });

  it('ranks COPRAS without cost criteria of positive weight by S+ alone', () => {
    const result = copras(
      [
        [2, 0],
        [1, 3],
      ],
      { weights: [1, 0], directions: ['benefit', 'cost'] },
    );
    expect(result.scores).toEqual(result.benefitSum);
    expect(result.ranks).toEqual([1, 2]);
  });

  it('keeps VIKOR, SPOTIS and PROMETHEE II finite over a span of 2e308', () => {
    const matrix = [[-1e308], [1e308], [0]];
    const options = { weights: [1], directions: ['benefit'] as CriterionDirection[] };
    expect(vikor(matrix, options).q).toEqual([1, 0, 0.5]);
    expect(spotis(matrix, { ...options, bounds: [[-MAX, MAX]] }).ranks).toEqual([3, 1, 2]);
    for (const preference of [
      { type: 'usual' },
      { type: 'linear', q: 0, p: MAX },
      { type: 'v-shape', p: 1e308 },
      { type: 'gaussian', s: 1e308 },
    ] as PreferenceFunction[]) {
      expect(prometheeII(matrix, { ...options, preference }).ranks).toEqual([3, 1, 2]);
    }
    expect(preferenceDegree({ type: 'gaussian', s: 1e200 }, 1e200)).toBeCloseTo(
      1 - Math.exp(-0.5),
      15,
    );
  });

  it('gives rank correlations of values near 1e308', () => {
    expect(spearman([-1e308, 0, 1e308], [1, 2, 3])).toBe(1);
    expect(spearman([1e-200, 2e-200, 3e-200], [3, 2, 1])).toBe(-1);
  });

  it('returns finite numbers or a typed error for any finite input', () => {
    const extreme = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(MAX, -MAX, 1e308, -1e308, 5e-324, 1e-310, 0),
    );
    const problem = fc.integer({ min: 1, max: 3 }).chain((n) =>
      fc.record({
        matrix: fc.array(fc.array(extreme, { minLength: n, maxLength: n }), {
          minLength: 2,
          maxLength: 6,
        }),
        weights: fc.array(fc.oneof(extreme.map(Math.abs), fc.constant(1)), {
          minLength: n,
          maxLength: n,
        }),
        directions: fc.array(fc.constantFrom<CriterionDirection>('benefit', 'cost'), {
          minLength: n,
          maxLength: n,
        }),
      }),
    );
    const preferences: PreferenceFunction[] = [
      { type: 'usual' },
      { type: 'u-shape', q: 1e300 },
      { type: 'level', q: 1, p: MAX },
      { type: 'linear', q: 1e-300, p: 1e308 },
      { type: 'v-shape', p: 5e-324 },
      { type: 'gaussian', s: 1e-200 },
      { type: 'gaussian', s: 1e300 },
    ];
    fc.assert(
      fc.property(problem, ({ matrix, weights, directions }) => {
        const n = directions.length;
        const options = { weights, directions };
        const runs: (() => unknown)[] = [
          () => normalizeWeights(weights),
          ...(['vector', 'min-max', 'max', 'sum'] as const).flatMap((method) => [
            () => normalize(matrix, { method, directions }),
            () => topsis(matrix, { ...options, normalization: method }),
            () => weightedSum(matrix, { ...options, normalization: method }),
          ]),
          () => vikor(matrix, { ...options, constantCriteria: 'ignore' }),
          () => weightedProduct(matrix, options),
          () => copras(matrix, options),
          () => spotis(matrix, { ...options, bounds: new Array(n).fill([-MAX, MAX]) }),
          ...preferences.map((preference) => () => prometheeII(matrix, { ...options, preference })),
          () => entropyWeights(matrix),
          () => criticWeights(matrix, { directions }),
          () => standardDeviationWeights(matrix),
          () =>
            spearman(
              matrix.map((row) => row[0]!),
              matrix.map((row) => row[n - 1]!),
            ),
          () =>
            kendallTau(
              matrix.map((row) => row[0]!),
              matrix.map((row) => row[n - 1]!),
            ),
          () =>
            ahpWeights(
              [
                [1, Math.abs(matrix[0]![0]!) || 1, MAX],
                [1 / (Math.abs(matrix[0]![0]!) || 1), 1, MAX],
                [1 / MAX, 1 / MAX, 1],
              ],
              { reciprocityTolerance: 1 },
            ),
        ];
        for (const run of runs) {
          try {
            const result = run();
            if (!allFinite(result)) throw new Error(`not finite: ${JSON.stringify(result)}`);
          } catch (error) {
            if (!(error instanceof ScoringError)) throw error;
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
