import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput } from '../kernel/method-input.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link spotis}.
 *
 * @example
 * ```ts
 * const options: SpotisOptions = {
 *   weights: [1, 1],
 *   directions: ['benefit', 'cost'],
 *   bounds: [[0, 100], [0, 5000]],
 * };
 * ```
 */
export interface SpotisOptions extends MethodOptions {
  /**
   * The `[min, max]` a criterion can take, one pair per criterion, fixed by the problem rather than
   * by the alternatives at hand (which is what makes SPOTIS free of rank reversal). Required.
   */
  readonly bounds: readonly (readonly [number, number])[];
}

/**
 * The result of {@link spotis}: `scores` are weighted normalised distances to the ideal solution
 * point, in [0, 1], lower is better.
 *
 * @example
 * ```ts
 * declare const result: SpotisResult;
 * result.idealPoint;
 * ```
 */
export interface SpotisResult extends MethodResult<'spotis'> {
  /** The ideal solution point: the upper bound of a benefit criterion, the lower of a cost one. */
  readonly idealPoint: number[];
}

/**
 * Ranks alternatives by their weighted normalised distance to the ideal solution point set by
 * fixed bounds (SPOTIS).
 *
 * `score = sum_j w_j |x_j - s*_j| / (max_j - min_j)`, where `s*` is the ideal solution point.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion.
 * @param options - Weights, directions, bounds and tie policy.
 * @returns Distances as scores (lower is better), ranks and the ideal solution point.
 * @throws {@link ScoringError} for a bad matrix, weights or directions; `length-mismatch` for
 *   bounds of the wrong length; `invalid-option` (with `column`) for bounds that are not finite
 *   with `min < max`; `out-of-bounds` (with `row`, `column`) for a value outside its bounds.
 * @see Dezert, J., Tchamova, A., Han, D. and Tacnet, J.-M. (2020). The SPOTIS rank reversal free
 *   method for multi-criteria decision-making support. 23rd International Conference on
 *   Information Fusion (FUSION), IEEE, 1-8.
 *
 * @example
 * ```ts
 * spotis([[10, 20], [50, 60]], {
 *   weights: [0.5, 0.5],
 *   directions: ['benefit', 'cost'],
 *   bounds: [[0, 100], [0, 100]],
 * }).scores;
 * //=> [0.55, 0.55]
 * ```
 */
export function spotis(matrix: MatrixInput, options: SpotisOptions): SpotisResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  const bounds: unknown = options.bounds;
  if (!Array.isArray(bounds) || bounds.length !== n) {
    throw new ScoringError(
      'length-mismatch',
      `Expected ${n} bounds, one [min, max] per criterion; got ${Array.isArray(bounds) ? bounds.length : 'none'}.`,
    );
  }
  const idealPoint = new Array<number>(n);
  const factor = new Float64Array(n);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const half = new Float64Array(n);
  const target = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const pair: unknown = bounds[j];
    const entries: readonly unknown[] = Array.isArray(pair) ? (pair as unknown[]) : [];
    const min = entries[0];
    const max = entries[1];
    if (
      typeof min !== 'number' ||
      typeof max !== 'number' ||
      !Number.isFinite(min) ||
      !Number.isFinite(max) ||
      !(min < max)
    ) {
      throw new ScoringError(
        'invalid-option',
        `The bounds of column ${j} must be two finite numbers [min, max] with min < max.`,
        { column: j },
      );
    }
    lower[j] = min;
    upper[j] = max;
    idealPoint[j] = cost[j] === 1 ? min : max;
    // Bounds such as [-1e308, 1e308] are halved (exactly) so that max - min stays finite.
    const h = Number.isFinite(max - min) ? 1 : 0.5;
    half[j] = h;
    target[j] = (idealPoint[j] ?? 0) * h;
    factor[j] = (weights[j] ?? 0) / (max * h - min * h);
  }
  const scores = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let score = 0;
    for (let j = 0; j < n; j++) {
      const x = values[i * n + j] ?? 0;
      if (x < (lower[j] ?? 0) || x > (upper[j] ?? 0)) {
        throw new ScoringError(
          'out-of-bounds',
          `The value at row ${i}, column ${j} is ${x}, outside the bounds [${lower[j]}, ${upper[j]}].`,
          { row: i, column: j },
        );
      }
      score += (factor[j] ?? 0) * Math.abs(x * (half[j] ?? 1) - (target[j] ?? 0));
    }
    scores[i] = score;
  }
  return {
    method: 'spotis',
    better: 'lower',
    weights: Array.from(weights),
    scores,
    ranks: rankValues(scores, { order: 'ascending', ...tieOptions(options) }),
    idealPoint,
  };
}
