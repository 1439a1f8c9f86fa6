import { columnExtremes } from '../kernel/column-extremes.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput, requireAlternatives } from '../kernel/method-input.js';
import { ScoringError, describeValue } from '../kernel/scoring-error.js';
import { DEFAULT_TIE_TOLERANCE, rankValues, rankedOrder } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link vikor}.
 *
 * @example
 * ```ts
 * const options: VikorOptions = { weights: [1, 1], directions: ['cost', 'benefit'], v: 0.5 };
 * ```
 */
export interface VikorOptions extends MethodOptions {
  /**
   * Weight of the strategy of "the majority of criteria" (group utility `S`) against the
   * individual regret `R`, in [0, 1]. Default `0.5` ("by consensus").
   */
  readonly v?: number;
  /**
   * What to do with a criterion on which every alternative has the same value, where the
   * normalisation `(f* - f) / (f* - f-)` divides by zero: `'throw'` a `constant-criterion` error, or
   * `'ignore'` it (it adds 0 to every `S` and `R`, as it distinguishes no alternative). Default
   * `'throw'`.
   */
  readonly constantCriteria?: 'throw' | 'ignore';
}

/**
 * The compromise solution of {@link vikor} and the two conditions behind it.
 *
 * @example
 * ```ts
 * const compromise: VikorCompromise = {
 *   alternatives: [1],
 *   acceptableAdvantage: true,
 *   acceptableStability: true,
 *   threshold: 0.5,
 * };
 * ```
 */
export interface VikorCompromise {
  /**
   * The compromise solution, best `Q` first: the single best alternative when both conditions hold;
   * the two best when only C2 fails; every alternative whose `Q` is within `threshold` of the best
   * when C1 fails.
   */
  readonly alternatives: number[];
  /** C1 "acceptable advantage": `Q(A2) - Q(A1) >= DQ`. */
  readonly acceptableAdvantage: boolean;
  /** C2 "acceptable stability": the best by `Q` is also best by `S` or by `R`. */
  readonly acceptableStability: boolean;
  /** `DQ = 1 / (m - 1)`. */
  readonly threshold: number;
}

/**
 * The result of {@link vikor}: `scores` are the `Q` values in [0, 1], lower is better.
 *
 * @example
 * ```ts
 * declare const result: VikorResult;
 * result.compromise.alternatives;
 * ```
 */
export interface VikorResult extends MethodResult<'vikor'> {
  /** The `v` used. */
  readonly v: number;
  /** Best value `f*` per criterion (max for benefit, min for cost), in the input's units. */
  readonly best: number[];
  /** Worst value `f-` per criterion, in the input's units. */
  readonly worst: number[];
  /** Group utility `S` (weighted Manhattan distance to `f*`), lower is better. */
  readonly s: number[];
  /** Individual regret `R` (weighted Chebyshev distance to `f*`), lower is better. */
  readonly r: number[];
  /** `Q`, the same as `scores`. */
  readonly q: number[];
  /** Ranks by `S`, 1 = lowest `S`. */
  readonly ranksByS: number[];
  /** Ranks by `R`, 1 = lowest `R`. */
  readonly ranksByR: number[];
  /** The proposed compromise solution. */
  readonly compromise: VikorCompromise;
}

/**
 * Ranks alternatives by VIKOR's compromise measure `Q`, balancing group utility `S` against
 * individual regret `R`, and proposes a compromise solution.
 *
 * `Q = v (S - S*) / (S- - S*) + (1 - v) (R - R*) / (R- - R*)`. When every alternative has the same
 * `S` (or `R`), that term is 0 for all of them, so `Q` never is `NaN`.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion; at least
 *   two alternatives.
 * @param options - Weights, directions, `v` (default 0.5), the constant-criterion policy (default
 *   `throw`) and tie policy; ranks use the same tolerance as the compromise conditions.
 * @returns `Q` as scores (lower is better), ranks, `S`, `R`, `f*`, `f-` and the compromise solution.
 * @throws {@link ScoringError} for a bad matrix, weights or directions; `too-few-alternatives` for
 *   a single alternative; `invalid-option` for `v` outside [0, 1]; `constant-criterion` (with
 *   `column`) for a constant criterion unless `constantCriteria: 'ignore'`.
 * @see Opricovic, S. and Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A comparative
 *   analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2), 445-455.
 *
 * @example
 * ```ts
 * const result = vikor([[1, 3000], [2, 3750], [5, 4500]], {
 *   weights: [0.5, 0.5],
 *   directions: ['cost', 'benefit'],
 * });
 * [result.q, result.compromise.alternatives];
 * //=> [[1, 0, 1], [1]]
 * ```
 */
export function vikor(matrix: MatrixInput, options: VikorOptions): VikorResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  requireAlternatives(m, 2, 'VIKOR');
  const v = options.v ?? 0.5;
  if (!(v >= 0 && v <= 1)) {
    throw new ScoringError('invalid-option', `v is ${v}; it must lie in [0, 1].`);
  }
  const policy: unknown = options.constantCriteria ?? 'throw';
  if (policy !== 'throw' && policy !== 'ignore') {
    throw new ScoringError(
      'invalid-option',
      `constantCriteria ${describeValue(policy)} is not 'throw' or 'ignore'.`,
    );
  }
  const ignoreConstant = policy === 'ignore';
  const best = new Array<number>(n);
  const worst = new Array<number>(n);
  const factor = new Float64Array(n);
  // Per column 1, or 0.5 where max - min overflows (1e308 - (-1e308)); halving is exact.
  const half = new Float64Array(n);
  const target = new Float64Array(n);
  const { high, low } = columnExtremes(values, m, n);
  for (let j = 0; j < n; j++) {
    const max = high[j] ?? 0;
    const min = low[j] ?? 0;
    best[j] = cost[j] === 1 ? min : max;
    worst[j] = cost[j] === 1 ? max : min;
    if (max === min && !ignoreConstant) {
      throw new ScoringError(
        'constant-criterion',
        `Every alternative has the value ${max} on column ${j}; VIKOR divides by f* - f-. Remove the criterion or pass constantCriteria: 'ignore'.`,
        { column: j },
      );
    }
    const h = Number.isFinite(max - min) ? 1 : 0.5;
    half[j] = h;
    target[j] = (best[j] ?? 0) * h;
    factor[j] = max === min ? 0 : (weights[j] ?? 0) / (max * h - min * h);
  }
  const s = new Array<number>(m);
  const r = new Array<number>(m);
  let sBest = Infinity;
  let sWorst = -Infinity;
  let rBest = Infinity;
  let rWorst = -Infinity;
  for (let i = 0; i < m; i++) {
    let sum = 0;
    let regret = 0;
    for (let j = 0; j < n; j++) {
      // |f* - f| / |f* - f-| is the same for both directions with the column's max - min.
      const term =
        (factor[j] ?? 0) * Math.abs((target[j] ?? 0) - (values[i * n + j] ?? 0) * (half[j] ?? 1));
      sum += term;
      if (term > regret) regret = term;
    }
    s[i] = sum;
    r[i] = regret;
    sBest = Math.min(sBest, sum);
    sWorst = Math.max(sWorst, sum);
    rBest = Math.min(rBest, regret);
    rWorst = Math.max(rWorst, regret);
  }
  const sRange = sWorst - sBest;
  const rRange = rWorst - rBest;
  const q = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    const sTerm = sRange > 0 ? ((s[i] ?? 0) - sBest) / sRange : 0;
    const rTerm = rRange > 0 ? ((r[i] ?? 0) - rBest) / rRange : 0;
    q[i] = v * sTerm + (1 - v) * rTerm;
  }
  const ties = tieOptions(options);
  const tolerance = options.tolerance ?? DEFAULT_TIE_TOLERANCE;
  const byQ = rankedOrder(q, { order: 'ascending', ...ties });
  return {
    method: 'vikor',
    better: 'lower',
    weights: Array.from(weights),
    scores: q,
    ranks: byQ.ranks,
    v,
    best,
    worst,
    s,
    r,
    q: q.slice(),
    ranksByS: rankValues(s, { order: 'ascending', ...ties }),
    ranksByR: rankValues(r, { order: 'ascending', ...ties }),
    compromise: compromiseOf(q, byQ.order, s, r, sBest, rBest, tolerance),
  };
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The compromise solution from the alternatives in order of `Q`, equal values in index order. */
function compromiseOf(
  q: readonly number[],
  order: Uint32Array,
  s: readonly number[],
  r: readonly number[],
  sBest: number,
  rBest: number,
  tolerance: number,
): VikorCompromise {
  const m = q.length;
  const first = order[0] ?? 0;
  const second = order[1] ?? 0;
  const threshold = 1 / (m - 1);
  const q1 = q[first] ?? 0;
  // An advantage within the tolerance of DQ counts as reaching it.
  const reaches = (k: number) =>
    (q[k] ?? 0) - q1 >= threshold || close((q[k] ?? 0) - q1, threshold, tolerance);
  const acceptableAdvantage = reaches(second);
  const acceptableStability =
    close(s[first] ?? 0, sBest, tolerance) || close(r[first] ?? 0, rBest, tolerance);
  let alternatives: number[];
  if (!acceptableAdvantage) {
    // Q grows along the order, so the alternatives short of DQ come first.
    alternatives = [];
    for (const k of order) {
      if (reaches(k)) break;
      alternatives.push(k);
    }
  } else if (!acceptableStability) alternatives = [first, second];
  else alternatives = [first];
  return { alternatives, acceptableAdvantage, acceptableStability, threshold };
}
