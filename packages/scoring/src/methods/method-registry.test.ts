import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ScoringMethod } from '@itu-aicb/core';
import { SCORING_METHODS } from '@itu-aicb/core';
import {
  copras,
  prometheeII,
  spotis,
  topsis,
  vikor,
  weightedProduct,
  weightedSum,
} from '../index.js';
import type { CriterionDirection } from '../index.js';
import type { MethodName } from './method-registry.js';
import { METHODS, methodEntry } from './method-registry.js';

const matrix = [
  [4, 200, 3],
  [3, 300, 5],
  [5, 400, 4],
  [2, 250, 1],
];
const directions: CriterionDirection[] = ['benefit', 'cost', 'benefit'];
const weights = [0.5, 0.3, 0.2];
const bounds: [number, number][] = [
  [0, 10],
  [100, 500],
  [1, 5],
];
const common = { weights, directions };
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('method table', () => {
  it('has one entry per method a scoring profile can name', () => {
    // A profile names the methods with core's list; the table keys them with its own.
    expectTypeOf<MethodName>().toEqualTypeOf<ScoringMethod>();
    expect(Object.keys(METHODS).sort()).toEqual([...SCORING_METHODS].sort());
  });

  it('runs each method as its own function does, with the stated defaults', () => {
    const parameters = { bounds, preference: { type: 'v-shape', p: 2 } } as const;
    const direct = {
      'weighted-sum': weightedSum(matrix, { ...common, normalization: 'min-max' }),
      'weighted-product': weightedProduct(matrix, common),
      topsis: topsis(matrix, { ...common, normalization: 'vector' }),
      vikor: vikor(matrix, { ...common, v: 0.5, constantCriteria: 'ignore' }),
      'promethee-ii': prometheeII(matrix, { ...common, preference: parameters.preference }),
      copras: copras(matrix, common),
      spotis: spotis(matrix, { ...common, bounds }),
    };
    for (const name of SCORING_METHODS) {
      const result = METHODS[name].bind(parameters)(matrix, common);
      expect(result).toEqual(direct[name]);
      expect(result.better).toBe(METHODS[name].better);
    }
    expect(METHODS['weighted-sum'].defaults).toEqual({ normalization: 'min-max' });
    expect(METHODS.topsis.defaults).toEqual({ normalization: 'vector' });
    expect(METHODS.vikor.defaults).toEqual({ v: 0.5 });
  });

  it('gives contributions that add up to the score where the method is additive', () => {
    const run = (name: MethodName) => {
      const entry = methodEntry(name);
      const parameters = { bounds, preference: { type: 'linear', q: 0.5, p: 2 } } as const;
      const result = entry.bind(parameters)(matrix, common);
      return { result, parts: entry.contributions(matrix, directions, parameters, result) };
    };
    const additive = ['weighted-sum', 'promethee-ii', 'spotis'] as const;
    for (const name of additive) {
      const { result, parts } = run(name);
      parts.forEach((row, i) => {
        expect(sum(row)).toBeCloseTo(result.scores[i]!, 12);
      });
    }
    const product = run('weighted-product');
    product.parts.forEach((row, i) => {
      expect(sum(row)).toBeCloseTo(Math.log(product.result.scores[i]!), 12);
    });
    const compromise = run('vikor');
    const s = (compromise.result as ReturnType<typeof vikor>).s;
    compromise.parts.forEach((row, i) => {
      expect(sum(row)).toBeCloseTo(s[i]!, 12);
    });
    const proportional = run('copras');
    const { benefitSum, costSum } = proportional.result as ReturnType<typeof copras>;
    proportional.parts.forEach((row, i) => {
      expect(sum(row.filter((x) => x > 0))).toBeCloseTo(benefitSum[i]!, 12);
      expect(-sum(row.filter((x) => x < 0))).toBeCloseTo(costSum[i]!, 12);
    });
    // TOPSIS: the terms are shares of (D-^2 - D+^2) / (D-^2 + D+^2), which orders as closeness.
    const closeness = run('topsis');
    const shares = closeness.parts.map(sum);
    const { distanceToIdeal, distanceToAntiIdeal } = closeness.result as ReturnType<typeof topsis>;
    shares.forEach((share, i) => {
      const plus = distanceToIdeal[i]! ** 2;
      const minus = distanceToAntiIdeal[i]! ** 2;
      expect(share).toBeCloseTo((minus - plus) / (minus + plus), 12);
    });
  });

  it('checks parameters once, when a method is bound, and rejects unknown names', () => {
    expect(() => METHODS.spotis.bind({})).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => methodEntry('electre')).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => methodEntry('toString')).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});

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
