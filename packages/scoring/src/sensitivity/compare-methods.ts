import type { ScoringMethod } from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { methodFunction, methodName, requireOptions } from './methods.js';
import { kendallTau, spearman, wsCoefficient } from '../ranking/rank-correlation.js';
import type { MethodSpec } from './methods.js';

/**
 * Options of {@link compareMethods}.
 *
 * @example
 * ```ts
 * const options: CompareMethodsOptions = {
 *   methods: ['weighted-sum', 'topsis', { name: 'vikor', v: 0.5 }],
 *   weights: [0.6, 0.4],
 *   directions: ['benefit', 'cost'],
 * };
 * ```
 */
export interface CompareMethodsOptions {
  /** Two or more methods, with their parameters. */
  readonly methods: readonly MethodSpec[];
  /** The weights (scaled to sum 1). */
  readonly weights: readonly number[];
  /** One direction per criterion. */
  readonly directions: readonly CriterionDirection[];
}

/**
 * Ranks under several methods and how well they agree.
 *
 * @example
 * ```ts
 * declare const result: MethodAgreement;
 * result.spearman[0]?.[1]; // agreement of the first two methods
 * ```
 */
export interface MethodAgreement {
  /** Each method's name, scores and ranks (ties averaged), in the order given. */
  readonly methods: readonly {
    readonly method: ScoringMethod;
    readonly better: 'higher' | 'lower';
    readonly scores: readonly number[];
    readonly ranks: readonly number[];
  }[];
  /** Spearman's rho between every two methods' ranks. */
  readonly spearman: readonly (readonly number[])[];
  /** Kendall's tau-b between every two methods' ranks. */
  readonly kendall: readonly (readonly number[])[];
  /** `ws[a][b]`: the WS coefficient of method b's ranking against method a's as reference. */
  readonly ws: readonly (readonly number[])[];
}

/**
 * Runs several methods on the same matrix, weights and directions, and measures how far their
 * rankings agree: Spearman's rho, Kendall's tau-b and the WS coefficient (which weighs the top
 * of the ranking most) for every pair.
 *
 * @param matrix - The decision matrix, with at least two alternatives.
 * @param options - The methods, weights and directions.
 * @returns Each method's ranks and the pairwise correlation matrices.
 * @throws {@link ScoringError} for a bad matrix, weights or directions, a method's own errors, or
 *   `invalid-option` for fewer than two methods.
 * @see Sałabun, W. and Urbaniak, K. (2020). A new coefficient of rankings similarity in
 *   decision-making problems. ICCS 2020, LNCS 12138, 632-645.
 *
 * @example
 * ```ts
 * const result = compareMethods([[4, 2], [3, 3], [5, 4]], {
 *   methods: ['weighted-sum', 'topsis'],
 *   weights: [1, 1],
 *   directions: ['benefit', 'cost'],
 * });
 * result.methods.map((entry) => entry.ranks);
 * ```
 */
export function compareMethods(
  matrix: MatrixInput,
  options: CompareMethodsOptions,
): MethodAgreement {
  requireOptions(options);
  const given: unknown = options.methods;
  if (!Array.isArray(given) || given.length < 2) {
    throw new ScoringError('invalid-option', 'Comparing methods needs at least two methods.');
  }
  const prepared = prepareMatrix(matrix);
  const methods = options.methods.map((spec) => {
    const result = methodFunction(spec)(prepared, options.weights, options.directions, 'average');
    return {
      method: methodName(spec),
      better: result.better,
      scores: [...result.scores],
      ranks: [...result.ranks],
    };
  });
  const pairwise = (f: (x: readonly number[], y: readonly number[]) => number): number[][] =>
    methods.map((a, i) => methods.map((b, j) => (i === j ? 1 : f(a.ranks, b.ranks))));
  return {
    methods,
    spearman: pairwise(spearman),
    kendall: pairwise(kendallTau),
    ws: pairwise(wsCoefficient),
  };
}
