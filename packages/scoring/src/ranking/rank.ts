import { ScoringError, describeValue } from '../kernel/scoring-error.js';
import { ascendingOrder } from './ascending-order.js';

/**
 * How tied scores share ranks: `average` (1, 2.5, 2.5, 4), `min` (1, 2, 2, 4), `dense`
 * (1, 2, 2, 3) or `ordinal` (1, 2, 3, 4, ties broken by input order). Internal: the public list
 * is core's `RANK_TIE_POLICIES`, which scoring profiles are written with; a test keeps the two
 * equal.
 */
export const TIE_POLICIES: readonly TiePolicy[] = ['average', 'min', 'dense', 'ordinal'];

/**
 * How tied scores share ranks: `average` (1, 2.5, 2.5, 4), `min` (1, 2, 2, 4), `dense`
 * (1, 2, 2, 3) or `ordinal` (1, 2, 3, 4, ties broken by input order).
 *
 * @example
 * ```ts
 * const ties: TiePolicy = 'min';
 * ```
 */
export type TiePolicy = 'average' | 'min' | 'dense' | 'ordinal';

/**
 * Options of {@link rank} and of every method's ranking step.
 *
 * @example
 * ```ts
 * const options: RankOptions = { order: 'descending', ties: 'min', tolerance: 1e-9 };
 * ```
 */
export interface RankOptions {
  /** `descending` gives rank 1 to the highest score, `ascending` to the lowest. Default `descending`. */
  readonly order?: 'ascending' | 'descending';
  /** How tied scores share ranks. Default `average`. */
  readonly ties?: TiePolicy;
  /**
   * Scores `a` and `b` tie when `|a - b| <= tolerance * max(1, |a|, |b|)`, measured from the best
   * score of the tied group. Default `1e-9`, so `0.1 + 0.2` and `0.3` tie; `0` ties exact values only.
   */
  readonly tolerance?: number;
}

/**
 * The default relative tolerance under which two scores tie; see {@link RankOptions.tolerance}.
 *
 * @example
 * ```ts
 * DEFAULT_TIE_TOLERANCE;
 * //=> 1e-9
 * ```
 */
export const DEFAULT_TIE_TOLERANCE = 1e-9;

/**
 * Ranks scores, 1 being the best, with an explicit tie policy and tolerance.
 *
 * @param scores - One finite score per alternative.
 * @param options - Which way is better, the tie policy and the tolerance.
 * @returns One rank per alternative, in input order.
 * @throws {@link ScoringError} `non-finite-value` (with `index`) for `NaN` or an infinite score,
 *   `invalid-option` for an unknown order or tie policy or a negative tolerance.
 *
 * @example
 * ```ts
 * rank([0.3, 0.1 + 0.2, 0.5], { ties: 'min' });
 * //=> [2, 2, 1]
 * ```
 */
export function rank(scores: readonly number[], options: RankOptions = {}): number[] {
  for (let i = 0; i < scores.length; i++) {
    const score: unknown = scores[i];
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      throw new ScoringError('non-finite-value', `Score ${i} is ${String(score)}.`, { index: i });
    }
  }
  return rankValues(scores, options);
}

/** Ranks finite scores; the options are checked here. */
export function rankValues(scores: ArrayLike<number>, options: RankOptions = {}): number[] {
  return rankedOrder(scores, options).ranks;
}

/**
 * Ranks finite scores as {@link rankValues} does, with the order behind the ranks: `order` lists
 * the indices from the best score to the worst, equal scores in index order.
 */
export function rankedOrder(
  scores: ArrayLike<number>,
  options: RankOptions = {},
): { readonly ranks: number[]; readonly order: Uint32Array } {
  const order: unknown = options.order ?? 'descending';
  const ties: unknown = options.ties ?? 'average';
  const tolerance = options.tolerance ?? DEFAULT_TIE_TOLERANCE;
  if (order !== 'ascending' && order !== 'descending') {
    throw new ScoringError(
      'invalid-option',
      `Order ${describeValue(order)} is not ascending or descending.`,
    );
  }
  if (!isTiePolicy(ties)) {
    throw new ScoringError(
      'invalid-option',
      `Tie policy ${describeValue(ties)} is not one of ${TIE_POLICIES.join(', ')}.`,
    );
  }
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new ScoringError('invalid-option', `Tolerance ${tolerance} must be finite and >= 0.`);
  }
  const keys = rankKeys(scores, order);
  const sorted = ascendingOrder(keys);
  return { ranks: ranksOfOrder(keys, sorted, ties, tolerance), order: sorted };
}

/**
 * Keys that sort the best score first (the scores, negated for a descending order), `-0` turned
 * into `0`, which the sort would otherwise place just below it; written into `keys` when given.
 *
 * @throws {@link ScoringError} `non-finite-value` (with `row`) for a score that is not finite.
 */
export function rankKeys(
  scores: ArrayLike<number>,
  order: 'ascending' | 'descending',
  keys: Float64Array = new Float64Array(scores.length),
): Float64Array {
  const m = scores.length;
  const sign = order === 'descending' ? -1 : 1;
  for (let i = 0; i < m; i++) {
    const score = scores[i] ?? 0;
    // Every method ranks through here, so a score that overflowed or came out undefined (values
    // near the limits of floating point) stops here instead of leaving as NaN.
    if (!Number.isFinite(score)) {
      throw new ScoringError(
        'non-finite-value',
        `Score ${i} is ${score}: the values are too large or too small for this method to compute. Rescale the criteria, for example to other units.`,
        { row: i },
      );
    }
    keys[i] = sign * score + 0;
  }
  return keys;
}

/** Whether `key`, at or after a tied group's best key `anchor`, belongs to its group. */
export function tiesWith(anchor: number, key: number, tolerance: number): boolean {
  return key - anchor <= tolerance * Math.max(1, Math.abs(key), Math.abs(anchor));
}

/**
 * The ranks of keys (smaller is better) given their ascending order: a tied group starts at its
 * best key and takes every key within the tolerance of it.
 */
function ranksOfOrder(
  keys: Float64Array,
  sorted: Uint32Array,
  ties: TiePolicy,
  tolerance: number,
): number[] {
  const m = keys.length;
  const ranks = new Array<number>(m).fill(0);
  let start = 0;
  let dense = 0;
  while (start < m) {
    const anchor = keys[sorted[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < m) {
      const key = keys[sorted[end] ?? 0] ?? 0;
      if (!tiesWith(anchor, key, tolerance)) break;
      end++;
    }
    dense++;
    if (ties === 'ordinal') {
      // Equal keys are already in index order; a group of nearly equal ones is put in it here.
      const group =
        end - start === 1 ? sorted.subarray(start, end) : sorted.slice(start, end).sort();
      for (let offset = 0; offset < group.length; offset++) {
        ranks[group[offset] ?? 0] = start + offset + 1;
      }
    } else {
      const value = ties === 'average' ? (start + 1 + end) / 2 : ties === 'min' ? start + 1 : dense;
      for (let k = start; k < end; k++) ranks[sorted[k] ?? 0] = value;
    }
    start = end;
  }
  return ranks;
}

function isTiePolicy(value: unknown): value is TiePolicy {
  return (TIE_POLICIES as readonly unknown[]).includes(value);
}
