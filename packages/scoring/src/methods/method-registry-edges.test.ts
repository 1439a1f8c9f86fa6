import { describe, expect, it } from 'vitest';
import type { CriterionDirection } from '../index.js';
import { prometheeII, spotis, topsis, vikor, weightedSum } from '../index.js';
import { METHODS, methodEntry } from './method-registry.js';

const matrix = [
  [4, 200, 3],
  [3, 300, 5],
  [5, 400, 4],
  [2, 250, 1],
];
const directions: CriterionDirection[] = ['benefit', 'cost', 'benefit'];
const weights = [0.5, 0.3, 0.2];
const common = { weights, directions };
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('method table parameters', () => {
  it('runs weighted sum and TOPSIS with the normalisation it is bound with', () => {
    const sumVector = METHODS['weighted-sum'].bind({ normalization: 'vector' })(matrix, common);
    expect(sumVector).toEqual(weightedSum(matrix, { ...common, normalization: 'vector' }));
    expect(sumVector.scores).not.toEqual(
      weightedSum(matrix, { ...common, normalization: 'min-max' }).scores,
    );
    const topsisMinMax = METHODS.topsis.bind({ normalization: 'min-max' })(matrix, common);
    expect(topsisMinMax).toEqual(topsis(matrix, { ...common, normalization: 'min-max' }));
    expect(topsisMinMax.scores).not.toEqual(
      topsis(matrix, { ...common, normalization: 'vector' }).scores,
    );
  });

  it('runs VIKOR with the strategy weight v it is bound with', () => {
    const bound = METHODS.vikor.bind({ v: 1 })(matrix, common);
    expect(bound).toEqual(vikor(matrix, { ...common, v: 1, constantCriteria: 'ignore' }));
    expect(bound.scores).not.toEqual(vikor(matrix, { ...common, v: 0.5 }).scores);
  });

  it('gives weighted-sum contributions with the bound normalisation, one row per alternative', () => {
    const parameters = { normalization: 'vector' } as const;
    const result = METHODS['weighted-sum'].bind(parameters)(matrix, common);
    const parts = METHODS['weighted-sum'].contributions(matrix, directions, parameters, result);
    expect(parts).toHaveLength(matrix.length);
    parts.forEach((row, i) => {
      expect(row).toHaveLength(3);
      expect(sum(row)).toBeCloseTo(result.scores[i]!, 12);
    });
  });

  it('gives no contributions for a matrix without rows', () => {
    const result = vikor(matrix, { ...common, constantCriteria: 'ignore' });
    expect(METHODS.vikor.contributions([], directions, {}, result)).toEqual([]);
  });

  it('gives 0, not NaN, where a share would divide by zero', () => {
    // All rows equal: every alternative sits on both the ideal and the anti-ideal.
    const flat = [
      [2, 3],
      [2, 3],
    ];
    const flatCommon = { weights: [0.5, 0.5], directions: ['benefit', 'cost'] as const };
    const closeness = topsis(flat, { ...flatCommon, normalization: 'vector' });
    expect(METHODS.topsis.contributions(flat, ['benefit', 'cost'], {}, closeness)).toEqual([
      [0, 0],
      [0, 0],
    ]);
    // A constant criterion adds no regret.
    const withConstant = [
      [1, 7],
      [3, 7],
    ];
    const compromise = vikor(withConstant, { ...flatCommon, constantCriteria: 'ignore' });
    expect(METHODS.vikor.contributions(withConstant, ['benefit', 'cost'], {}, compromise)).toEqual([
      [0.5, 0],
      [0, 0],
    ]);
  });

  it('uses the usual criterion for PROMETHEE II contributions when none is given', () => {
    const result = prometheeII(matrix, common);
    const parts = METHODS['promethee-ii'].contributions(matrix, directions, {}, result);
    expect(parts).toHaveLength(matrix.length);
    parts.forEach((row, i) => {
      expect(sum(row)).toBeCloseTo(result.netFlow[i]!, 12);
    });
  });

  it('measures SPOTIS contributions on [0, 1] when no bounds are given', () => {
    const unit = [
      [0.2, 0.9],
      [0.6, 0.1],
    ];
    const unitCommon = { weights: [0.5, 0.5], directions: ['benefit', 'cost'] as const };
    const result = spotis(unit, {
      ...unitCommon,
      bounds: [
        [0, 1],
        [0, 1],
      ],
    });
    const parts = METHODS.spotis.contributions(unit, ['benefit', 'cost'], {}, result);
    parts.forEach((row, i) => {
      expect(sum(row)).toBeCloseTo(result.scores[i]!, 12);
    });
    expect(parts[0]![0]).toBeCloseTo(0.4, 12);
  });

  it('names what is missing or unknown in its errors', () => {
    expect(() => METHODS.spotis.bind({})).toThrow(
      'SPOTIS needs `bounds`, one [min, max] per criterion.',
    );
    expect(() => methodEntry('electre')).toThrow('Unknown method "electre".');
  });
});
