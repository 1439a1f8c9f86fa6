import { powerOfTwoScale } from '../kernel/power-of-two-scale.js';
import { ScoringError } from '../kernel/scoring-error.js';

/**
 * Published tables of Saaty's random consistency index `RI(n)`, by name; entry `n - 1` is `RI(n)`.
 *
 * - `saaty-1980`: Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill; n = 1..10:
 *   0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49.
 * - `alonso-lamata-2006`: Alonso, J. A. and Lamata, M. T. (2006). Consistency in the analytic
 *   hierarchy process: a new approach. International Journal of Uncertainty, Fuzziness and
 *   Knowledge-Based Systems 14(4), 445-459; n = 1..15, from 100,000 random matrices per n.
 *
 * The tables differ in the second decimal, so a consistency ratio must say which one it used.
 *
 * @example
 * ```ts
 * RANDOM_INDEX_TABLES['saaty-1980'][2];
 * //=> 0.58
 * ```
 */
export const RANDOM_INDEX_TABLES = {
  'saaty-1980': [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
  'alonso-lamata-2006': [
    0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551,
    1.5713, 1.5838,
  ],
} as const satisfies Record<string, readonly number[]>;

/**
 * The name of a published random-index table in {@link RANDOM_INDEX_TABLES}.
 *
 * @example
 * ```ts
 * const table: RandomIndexTable = 'alonso-lamata-2006';
 * ```
 */
export type RandomIndexTable = keyof typeof RANDOM_INDEX_TABLES;

/**
 * Options of {@link ahpWeights}.
 *
 * @example
 * ```ts
 * const options: AhpOptions = { randomIndex: 'alonso-lamata-2006' };
 * ```
 */
export interface AhpOptions {
  /**
   * The random-index table for the consistency ratio, by name, or your own list (entry `n - 1` is
   * `RI(n)`). Default `'saaty-1980'`.
   */
  readonly randomIndex?: RandomIndexTable | readonly number[];
  /**
   * Relative tolerance for reciprocity, `|a_ij * a_ji - 1| <= tolerance`, so judgements typed as
   * `0.333` for 1/3 pass. Default `0.01`.
   */
  readonly reciprocityTolerance?: number;
}

/**
 * The result of {@link ahpWeights}.
 *
 * @example
 * ```ts
 * declare const result: AhpResult;
 * result.consistencyRatio < 0.1;
 * ```
 */
export interface AhpResult {
  /** The principal right eigenvector, scaled to sum 1: one weight per compared element. */
  readonly weights: number[];
  /** The principal eigenvalue `lambda max` (`>= n`; `= n` for a consistent matrix). */
  readonly lambdaMax: number;
  /** `CI = (lambda max - n) / (n - 1)`; 0 for n <= 2. */
  readonly consistencyIndex: number;
  /** `CR = CI / RI(n)`; 0 for n <= 2. Saaty's rule of thumb accepts `CR <= 0.1`. */
  readonly consistencyRatio: number;
  /** The random index used, with the table's name (or `'custom'`). */
  readonly randomIndex: { readonly table: RandomIndexTable | 'custom'; readonly value: number };
}

/**
 * Derives priorities from a pairwise-comparison matrix by its principal eigenvector and measures
 * its consistency (AHP).
 *
 * The eigenvector comes from power iteration (the matrix is positive, so it converges to the
 * Perron vector) until no component changes by more than 1e-15, at most 10,000 steps.
 *
 * @param pairwise - A square positive reciprocal matrix: `a_ij` says how many times element `i`
 *   matters more than `j` (Saaty's 1-9 scale), `a_ji = 1 / a_ij`, `a_ii = 1`.
 * @param options - The random-index table (default Saaty 1980) and the reciprocity tolerance.
 * @returns Weights, `lambda max`, consistency index and ratio, and the random index used.
 * @throws {@link ScoringError} `empty-matrix`, `not-square` (with `row`), `non-finite-value` or
 *   `zero-value`/`negative-value` (with `row`, `column`), `not-reciprocal` (with `row`, `column`)
 *   when `a_ij * a_ji` or `a_ii` is not 1 within the tolerance, `random-index-unavailable` when the
 *   table has no entry for `n`, `invalid-option` for a bad tolerance or an unknown table.
 * @see Saaty, T. L. (1977). A scaling method for priorities in hierarchical structures. Journal of
 *   Mathematical Psychology 15(3), 234-281; Saaty, T. L. (1990). How to make a decision: The
 *   analytic hierarchy process. EJOR 48(1), 9-26.
 *
 * @example
 * ```ts
 * const result = ahpWeights([[1, 6, 8], [1 / 6, 1, 4], [1 / 8, 1 / 4, 1]]);
 * [result.weights.map((w) => Number(w.toFixed(3))), Number(result.consistencyRatio.toFixed(3))];
 * //=> [[0.754, 0.181, 0.065], 0.117]
 * ```
 */
export function ahpWeights(
  pairwise: readonly (readonly number[])[],
  options: AhpOptions = {},
): AhpResult {
  const tolerance = options.reciprocityTolerance ?? 0.01;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new ScoringError(
      'invalid-option',
      `The reciprocity tolerance ${tolerance} must be finite and >= 0.`,
    );
  }
  const a = checkPairwise(pairwise, tolerance, undefined);
  const n = Math.round(Math.sqrt(a.length));
  const { table, value: ri } = randomIndexFor(options.randomIndex ?? 'saaty-1980', n);

  // Judgements near 1e308 would make A w overflow: then A is scaled by a power of two (exact), which
  // changes neither the eigenvector nor, once scaled back, lambda max.
  let largest = 0;
  for (const x of a) largest = Math.max(largest, x);
  const scale = Number.isFinite(n * largest) ? 1 : powerOfTwoScale(largest) * powerOfTwoScale(n);
  if (scale !== 1) for (let k = 0; k < a.length; k++) a[k] = (a[k] ?? 0) * scale;
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
    // w sums to 1, so the sum of A w is lambda times 1 at convergence.
    lambdaMax = sum / scale;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const x = (next[i] ?? 0) / sum;
      change = Math.max(change, Math.abs(x - (w[i] ?? 0)));
      next[i] = x;
    }
    [w, next] = [next, w];
    if (change <= 1e-15) break;
  }
  if (!Number.isFinite(lambdaMax)) {
    throw new ScoringError(
      'non-finite-value',
      `The principal eigenvalue of this matrix is ${lambdaMax}, beyond the range of floating point; the judgements are too large.`,
    );
  }
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  return {
    weights: Array.from(w),
    lambdaMax,
    consistencyIndex: ci,
    consistencyRatio: n <= 2 || ri === 0 ? 0 : ci / ri,
    randomIndex: { table, value: ri },
  };
}

function randomIndexFor(
  option: RandomIndexTable | readonly number[],
  n: number,
): { table: RandomIndexTable | 'custom'; value: number } {
  if (typeof option === 'string') {
    if (!Object.hasOwn(RANDOM_INDEX_TABLES, option)) {
      throw new ScoringError(
        'invalid-option',
        `Random-index table ${JSON.stringify(option)} is not one of ${Object.keys(RANDOM_INDEX_TABLES).join(', ')}.`,
      );
    }
    const values: readonly number[] = RANDOM_INDEX_TABLES[option];
    const value = values[n - 1];
    if (value === undefined) {
      throw new ScoringError(
        'random-index-unavailable',
        `The ${option} table gives RI for n = 1..${values.length}; this matrix has n = ${n}. Pass your own table.`,
      );
    }
    return { table: option, value };
  }
  const value = option[n - 1];
  if (n <= 2) return { table: 'custom', value: value ?? 0 };
  if (value === undefined || !Number.isFinite(value) || value <= 0) {
    throw new ScoringError(
      'random-index-unavailable',
      `The custom random-index table has no positive entry for n = ${n}.`,
    );
  }
  return { table: 'custom', value };
}

/** Validates a pairwise-comparison matrix and packs it row by row. */
export function checkPairwise(
  pairwise: readonly (readonly number[])[],
  tolerance: number,
  index: number | undefined,
): Float64Array {
  const where = index === undefined ? {} : { index };
  const rows: unknown = pairwise;
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new ScoringError('empty-matrix', 'The pairwise-comparison matrix is empty.', where);
  }
  const n = rows.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== n) {
      throw new ScoringError(
        'not-square',
        `Row ${i} of the pairwise-comparison matrix has ${Array.isArray(row) ? row.length : 'no'} values; it needs ${n}.`,
        { ...where, row: i },
      );
    }
    for (let j = 0; j < n; j++) {
      const x: unknown = row[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        throw new ScoringError('non-finite-value', `Judgement (${i}, ${j}) is ${String(x)}.`, {
          ...where,
          row: i,
          column: j,
        });
      }
      if (x <= 0) {
        throw new ScoringError(
          x < 0 ? 'negative-value' : 'zero-value',
          `Judgement (${i}, ${j}) is ${x}; judgements must be positive.`,
          { ...where, row: i, column: j },
        );
      }
      a[i * n + j] = x;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const product = (a[i * n + j] ?? 0) * (a[j * n + i] ?? 0);
      if (Math.abs(product - 1) > tolerance) {
        throw new ScoringError(
          'not-reciprocal',
          i === j
            ? `Judgement (${i}, ${i}) is ${a[i * n + i]}; the diagonal must be 1.`
            : `Judgements (${i}, ${j}) = ${a[i * n + j]} and (${j}, ${i}) = ${a[j * n + i]} are not reciprocal.`,
          { ...where, row: i, column: j },
        );
      }
    }
  }
  return a;
}
