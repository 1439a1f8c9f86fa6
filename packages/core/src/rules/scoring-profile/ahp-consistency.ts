import { AHP_RANDOM_INDEX, type RANDOM_INDEX_TABLE_NAMES } from '../../codes/scoring.js';

/**
 * The consistency of a set of AHP judgements, as {@link ahpConsistency} measures it.
 *
 * @example
 * ```ts
 * const consistency: AhpConsistency = ahpConsistency([[1, 2], [0.5, 1]])!;
 * consistency.consistencyRatio;
 * //=> 0
 * ```
 */
export interface AhpConsistency {
  /** The principal eigenvalue `lambda max` of the matrix (`n` for a consistent matrix). */
  readonly lambdaMax: number;
  /** `CI = (lambda max - n) / (n - 1)`; 0 for n <= 2. */
  readonly consistencyIndex: number;
  /** `CR = CI / RI(n)`; 0 for n <= 2. */
  readonly consistencyRatio: number;
  /** `RI(n)` from the table used. */
  readonly randomIndex: number;
}

/**
 * Measures how consistent a pairwise-comparison matrix is, by Saaty's definition: `lambda max` of
 * the principal eigenvector (power iteration until no weight changes by more than 1e-15), the
 * consistency index `CI = (lambda max - n) / (n - 1)` and the ratio `CR = CI / RI(n)`.
 *
 * @param judgements - A square positive reciprocal matrix on Saaty's 1-9 scale.
 * @param table - The random-index table, one of `RANDOM_INDEX_TABLE_NAMES` (default `saaty-1980`);
 *   its values are those of `RANDOM_INDEX_TABLES` in `@itu-aicb/scoring`.
 * @returns The consistency, or `undefined` when the matrix is not square, holds a value that is not
 *   a positive finite number, or the table has no `RI(n)` for its size.
 * @see Saaty, T. L. (1977). A scaling method for priorities in hierarchical structures. Journal of
 *   Mathematical Psychology 15(3), 234-281.
 *
 * @example
 * ```ts
 * Number(ahpConsistency([[1, 6, 8], [1 / 6, 1, 4], [1 / 8, 1 / 4, 1]])?.consistencyRatio.toFixed(3));
 * //=> 0.117
 * ```
 */
export function ahpConsistency(
  judgements: readonly (readonly number[])[],
  table: (typeof RANDOM_INDEX_TABLE_NAMES)[number] = 'saaty-1980',
): AhpConsistency | undefined {
  const n = judgements.length;
  // The tables start at n = 1: an empty matrix has no `RI(n)` either.
  const randomIndex = AHP_RANDOM_INDEX[table][n - 1];
  if (randomIndex === undefined) return undefined;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = judgements[i];
    if (row?.length !== n) return undefined;
    for (let j = 0; j < n; j++) {
      const x = row[j] ?? Number.NaN;
      if (!(x > 0) || !Number.isFinite(x)) return undefined;
      a[i * n + j] = x;
    }
  }
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let lambdaMax = n;
  for (let step = 0; step < 10_000; step++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let x = 0;
      for (let j = 0; j < n; j++) x += (a[i * n + j] ?? 0) * (w[j] ?? 0);
      next[i] = x;
      sum += x;
    }
    // w sums to 1, so the entries of A w sum to lambda max once w is the eigenvector.
    lambdaMax = sum;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const x = (next[i] ?? 0) / sum;
      change = Math.max(change, Math.abs(x - (w[i] ?? 0)));
      next[i] = x;
    }
    [w, next] = [next, w];
    if (change <= 1e-15) break;
  }
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  return {
    lambdaMax,
    consistencyIndex,
    // RI(1) = RI(2) = 0 in every table, and RI(n) > 0 from n = 3 on.
    consistencyRatio: n <= 2 ? 0 : consistencyIndex / randomIndex,
    randomIndex,
  };
}
