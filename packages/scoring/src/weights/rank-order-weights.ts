import { ScoringError, describeValue } from '../kernel/scoring-error.js';

/**
 * Formulas that turn an importance order of criteria into weights, for planners who can only rank
 * the criteria; see {@link rankOrderWeights}. Internal: the public list is core's
 * `RANK_ORDER_SCHEMES`, which scoring profiles are written with; a test keeps the two equal.
 */
export const RANK_ORDER_METHODS: readonly RankOrderMethod[] = [
  'centroid',
  'sum',
  'reciprocal',
  'equal',
];

/**
 * A formula that turns ranks into weights; see {@link rankOrderWeights}.
 *
 * @example
 * ```ts
 * const method: RankOrderMethod = 'centroid';
 * ```
 */
export type RankOrderMethod = 'centroid' | 'sum' | 'reciprocal' | 'equal';

/**
 * Turns an importance ranking of criteria (1 = most important) into weights.
 *
 * For the criterion at position `k` of `n`:
 * - `centroid` (rank-order centroid, ROC): `(1/n) sum_{i=k..n} 1/i`;
 * - `sum` (rank sum): `2 (n + 1 - k) / (n (n + 1))`;
 * - `reciprocal` (rank reciprocal): `(1/k) / sum_i 1/i`;
 * - `equal`: `1/n`.
 *
 * Tied criteria (the same rank) share the mean of the weights of the positions they occupy, so
 * ranks `[1, 1, 3]` give the first two the same weight. Ranks need not be consecutive; only their
 * order counts.
 *
 * @param ranks - One rank per criterion, 1 = most important; any finite numbers, lower = more important.
 * @param options - The formula; default `centroid`.
 * @returns One weight per criterion, summing to 1, in input order.
 * @throws {@link ScoringError} `empty-matrix` for no ranks, `non-finite-value` (with `index`),
 *   `invalid-option` for an unknown formula.
 * @see Barron, F. H. and Barrett, B. E. (1996). Decision quality using ranked attribute weights.
 *   Management Science 42(11), 1515-1523; Stillwell, W. G., Seaver, D. A. and Edwards, W. (1981).
 *   A comparison of weight approximation techniques in multiattribute utility decision making.
 *   Organizational Behavior and Human Performance 28(1), 62-77.
 *
 * @example
 * ```ts
 * rankOrderWeights([1, 2, 3]).map((w) => Number(w.toFixed(4)));
 * //=> [0.6111, 0.2778, 0.1111]
 * ```
 */
export function rankOrderWeights(
  ranks: readonly number[],
  options: { readonly method?: RankOrderMethod } = {},
): number[] {
  const given: unknown = ranks;
  if (!Array.isArray(given)) {
    throw new ScoringError(
      'invalid-option',
      `The ranks must be a list, one rank per criterion; got ${describeValue(given)}.`,
    );
  }
  const requested: unknown = (options as { method?: unknown } | null)?.method ?? 'centroid';
  if (!(RANK_ORDER_METHODS as readonly unknown[]).includes(requested)) {
    throw new ScoringError(
      'invalid-option',
      `Rank-order method ${describeValue(requested)} is not one of ${RANK_ORDER_METHODS.join(', ')}.`,
    );
  }
  const method = requested as RankOrderMethod;
  const n = ranks.length;
  if (n === 0) throw new ScoringError('empty-matrix', 'There are no criteria to weight.');
  ranks.forEach((r, index) => {
    if (typeof r !== 'number' || !Number.isFinite(r)) {
      throw new ScoringError('non-finite-value', `Rank ${index} is ${String(r)}.`, { index });
    }
  });
  const positional = new Array<number>(n);
  let harmonic = 0;
  for (let k = 1; k <= n; k++) harmonic += 1 / k;
  let tail = 0;
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    positional[k - 1] =
      method === 'centroid'
        ? tail / n
        : method === 'sum'
          ? (2 * (n + 1 - k)) / (n * (n + 1))
          : method === 'reciprocal'
            ? 1 / k / harmonic
            : 1 / n;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b,
  );
  const weights = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && ranks[order[end] ?? 0] === ranks[order[start] ?? 0]) end++;
    let share = 0;
    for (let k = start; k < end; k++) share += positional[k] ?? 0;
    share /= end - start;
    for (let k = start; k < end; k++) weights[order[k] ?? 0] = share;
    start = end;
  }
  return weights;
}
