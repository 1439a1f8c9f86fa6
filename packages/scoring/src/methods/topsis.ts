import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { weightVector } from '../kernel/criterion-weights.js';
import { columnExtremes } from '../kernel/column-extremes.js';
import type { DecisionMatrix, MatrixInput } from '../kernel/decision-matrix.js';
import { directionVector, methodInput, perCriterion } from '../kernel/method-input.js';
import type { NormalizationMethod } from '../kernel/normalization.js';
import { normalizeInto, vectorNorms } from '../kernel/normalization.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';
import type { WeightSweep } from './weight-sweep.js';

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
  const basis = topsisBasis(values, m, n, methods, cost, false);
  const ideal = new Array<number>(n);
  const antiIdeal = new Array<number>(n);
  idealPoints(basis, weights, ideal, antiIdeal);
  const distanceToIdeal = new Array<number>(m);
  const distanceToAntiIdeal = new Array<number>(m);
  const scores = new Array<number>(m);
  closeness(basis, weights, ideal, antiIdeal, scores, distanceToIdeal, distanceToAntiIdeal);
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

/**
 * TOPSIS closeness as a function of the weights, normalising the matrix once: the scores of
 * {@link topsis} on the same matrix, directions and normalisation.
 */
export function topsisSweep(
  matrix: DecisionMatrix,
  directions: readonly CriterionDirection[],
  normalization: NormalizationMethod | readonly NormalizationMethod[],
): WeightSweep {
  const { alternatives: m, criteria: n, values } = matrix;
  const cost = directionVector(directions, n);
  const methods = perCriterion(normalization, n, 'normalisation');
  const basis = topsisBasis(values, m, n, methods, cost, true);
  const ideal = new Array<number>(n).fill(0);
  const antiIdeal = new Array<number>(n).fill(0);
  const scores = new Array<number>(m).fill(0);
  return {
    better: 'higher',
    scores: (weights) => {
      const w = weightVector(weights, n);
      idealPoints(basis, w, ideal, antiIdeal);
      closeness(basis, w, ideal, antiIdeal, scores, undefined, undefined);
      return scores;
    },
  };
}

/**
 * The normalised matrix, `r_ij = source_ij / divisor_j`, each column's highest and lowest `r` and
 * its `r` in the first row. With vector normalisation of finite, non-zero norms the division is
 * left to the closeness pass, so the matrix is read in place and never copied; otherwise (or when
 * the basis serves many weight vectors) `source` is the normalised matrix itself.
 */
interface TopsisBasis {
  readonly m: number;
  readonly n: number;
  readonly cost: Uint8Array;
  readonly source: Float64Array;
  /** Whether `source` is `r` itself (divisor 1). */
  readonly direct: boolean;
  readonly divisor: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly first: Float64Array;
}

function topsisBasis(
  values: Float64Array,
  m: number,
  n: number,
  methods: readonly NormalizationMethod[],
  cost: Uint8Array,
  materialize: boolean,
): TopsisBasis {
  const divisor = new Float64Array(n).fill(1);
  let source = values;
  let direct = true;
  const norms =
    !materialize && methods.every((method) => method === 'vector')
      ? vectorNorms(values, m, n)
      : undefined;
  // A column of zeros (which normalises to 1) or a norm past the largest double takes the copy.
  if (norms?.norm.every((norm) => norm > 0 && norm !== Infinity) === true) {
    direct = false;
    divisor.set(norms.norm);
  } else {
    source = new Float64Array(m * n);
    normalizeInto(values, m, n, methods, undefined, source);
  }
  // r grows with the value, so each column's extremes of r are those of its values.
  const { high, low } = columnExtremes(source, m, n);
  const first = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    high[j] = (high[j] ?? 0) / (divisor[j] ?? 1);
    low[j] = (low[j] ?? 0) / (divisor[j] ?? 1);
    first[j] = (source[j] ?? 0) / (divisor[j] ?? 1);
  }
  return { m, n, cost, source, direct, divisor, high, low, first };
}

/**
 * The ideal and anti-ideal points under weights: `w_j max r_j` is the largest `w_j r_ij`, as
 * multiplying by a positive weight keeps the order of the rounded products. A weight of 0 makes
 * every product a zero, and the first row's (0 or -0) is the one a scan keeps.
 */
function idealPoints(
  basis: TopsisBasis,
  weights: Float64Array,
  ideal: number[],
  antiIdeal: number[],
): void {
  for (let j = 0; j < basis.n; j++) {
    const w = weights[j] ?? 0;
    const max = w * ((w === 0 ? basis.first[j] : basis.high[j]) ?? 0);
    const min = w * ((w === 0 ? basis.first[j] : basis.low[j]) ?? 0);
    ideal[j] = basis.cost[j] === 1 ? min : max;
    antiIdeal[j] = basis.cost[j] === 1 ? max : min;
  }
}

/** Closeness (and, when asked, the distances) of every alternative, in one row-major pass. */
function closeness(
  basis: TopsisBasis,
  weights: Float64Array,
  ideal: readonly number[],
  antiIdeal: readonly number[],
  scores: number[],
  distanceToIdeal: number[] | undefined,
  distanceToAntiIdeal: number[] | undefined,
): void {
  const { m, n, source, direct, divisor } = basis;
  for (let i = 0; i < m; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      const value = source[i * n + j] ?? 0;
      const r = direct ? value : value / (divisor[j] ?? 1);
      const x = (weights[j] ?? 0) * r;
      const a = x - (ideal[j] ?? 0);
      const b = x - (antiIdeal[j] ?? 0);
      plus += a * a;
      minus += b * b;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    if (distanceToIdeal !== undefined) distanceToIdeal[i] = dPlus;
    if (distanceToAntiIdeal !== undefined) distanceToAntiIdeal[i] = dMinus;
    const total = dPlus + dMinus;
    scores[i] = total > 0 ? dMinus / total : 0.5;
  }
}
