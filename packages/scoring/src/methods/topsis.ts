import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput, perCriterion } from '../kernel/method-input.js';
import type { NormalizationMethod } from '../kernel/normalization.js';
import { normalizeInto } from '../kernel/normalization.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link topsis}.
 *
 * @example
 * ```ts
 * const options: TopsisOptions = { weights: [1, 1], directions: ['cost', 'benefit'], normalization: 'vector' };
 * ```
 */
export interface TopsisOptions extends MethodOptions {
  /**
   * Normalisation, for all criteria or one per criterion, applied without reversing cost criteria
   * (the ideal point takes care of direction). Default `'vector'`, as in Hwang and Yoon (1981).
   */
  readonly normalization?: NormalizationMethod | readonly NormalizationMethod[];
}

/**
 * The result of {@link topsis}: `scores` are the relative closeness `C* = D- / (D+ + D-)` in [0, 1],
 * higher is better; the ideal points are in the weighted normalised space.
 *
 * @example
 * ```ts
 * declare const result: TopsisResult;
 * result.distanceToIdeal[0];
 * ```
 */
export interface TopsisResult extends MethodResult<'topsis'> {
  /** Positive ideal solution: per criterion the best weighted normalised value (max for benefit, min for cost). */
  readonly ideal: number[];
  /** Negative ideal solution: per criterion the worst weighted normalised value. */
  readonly antiIdeal: number[];
  /** Euclidean distance `D+` of each alternative to the ideal. */
  readonly distanceToIdeal: number[];
  /** Euclidean distance `D-` of each alternative to the anti-ideal. */
  readonly distanceToAntiIdeal: number[];
}

/**
 * Ranks alternatives by their relative closeness to the ideal and distance from the anti-ideal
 * solution (TOPSIS).
 *
 * Degenerate case: an alternative with `D+ = D- = 0` gets closeness 0.5. That happens only when
 * every positively weighted criterion is constant (all alternatives identical, or a single
 * alternative), and then every alternative gets 0.5 and they all tie.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion.
 * @param options - Weights, directions, normalisation (default `vector`) and tie policy.
 * @returns Closeness scores (higher is better), ranks, the ideal and anti-ideal points and the
 *   distances to them.
 * @throws {@link ScoringError} for a bad matrix, weights or directions, and for the preconditions
 *   of the chosen normalisation (see `normalize`).
 * @see Hwang, C.-L. and Yoon, K. (1981). Multiple Attribute Decision Making: Methods and
 *   Applications. Springer; Opricovic, S. and Tzeng, G.-H. (2004). Compromise solution by MCDM
 *   methods: A comparative analysis of VIKOR and TOPSIS. EJOR 156(2), 445-455.
 *
 * @example
 * ```ts
 * const result = topsis([[1, 3000], [2, 3750], [5, 4500]], {
 *   weights: [0.5, 0.5],
 *   directions: ['cost', 'benefit'],
 * });
 * result.scores.map((c) => Number(c.toFixed(3)));
 * //=> [0.762, 0.722, 0.238]
 * ```
 */
export function topsis(matrix: MatrixInput, options: TopsisOptions): TopsisResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  const methods = perCriterion(options.normalization ?? 'vector', n, 'normalisation');
  const v = new Float64Array(m * n);
  normalizeInto(values, m, n, methods, undefined, v);
  const ideal = new Array<number>(n);
  const antiIdeal = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const w = weights[j] ?? 0;
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < m; i++) {
      const x = w * (v[i * n + j] ?? 0);
      v[i * n + j] = x;
      if (x > max) max = x;
      if (x < min) min = x;
    }
    ideal[j] = cost[j] === 1 ? min : max;
    antiIdeal[j] = cost[j] === 1 ? max : min;
  }
  const distanceToIdeal = new Array<number>(m);
  const distanceToAntiIdeal = new Array<number>(m);
  const scores = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      const x = v[i * n + j] ?? 0;
      const a = x - (ideal[j] ?? 0);
      const b = x - (antiIdeal[j] ?? 0);
      plus += a * a;
      minus += b * b;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    distanceToIdeal[i] = dPlus;
    distanceToAntiIdeal[i] = dMinus;
    const total = dPlus + dMinus;
    scores[i] = total > 0 ? dMinus / total : 0.5;
  }
  return {
    method: 'topsis',
    better: 'higher',
    weights: Array.from(weights),
    scores,
    ranks: rankValues(scores, { order: 'descending', ...tieOptions(options) }),
    ideal,
    antiIdeal,
    distanceToIdeal,
    distanceToAntiIdeal,
  };
}
