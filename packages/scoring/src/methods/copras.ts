import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput } from '../kernel/method-input.js';
import { scaledColumnSum } from '../kernel/power-of-two-scale.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link copras}.
 *
 * @example
 * ```ts
 * const options: CoprasOptions = { weights: [0.6, 0.4], directions: ['benefit', 'cost'] };
 * ```
 */
export type CoprasOptions = MethodOptions;

/**
 * The result of {@link copras}: `scores` are the relative significances `Q`, higher is better.
 *
 * @example
 * ```ts
 * declare const result: CoprasResult;
 * result.utilityDegree[0];
 * ```
 */
export interface CoprasResult extends MethodResult<'copras'> {
  /** `S+`: sum of the weighted sum-normalised values on benefit criteria. */
  readonly benefitSum: number[];
  /** `S-`: sum of the weighted sum-normalised values on cost criteria (all 0 without any). */
  readonly costSum: number[];
  /** Relative significance `Q`, the same as `scores`. */
  readonly significance: number[];
  /** Utility degree `N = 100 Q / max Q`, in percent; the best alternative has 100. */
  readonly utilityDegree: number[];
}

/**
 * Ranks alternatives by COPRAS relative significance, where benefits add and a higher cost
 * lowers the score.
 *
 * Each value is weighted and divided by its column's sum, `d = w x / sum x`; then
 * `Q = S+ + sum(S-) / (S- * sum(1 / S-))`, the classic formula of Zavadskas and Kaklauskas
 * (equal to `S+ + (min S- * sum S-) / (S- * sum(min S- / S-))`, the form used when some `S-` is
 * too close to 0 for `1 / S-`). Without cost criteria of positive weight, `Q = S+`.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion; values
 *   must be non-negative, and every column must have a positive sum.
 * @param options - Weights, directions and tie policy.
 * @returns `Q` as scores (higher is better), ranks, `S+`, `S-` and the utility degree.
 * @throws {@link ScoringError} for a bad matrix, weights or directions; `negative-value` (with
 *   `row`, `column`); `zero-value` with `column` for a column summing to 0, or with `row` for an
 *   alternative whose `S-` is 0 while there are cost criteria of positive weight.
 * @see Zavadskas, E. K. and Kaklauskas, A. (1996). Determination of an efficient contractor by
 *   using the new method of multicriteria assessment. In: Building Economics, CIB W55, 94-104;
 *   Zavadskas, E. K., Kaklauskas, A., Peldschus, F. and Turskis, Z. (2007). Multi-attribute
 *   assessment of road design solutions by using the COPRAS method. The Baltic Journal of Road
 *   and Bridge Engineering 2(4), 195-203.
 *
 * @example
 * ```ts
 * copras([[2, 1], [1, 1]], { weights: [0.5, 0.5], directions: ['benefit', 'cost'] }).ranks;
 * //=> [1, 2]
 * ```
 */
export function copras(matrix: MatrixInput, options: CoprasOptions): CoprasResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  const scale = new Float64Array(n);
  const shrink = new Float64Array(n);
  let hasCost = false;
  // Each column's sum, and whether it has a negative value, in one sweep over the rows.
  const sums = new Float64Array(n);
  let negative = false;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = values[i * n + j] ?? 0;
      if (x < 0) negative = true;
      sums[j] = (sums[j] ?? 0) + x;
    }
  }
  for (let j = 0; j < n; j++) {
    if (negative) requireNonNegativeColumn(values, m, n, j);
    let sum = sums[j] ?? 0;
    let factor = 1;
    // A sum past the largest double is taken again on values scaled by a power of two.
    if (sum === Infinity) ({ sum, scale: factor } = scaledColumnSum(values, m, n, j));
    shrink[j] = factor;
    if (sum === 0) {
      throw new ScoringError(
        'zero-value',
        `Column ${j} sums to 0; COPRAS divides each value by its column's sum.`,
        { column: j },
      );
    }
    scale[j] = (weights[j] ?? 0) / sum;
    // A cost criterion of weight 0 adds nothing to S-: without any other, Q = S+, the limit of
    // the formula as the cost weights go to 0.
    if (cost[j] === 1 && (weights[j] ?? 0) > 0) hasCost = true;
  }
  const benefitSum = new Array<number>(m);
  const costSum = new Array<number>(m);
  let costTotal = 0;
  let inverseTotal = 0;
  for (let i = 0; i < m; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      const d = (scale[j] ?? 0) * ((values[i * n + j] ?? 0) * (shrink[j] ?? 1));
      if (cost[j] === 1) minus += d;
      else plus += d;
    }
    if (hasCost && minus === 0) {
      throw new ScoringError(
        'zero-value',
        `Alternative ${i} has S- = 0 (no cost on any weighted cost criterion); COPRAS divides by S-.`,
        { row: i },
      );
    }
    benefitSum[i] = plus;
    costSum[i] = minus;
    costTotal += minus;
    if (hasCost) inverseTotal += 1 / minus;
  }
  // An S- near 0 (1 / 1e-309 overflows) is measured against the smallest S- instead, the other
  // form of the formula: sum(S-) / ((S- / min S-) * sum(min S- / S-)), every term of the sum <= 1.
  let smallest = 1;
  if (inverseTotal === Infinity) {
    smallest = Infinity;
    for (const minus of costSum) smallest = Math.min(smallest, minus);
    inverseTotal = 0;
    for (const minus of costSum) inverseTotal += smallest / minus;
  }
  const significance = new Array<number>(m);
  let best = -Infinity;
  for (let i = 0; i < m; i++) {
    const q = hasCost
      ? (benefitSum[i] ?? 0) + costTotal / (((costSum[i] ?? 1) / smallest) * inverseTotal)
      : (benefitSum[i] ?? 0);
    significance[i] = q;
    if (q > best) best = q;
  }
  // best > 0: every column has a positive sum and a positive weight somewhere.
  const utilityDegree = significance.map((q) => (100 * q) / best);
  return {
    method: 'copras',
    better: 'higher',
    weights: Array.from(weights),
    scores: significance,
    ranks: rankValues(significance, { order: 'descending', ...tieOptions(options) }),
    benefitSum,
    costSum,
    significance: significance.slice(),
    utilityDegree,
  };
}

/** Throws for the first negative value of column `j`. */
function requireNonNegativeColumn(values: Float64Array, m: number, n: number, j: number): void {
  for (let i = 0; i < m; i++) {
    const x = values[i * n + j] ?? 0;
    if (x < 0) {
      throw new ScoringError(
        'negative-value',
        `The value at row ${i}, column ${j} is ${x}; COPRAS needs non-negative values.`,
        { row: i, column: j },
      );
    }
  }
}
