import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { normalize } from '../kernel/normalization.js';
import type { NormalizationMethod } from '../kernel/normalization.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { copras } from './copras.js';
import type { CoprasResult } from './copras.js';
import type { MethodOptions } from './method-options.js';
import type { PreferenceFunction } from './preference-function.js';
import { prometheeII } from './promethee-ii.js';
import type { PrometheeIIResult } from './promethee-ii.js';
import { spotis } from './spotis.js';
import type { SpotisResult } from './spotis.js';
import { topsis, topsisSweep } from './topsis.js';
import type { TopsisResult } from './topsis.js';
import { vikor } from './vikor.js';
import type { VikorResult } from './vikor.js';
import type { WeightSweepOf } from './weight-sweep.js';
import { weightedProduct } from './weighted-product.js';
import type { WeightedProductResult } from './weighted-product.js';
import { weightedSum } from './weighted-sum.js';
import type { WeightedSumResult } from './weighted-sum.js';

type Matrix = readonly (readonly number[])[];

/** The parameters a method may take beyond weights, directions and ties. */
export interface MethodParameters {
  /** Weighted sum and TOPSIS: the normalisation. */
  readonly normalization?: NormalizationMethod;
  /** VIKOR: the weight of the majority strategy. */
  readonly v?: number;
  /** PROMETHEE II: the preference function(s). */
  readonly preference?: PreferenceFunction | readonly PreferenceFunction[];
  /** SPOTIS: the bounds, one `[min, max]` per criterion. */
  readonly bounds?: readonly (readonly [number, number])[];
}

/** The full result of each method, by name. */
export interface MethodResults {
  readonly 'weighted-sum': WeightedSumResult;
  readonly 'weighted-product': WeightedProductResult;
  readonly topsis: TopsisResult;
  readonly vikor: VikorResult;
  readonly 'promethee-ii': PrometheeIIResult;
  readonly copras: CoprasResult;
  readonly spotis: SpotisResult;
}

/** The name of a method in {@link METHODS}. */
export type MethodName = keyof MethodResults;

/** A method bound to its parameters: runs it on a matrix with weights, directions and ties. */
export type BoundMethod<Result> = (matrix: MatrixInput, options: MethodOptions) => Result;

/** One entry of the method table. */
export interface MethodEntry<Result> {
  /** Whether a higher or a lower score is better. */
  readonly better: 'higher' | 'lower';
  /** What a score means under the method, in one sentence for readers of a ranking. */
  readonly scoreMeaning: string;
  /** The parameters used when a caller leaves them out. */
  readonly defaults: MethodParameters;
  /**
   * Checks the parameters once and returns the method as a function of the matrix and common
   * options, so that analyses that run it many times check them once. VIKOR leaves constant
   * criteria out.
   */
  readonly bind: (parameters: MethodParameters) => BoundMethod<Result>;
  /**
   * The method's scores as a function of the weights alone, for analyses that try many weight
   * vectors on one matrix; left out where a plain run per weight vector is all there is.
   */
  readonly sweep?: (parameters: MethodParameters) => WeightSweepOf;
  /**
   * What each criterion adds to each alternative's score (rows = alternatives, columns =
   * criteria), from the method's own result and the matrix it ran on.
   */
  readonly contributions: (
    matrix: Matrix,
    directions: readonly CriterionDirection[],
    parameters: MethodParameters,
    result: Result,
  ) => number[][];
}

const grid = (m: number, n: number, f: (i: number, j: number) => number): number[][] =>
  Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => f(i, j)));

const width = (matrix: Matrix): number => matrix[0]?.length ?? 0;

const isList = (
  preference: PreferenceFunction | readonly PreferenceFunction[] | undefined,
): preference is readonly PreferenceFunction[] => Array.isArray(preference);

const column = (matrix: Matrix, j: number): number[] => matrix.map((row) => row[j] ?? 0);

/**
 * The methods, one entry each: how to run it, its defaults, which way is better and what each
 * criterion adds to a score. Prioritisation, the stability analyses and the contributions all
 * read this table, so a new method is one new entry.
 */
export const METHODS: { readonly [Name in MethodName]: MethodEntry<MethodResults[Name]> } = {
  'weighted-sum': {
    better: 'higher',
    scoreMeaning:
      'The score is the weighted sum of the normalised values: higher is better, and a difference between two scores is a difference in weighted value.',
    defaults: { normalization: 'min-max' },
    bind: (parameters) => {
      const normalization = parameters.normalization ?? 'min-max';
      return (matrix, options) => weightedSum(matrix, { ...options, normalization });
    },
    // w_j r_ij with the method's normalisation; they sum to the score.
    contributions: (matrix, directions, parameters, result) => {
      const r = normalize(matrix, {
        method: parameters.normalization ?? 'min-max',
        directions,
      });
      return grid(
        matrix.length,
        width(matrix),
        (i, j) => (result.weights[j] ?? 0) * (r[i]?.[j] ?? 0),
      );
    },
  },
  'weighted-product': {
    better: 'higher',
    scoreMeaning:
      'The score is the product of the values raised to their weights: higher is better, and the ratio of two scores compares the measures.',
    defaults: {},
    bind: () => (matrix, options) => weightedProduct(matrix, options),
    // w_j ln(x_ij / x*_j), inverted for a cost; they sum to ln score.
    contributions: (matrix, directions, _parameters, result) => {
      const cost = (j: number): boolean => directions[j] === 'cost';
      const best = directions.map((_, j) =>
        cost(j) ? Math.min(...column(matrix, j)) : Math.max(...column(matrix, j)),
      );
      return grid(matrix.length, width(matrix), (i, j) => {
        const logRatio = Math.log(matrix[i]?.[j] ?? 0) - Math.log(best[j] ?? 1);
        return (result.weights[j] ?? 0) * (cost(j) ? -logRatio : logRatio);
      });
    },
  },
  topsis: {
    better: 'higher',
    scoreMeaning:
      'The score is the closeness to the ideal measure, between 0 (the worst on every criterion) and 1 (the best on every criterion): higher is better.',
    defaults: { normalization: 'vector' },
    bind: (parameters) => {
      const normalization = parameters.normalization ?? 'vector';
      return (matrix, options) => topsis(matrix, { ...options, normalization });
    },
    sweep: (parameters) => (matrix, directions) =>
      topsisSweep(matrix, directions, parameters.normalization ?? 'vector'),
    // The criterion's share of (D-^2 - D+^2) / (D-^2 + D+^2), which orders as the closeness does.
    contributions: (matrix, _directions, parameters, result) => {
      const r = normalize(matrix, { method: parameters.normalization ?? 'vector' });
      const n = width(matrix);
      return r.map((row) => {
        let total = 0;
        const terms = row.map((x, j) => {
          const v = (result.weights[j] ?? 0) * x;
          const toAnti = (v - (result.antiIdeal[j] ?? 0)) ** 2;
          const toIdeal = (v - (result.ideal[j] ?? 0)) ** 2;
          total += toAnti + toIdeal;
          return toAnti - toIdeal;
        });
        return Array.from({ length: n }, (_, j) => (total > 0 ? (terms[j] ?? 0) / total : 0));
      });
    },
  },
  vikor: {
    better: 'lower',
    scoreMeaning:
      'The score Q combines the weighted total regret and the largest single regret, between 0 and 1: lower is better, 0 being the best compromise.',
    defaults: { v: 0.5 },
    bind: (parameters) => {
      const v = parameters.v ?? 0.5;
      return (matrix, options) => vikor(matrix, { ...options, v, constantCriteria: 'ignore' });
    },
    // w_j (f*_j - f_ij) / (f*_j - f-_j), the terms of S (0 for a constant criterion).
    contributions: (matrix, _directions, _parameters, result) =>
      grid(matrix.length, width(matrix), (i, j) => {
        const best = result.best[j] ?? 0;
        const worst = result.worst[j] ?? 0;
        return best === worst
          ? 0
          : ((result.weights[j] ?? 0) * (best - (matrix[i]?.[j] ?? 0))) / (best - worst);
      }),
  },
  'promethee-ii': {
    better: 'higher',
    scoreMeaning:
      'The score is the net outranking flow, between -1 and 1: how much a measure is preferred to the others minus how much they are preferred to it; higher is better.',
    defaults: { preference: { type: 'usual' } },
    bind: (parameters) => {
      const { preference } = parameters;
      return (matrix, options) =>
        prometheeII(matrix, { ...options, ...(preference === undefined ? {} : { preference }) });
    },
    // w_j phi_j(a), the criterion's weighted single-criterion net flow; they sum to the net flow.
    contributions: (matrix, directions, parameters, result) => {
      const n = width(matrix);
      const given = parameters.preference;
      const flows = Array.from({ length: n }, (_, j) => {
        const preference: PreferenceFunction = (isList(given) ? given[j] : given) ?? {
          type: 'usual',
        };
        return prometheeII(
          matrix.map((row) => [row[j] ?? 0]),
          { weights: [1], directions: [directions[j] ?? 'benefit'], preference },
        ).netFlow;
      });
      return grid(matrix.length, n, (i, j) => (result.weights[j] ?? 0) * (flows[j]?.[i] ?? 0));
    },
  },
  copras: {
    better: 'higher',
    scoreMeaning:
      'The score is the utility in percent of the best measure (100 for the best): higher is better.',
    defaults: {},
    bind: () => (matrix, options) => copras(matrix, options),
    // w_j x_ij / sum_i x_ij: positive for a benefit (terms of S+), negative for a cost (terms of S-).
    contributions: (matrix, directions, _parameters, result) => {
      const sums = directions.map((_, j) => column(matrix, j).reduce((a, b) => a + b, 0));
      return grid(matrix.length, width(matrix), (i, j) => {
        const sum = sums[j] ?? 0;
        const share = sum === 0 ? 0 : ((result.weights[j] ?? 0) * (matrix[i]?.[j] ?? 0)) / sum;
        return directions[j] === 'cost' ? -share : share;
      });
    },
  },
  spotis: {
    better: 'lower',
    scoreMeaning:
      'The score is the weighted distance to the ideal point set by the bounds of the criteria, between 0 and 1: lower is better, 0 being the ideal.',
    defaults: {},
    bind: (parameters) => {
      const { bounds } = parameters;
      if (bounds === undefined) {
        throw new ScoringError(
          'invalid-option',
          'SPOTIS needs `bounds`, one [min, max] per criterion.',
        );
      }
      return (matrix, options) => spotis(matrix, { ...options, bounds });
    },
    // w_j |x_ij - s*_j| / (max_j - min_j), the terms of the distance; they sum to the score.
    contributions: (matrix, _directions, parameters, result) =>
      grid(matrix.length, width(matrix), (i, j) => {
        const [low, high] = parameters.bounds?.[j] ?? [0, 1];
        return (
          ((result.weights[j] ?? 0) *
            Math.abs((matrix[i]?.[j] ?? 0) - (result.idealPoint[j] ?? 0))) /
          (high - low)
        );
      }),
  },
};

/**
 * The table entry of a method name, or a typed error for a name that is not in it (a caller may
 * pass any string at run time).
 */
export function methodEntry(name: string): MethodEntry<MethodResults[MethodName]> {
  if (!Object.hasOwn(METHODS, name)) {
    throw new ScoringError('invalid-option', `Unknown method ${JSON.stringify(name)}.`);
  }
  // The entry's result type and its contributions' parameter are the same method's.
  return METHODS[name as MethodName] as unknown as MethodEntry<MethodResults[MethodName]>;
}
