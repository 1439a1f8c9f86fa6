import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput, perCriterion, requireAlternatives } from '../kernel/method-input.js';
import { powerOfTwoScale } from '../kernel/power-of-two-scale.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';
import type { PreferenceFunction } from './preference-function.js';
import { checkPreference, gaussianExponent } from './preference-function.js';

/**
 * Options of {@link prometheeII}.
 *
 * @example
 * ```ts
 * const options: PrometheeIIOptions = {
 *   weights: [1, 1],
 *   directions: ['benefit', 'cost'],
 *   preference: [{ type: 'usual' }, { type: 'linear', q: 5, p: 20 }],
 * };
 * ```
 */
export interface PrometheeIIOptions extends MethodOptions {
  /** Preference function for all criteria or one per criterion. Default `{ type: 'usual' }`. */
  readonly preference?: PreferenceFunction | readonly PreferenceFunction[];
}

/**
 * The result of {@link prometheeII}: `scores` are the net flows in [-1, 1], higher is better.
 *
 * @example
 * ```ts
 * declare const result: PrometheeIIResult;
 * result.positiveFlow.map((plus, i) => plus - (result.negativeFlow[i] ?? 0)); // the net flows
 * ```
 */
export interface PrometheeIIResult extends MethodResult<'promethee-ii'> {
  /** Leaving flow `phi+`: how much each alternative is preferred to the others, in [0, 1]. */
  readonly positiveFlow: number[];
  /** Entering flow `phi-`: how much the others are preferred to it, in [0, 1]. */
  readonly negativeFlow: number[];
  /** Net flow `phi = phi+ - phi-`, the same as `scores`. */
  readonly netFlow: number[];
}

/**
 * Ranks alternatives by their PROMETHEE II net outranking flow.
 *
 * `phi+(a) = 1/(m-1) sum_b sum_j w_j P_j(a, b)`, `phi-(a) = 1/(m-1) sum_b sum_j w_j P_j(b, a)`.
 * No m-by-m matrix is built: each criterion's column is sorted once and every alternative's sums
 * over the others come from binary searches and prefix sums, so the `usual`, `u-shape`, `v-shape`,
 * `level` and `linear` functions take O(m log m) time and O(m) memory per criterion. The
 * `gaussian` function sums `exp` over the alternatives within `9 s` of each value (beyond that
 * `P = 1` to double precision): O(m log m) plus that neighbourhood, O(m^2) in the worst case.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion; at least
 *   two alternatives.
 * @param options - Weights, directions, preference functions (default `usual`) and tie policy.
 * @returns Net flows as scores (higher is better), ranks, and the positive and negative flows.
 * @throws {@link ScoringError} for a bad matrix, weights or directions; `too-few-alternatives` for
 *   a single alternative; `invalid-option` (with `column`) for a bad preference function.
 * @see Brans, J.-P. and Vincke, Ph. (1985). A preference ranking organisation method. Management
 *   Science 31(6), 647-656; Brans, J.-P. and Mareschal, B. (2005). PROMETHEE methods. In Multiple
 *   Criteria Decision Analysis: State of the Art Surveys, Springer, 163-186.
 *
 * @example
 * ```ts
 * prometheeII([[4, 3, 2], [3, 2, 4], [5, 1, 3]], {
 *   weights: [0.5, 0.3, 0.2],
 *   directions: ['benefit', 'benefit', 'benefit'],
 * }).scores.map((phi) => Number(phi.toFixed(2)));
 * //=> [0.1, -0.3, 0.2]
 * ```
 */
export function prometheeII(matrix: MatrixInput, options: PrometheeIIOptions): PrometheeIIResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  requireAlternatives(m, 2, 'PROMETHEE II');
  const preferences = perCriterion<PreferenceFunction>(
    options.preference ?? { type: 'usual' },
    n,
    'preference function',
  );
  preferences.forEach((preference, j) => {
    checkPreference(preference, j);
  });

  const positive = new Float64Array(m);
  const negative = new Float64Array(m);
  const column = new Float64Array(m);
  const sorted = new Float64Array(m);
  const prefix = new Float64Array(m + 1);
  for (let j = 0; j < n; j++) {
    const w = weights[j] ?? 0;
    const preference = preferences[j];
    if (w === 0 || preference === undefined) continue;
    // Turn cost criteria round and shift to 0, which keeps the prefix sums small.
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      const x = values[i * n + j] ?? 0;
      const y = cost[j] === 1 ? -x : x;
      column[i] = y;
      if (y < min) min = y;
      if (y > max) max = y;
    }
    const scale = columnScale(preference, min, max, m);
    const scaled = scale === 1 ? preference : scalePreference(preference, scale);
    for (let i = 0; i < m; i++) {
      const y = (column[i] ?? 0) * scale - min * scale;
      column[i] = y;
      sorted[i] = y;
    }
    sorted.sort();
    prefix[0] = 0;
    for (let k = 0; k < m; k++) prefix[k + 1] = (prefix[k] ?? 0) + (sorted[k] ?? 0);
    for (let i = 0; i < m; i++) {
      const x = column[i] ?? 0;
      const [plus, minus] = sums(scaled, x, sorted, prefix, m);
      positive[i] = (positive[i] ?? 0) + w * plus;
      negative[i] = (negative[i] ?? 0) + w * minus;
    }
  }
  const positiveFlow = new Array<number>(m);
  const negativeFlow = new Array<number>(m);
  const netFlow = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    const plus = (positive[i] ?? 0) / (m - 1);
    const minus = (negative[i] ?? 0) / (m - 1);
    positiveFlow[i] = plus;
    negativeFlow[i] = minus;
    netFlow[i] = plus - minus;
  }
  return {
    method: 'promethee-ii',
    better: 'higher',
    weights: Array.from(weights),
    scores: netFlow,
    ranks: rankValues(netFlow, { order: 'descending', ...tieOptions(options) }),
    positiveFlow,
    negativeFlow,
    netFlow: netFlow.slice(),
  };
}

/**
 * 1, or the power of two a column and its thresholds are multiplied by (exactly) when their
 * differences or sums would pass the largest double: the shifted column spans `max - min`, and the
 * prefix sums of the linear functions add up to `m` terms of the span plus `p`.
 */
function columnScale(preference: PreferenceFunction, min: number, max: number, m: number): number {
  const p = preference.type === 'linear' || preference.type === 'v-shape' ? preference.p : 0;
  const terms = p === 0 ? 1 : 4 * (m + 1);
  // Half the span and threshold is finite even where the whole is not.
  const half = max * 0.5 - min * 0.5 + p * 0.5;
  if (Number.isFinite(2 * half * terms)) return 1;
  return powerOfTwoScale(half) * powerOfTwoScale(terms);
}

/** A preference function with its thresholds multiplied by `scale`. */
function scalePreference(preference: PreferenceFunction, scale: number): PreferenceFunction {
  switch (preference.type) {
    case 'usual':
      return preference;
    case 'u-shape':
      return { type: 'u-shape', q: preference.q * scale };
    case 'v-shape':
      return { type: 'v-shape', p: preference.p * scale };
    case 'level':
    case 'linear':
      return { type: preference.type, q: preference.q * scale, p: preference.p * scale };
    case 'gaussian':
      return { type: 'gaussian', s: preference.s * scale };
  }
}

/** Number of sorted values below `t`. */
function below(sorted: Float64Array, m: number, t: number): number {
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values at or below `t`. */
function atOrBelow(sorted: Float64Array, m: number, t: number): number {
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `[sum_b P(x - x_b), sum_b P(x_b - x)]` over the sorted column, for one alternative's value `x`.
 */
function sums(
  preference: PreferenceFunction,
  x: number,
  sorted: Float64Array,
  prefix: Float64Array,
  m: number,
): [number, number] {
  switch (preference.type) {
    case 'usual':
      return [below(sorted, m, x), m - atOrBelow(sorted, m, x)];
    case 'u-shape':
      return [below(sorted, m, x - preference.q), m - atOrBelow(sorted, m, x + preference.q)];
    case 'level': {
      const { q, p } = preference;
      const strongBelow = below(sorted, m, x - p);
      const weakBelow = below(sorted, m, x - q) - strongBelow;
      const upToP = atOrBelow(sorted, m, x + p);
      const weakAbove = upToP - atOrBelow(sorted, m, x + q);
      return [strongBelow + weakBelow / 2, m - upToP + weakAbove / 2];
    }
    case 'v-shape':
      return linearSums(0, preference.p, x, sorted, prefix, m);
    case 'linear':
      return linearSums(preference.q, preference.p, x, sorted, prefix, m);
    case 'gaussian':
      return gaussianSums(preference.s, x, sorted, m);
  }
}

function linearSums(
  q: number,
  p: number,
  x: number,
  sorted: Float64Array,
  prefix: Float64Array,
  m: number,
): [number, number] {
  const span = p - q;
  // Below: x_b < x - p counts 1; x - p <= x_b < x - q counts (x - x_b - q) / span.
  const full = below(sorted, m, x - p);
  const partial = below(sorted, m, x - q);
  const plus =
    full + ((partial - full) * (x - q) - ((prefix[partial] ?? 0) - (prefix[full] ?? 0))) / span;
  // Above: x_b > x + p counts 1; x + q < x_b <= x + p counts (x_b - x - q) / span.
  const start = atOrBelow(sorted, m, x + q);
  const end = atOrBelow(sorted, m, x + p);
  const minus =
    m - end + ((prefix[end] ?? 0) - (prefix[start] ?? 0) - (end - start) * (x + q)) / span;
  return [plus, minus];
}

function gaussianSums(s: number, x: number, sorted: Float64Array, m: number): [number, number] {
  const reach = 9 * s;
  const twoS2 = 2 * s * s;
  const far = below(sorted, m, x - reach);
  const here = below(sorted, m, x);
  let plus = far;
  for (let k = far; k < here; k++) {
    const d = x - (sorted[k] ?? 0);
    plus += 1 - Math.exp(gaussianExponent(d, s, twoS2));
  }
  const above = atOrBelow(sorted, m, x);
  const near = atOrBelow(sorted, m, x + reach);
  let minus = m - near;
  for (let k = above; k < near; k++) {
    const d = (sorted[k] ?? 0) - x;
    minus += 1 - Math.exp(gaussianExponent(d, s, twoS2));
  }
  return [plus, minus];
}
