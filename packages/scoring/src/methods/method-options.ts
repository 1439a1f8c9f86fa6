import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { TiePolicy } from '../ranking/rank.js';

/**
 * The options every method takes: weights, directions and how ranks treat ties.
 *
 * @example
 * ```ts
 * const options: MethodOptions = { weights: [3, 1], directions: ['benefit', 'cost'], ties: 'min' };
 * ```
 */
export interface MethodOptions {
  /**
   * One non-negative weight per criterion; scaled silently to sum 1 (see `normalizeWeights`), so
   * `[3, 1]` and `[0.75, 0.25]` give the same result.
   */
  readonly weights: readonly number[];
  /** One direction per criterion: `benefit` (more is better) or `cost` (less is better). */
  readonly directions: readonly CriterionDirection[];
  /** How tied scores share ranks. Default `average`. */
  readonly ties?: TiePolicy;
  /**
   * Relative tolerance under which two scores tie (see `RankOptions.tolerance`). Default `1e-9`.
   */
  readonly tolerance?: number;
}

/**
 * What every method returns: one score and one rank per alternative, in input order.
 *
 * @example
 * ```ts
 * const result: MethodResult<'weighted-sum'> = {
 *   method: 'weighted-sum',
 *   better: 'higher',
 *   weights: [0.5, 0.5],
 *   scores: [0.75, 0.25],
 *   ranks: [1, 2],
 * };
 * ```
 */
export interface MethodResult<Method extends string> {
  /** Which method produced the result. */
  readonly method: Method;
  /** Whether a higher or a lower score is better for this method. */
  readonly better: 'higher' | 'lower';
  /** The weights used, after scaling to sum 1. */
  readonly weights: number[];
  /** One score per alternative; every score is finite. */
  readonly scores: number[];
  /** One rank per alternative, 1 being the best, under the chosen tie policy. */
  readonly ranks: number[];
}

/** The tie options of a method's options, without undefined keys. */
export function tieOptions(options: MethodOptions): {
  ties?: TiePolicy;
  tolerance?: number;
} {
  return {
    ...(options.ties === undefined ? {} : { ties: options.ties }),
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
  };
}
