import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput } from '../kernel/method-input.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link weightedProduct}.
 *
 * @example
 * ```ts
 * const options: WeightedProductOptions = { weights: [1, 1], directions: ['benefit', 'cost'] };
 * ```
 */
export type WeightedProductOptions = MethodOptions;

/**
 * The result of {@link weightedProduct}: `scores` in (0, 1], higher is better.
 *
 * @example
 * ```ts
 * declare const result: WeightedProductResult;
 * result.scores[0];
 * ```
 */
export type WeightedProductResult = MethodResult<'weighted-product'>;

/**
 * Scores each alternative by the product of its max-normalised values raised to the weights.
 *
 * Each value becomes `x / max` on a benefit criterion and `min / x` on a cost criterion, so the
 * best alternative on every criterion scores 1. Ranks do not depend on this scaling: the weighted
 * product is invariant to multiplying a criterion by a positive constant. The product is taken as
 * `exp(sum w ln r)`, so many criteria do not underflow.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion.
 * @param options - Weights, directions and tie policy.
 * @returns Scores (higher is better) and ranks.
 * @throws {@link ScoringError} for a bad matrix, weights or directions; `negative-value` or
 *   `zero-value` (with `row` and `column`) because the method needs strictly positive values.
 * @see Bridgman, P. W. (1922). Dimensional Analysis. Yale University Press; Triantaphyllou, E.
 *   (2000). Multi-Criteria Decision Making Methods: A Comparative Study. Kluwer, ch. 2.
 *
 * @example
 * ```ts
 * weightedProduct([[1, 4], [4, 1]], { weights: [1, 1], directions: ['benefit', 'benefit'] }).scores;
 * //=> [0.5, 0.5]
 * ```
 */
export function weightedProduct(
  matrix: MatrixInput,
  options: WeightedProductOptions,
): WeightedProductResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  const reference = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let best = cost[j] === 1 ? Infinity : 0;
    for (let i = 0; i < m; i++) {
      const x = values[i * n + j] ?? 0;
      if (!(x > 0)) {
        throw new ScoringError(
          x < 0 ? 'negative-value' : 'zero-value',
          `The value at row ${i}, column ${j} is ${x}; the weighted product needs positive values.`,
          { row: i, column: j },
        );
      }
      best = cost[j] === 1 ? Math.min(best, x) : Math.max(best, x);
    }
    reference[j] = Math.log(best);
  }
  const scores = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let logScore = 0;
    for (let j = 0; j < n; j++) {
      const logRatio = Math.log(values[i * n + j] ?? 1) - (reference[j] ?? 0);
      logScore += (weights[j] ?? 0) * (cost[j] === 1 ? -logRatio : logRatio);
    }
    scores[i] = Math.exp(logScore);
  }
  return {
    method: 'weighted-product',
    better: 'higher',
    weights: Array.from(weights),
    scores,
    ranks: rankValues(scores, { order: 'descending', ...tieOptions(options) }),
  };
}
