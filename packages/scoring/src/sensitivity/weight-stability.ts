import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { normalizeWeights } from '../kernel/criterion-weights.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { normalize } from '../kernel/normalization.js';
import { ScoringError } from '../kernel/scoring-error.js';
import type { WeightSweep } from '../methods/weight-sweep.js';
import { DEFAULT_TIE_TOLERANCE } from '../ranking/rank.js';
import type { TopOrderBuffers } from '../ranking/top-order.js';
import { topOrder, topOrderBuffers } from '../ranking/top-order.js';
import { methodFunction, methodName, methodSweep, requireOptions } from './methods.js';
import type { MethodSpec } from './methods.js';

/**
 * Options of {@link weightStability}.
 *
 * @example
 * ```ts
 * const options: WeightStabilityOptions = {
 *   method: 'topsis',
 *   weights: [0.5, 0.3, 0.2],
 *   directions: ['benefit', 'benefit', 'cost'],
 *   top: 3,
 * };
 * ```
 */
export interface WeightStabilityOptions {
  /** The method, with its parameters. */
  readonly method: MethodSpec;
  /** The current weights (scaled to sum 1). */
  readonly weights: readonly number[];
  /** One direction per criterion. */
  readonly directions: readonly CriterionDirection[];
  /** How many of the best alternatives must keep their order. Default 3 (all, if fewer). */
  readonly top?: number;
  /** Width of the interval a numeric breakpoint is narrowed to. Default `1e-9`. */
  readonly tolerance?: number;
}

/**
 * How far one criterion's weight can move before the order of the best alternatives changes.
 *
 * @example
 * ```ts
 * declare const entry: CriterionStability;
 * `${entry.weight} may range over [${entry.low}, ${entry.high}]`;
 * ```
 */
export interface CriterionStability {
  /** The criterion's index. */
  readonly criterion: number;
  /** Its current weight, after scaling. */
  readonly weight: number;
  /** The lowest weight with the same top order (0 if it holds all the way down). */
  readonly low: number;
  /** The highest weight with the same top order (1 if it holds all the way up). */
  readonly high: number;
  /** The top order just below `low`, or `null` when `low` is 0. */
  readonly belowLow: readonly number[] | null;
  /** The top order just above `high`, or `null` when `high` is 1. */
  readonly aboveHigh: readonly number[] | null;
  /** Whether the interval is exact (weighted sum) or narrowed numerically to the tolerance. */
  readonly exact: boolean;
}

/**
 * What {@link weightStability} finds.
 *
 * @example
 * ```ts
 * declare const result: WeightStability;
 * result.criteria.map((c) => c.high - c.low);
 * ```
 */
export interface WeightStability {
  /** The order (alternative indices, best first) of the top alternatives at the current weights. */
  readonly top: readonly number[];
  /** One entry per criterion. */
  readonly criteria: readonly CriterionStability[];
}

/**
 * How far outside [0, 1] a moved weight may come out of the scan's arithmetic (`w + (0 - w) s / 200`
 * need not give exactly 0) and still count as rounding: 64 units in the last place of the weight
 * scale, which is 1 because the weights are scaled to sum 1. Such a weight is clamped to 0 or 1;
 * anything further out stays as it is, for the method to reject.
 */
const WEIGHT_ROUNDING = 64 * Number.EPSILON;

/**
 * The weights when criterion `j` weighs `t` and the others keep their proportions:
 * `w_k (1 - t) / (1 - w_j)`; when `w_j` is 1 the others share `1 - t` equally. A `t` within
 * {@link WEIGHT_ROUNDING} outside [0, 1] is clamped into it.
 */
export function moveWeight(weights: readonly number[], j: number, moved: number): number[] {
  const t =
    moved < 0 && moved >= -WEIGHT_ROUNDING
      ? 0
      : moved > 1 && moved <= 1 + WEIGHT_ROUNDING
        ? 1
        : moved;
  const wj = weights[j] ?? 0;
  const rest = 1 - wj;
  const n = weights.length;
  return weights.map((w, k) =>
    k === j ? t : Math.max(0, rest > 1e-15 ? (w * (1 - t)) / rest : (1 - t) / Math.max(1, n - 1)),
  );
}

/**
 * For each criterion, the interval its weight can move over, the other weights rescaled to keep
 * their proportions, before the order of the `top` best alternatives changes (membership or
 * order). For the weighted sum the scores are linear in the weight, so the bounds are the exact
 * crossing points of two alternatives' scores; for the other methods they are found by scanning
 * 200 steps from the current weight and then bisecting to `tolerance`. A moved weight that
 * rounding leaves at most 64 ulps of the weight scale (`64 * Number.EPSILON`, the weights summing
 * to 1) below 0 or above 1 is clamped to 0 or 1, so the analysis fails only where the method does.
 *
 * @param matrix - The decision matrix.
 * @param options - The method, current weights, directions, `top` and tolerance.
 * @returns The current top order and each criterion's interval, with the orders beyond it.
 * @throws {@link ScoringError} for a bad matrix, weights or directions, or `invalid-option` for a
 *   `top` that is not a whole number from 1 to the number of alternatives.
 * @see Triantaphyllou, E. and Sánchez, A. (1997). A sensitivity analysis approach for some
 *   deterministic multi-criteria decision-making methods. Decision Sciences 28(1), 151-194.
 *
 * @example
 * ```ts
 * const result = weightStability(
 *   [[4, 2], [3, 3], [5, 4]],
 *   { method: 'weighted-sum', weights: [0.5, 0.5], directions: ['benefit', 'cost'] },
 * );
 * result.criteria[0]; // { criterion: 0, weight: 0.5, low: 0.3333..., high: 0.6666..., ... }
 * ```
 */
export function weightStability(
  matrix: MatrixInput,
  options: WeightStabilityOptions,
): WeightStability {
  requireOptions(options);
  const prepared = prepareMatrix(matrix);
  const m = prepared.alternatives;
  const n = prepared.criteria;
  const weights = normalizeWeights(options.weights, n);
  const top = options.top ?? Math.min(3, m);
  if (!Number.isInteger(top) || top < 1 || top > m) {
    throw new ScoringError(
      'invalid-option',
      `top must be a whole number from 1 to ${m}; got ${String(top)}.`,
    );
  }
  const tolerance = options.tolerance ?? 1e-9;
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new ScoringError(
      'invalid-option',
      `The tolerance must be a positive number; got ${String(tolerance)}.`,
    );
  }
  const run = methodFunction(options.method);
  const sweepOf = methodSweep(options.method);
  let sweep: WeightSweep | undefined;
  let buffers: TopOrderBuffers | undefined;
  const orderAt = (w: readonly number[]): number[] => {
    if (sweepOf !== undefined) {
      sweep ??= sweepOf(prepared, options.directions);
      const order = sweep.better === 'higher' ? 'descending' : 'ascending';
      buffers ??= topOrderBuffers(m);
      return topOrder(sweep.scores(w), order, top, DEFAULT_TIE_TOLERANCE, buffers);
    }
    // Ordinal ranks are a permutation of 1..m: the top places are read off, not sorted.
    const { ranks } = run(prepared, w, options.directions, 'ordinal');
    const order = new Array<number>(top);
    for (let i = 0; i < m; i++) {
      const r = ranks[i] ?? m;
      if (r <= top) order[r - 1] = i;
    }
    return order;
  };
  const same = (a: readonly number[], b: readonly number[]): boolean =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const current = orderAt(weights);
  const linear = methodName(options.method) === 'weighted-sum';
  const normalized = linear
    ? normalize(prepared, {
        method:
          typeof options.method === 'string'
            ? 'min-max'
            : (options.method.normalization ?? 'min-max'),
        directions: options.directions,
      })
    : [];

  if (n === 1) {
    // With one criterion its weight is always 1: the order cannot change.
    return {
      top: current,
      criteria: [
        { criterion: 0, weight: 1, low: 1, high: 1, belowLow: null, aboveHigh: null, exact: true },
      ],
    };
  }
  const criteria = weights.map((wj, j): CriterionStability => {
    const at = (t: number): number[] => orderAt(moveWeight(weights, j, t));
    const edge = (towards: 0 | 1): { bound: number; beyond: number[] | null } => {
      if (linear) {
        // score_i(t) = t r_ij + (1 - t) c_i, where c_i is i's score on the other criteria with
        // their weights rescaled to sum 1: two alternatives swap where their lines cross.
        const others = moveWeight(weights, j, 0);
        const line = normalized.map((row) => {
          const c = row.reduce((sum, r, k) => (k === j ? sum : sum + r * (others[k] ?? 0)), 0);
          return { slope: (row[j] ?? 0) - c, intercept: c };
        });
        // The top order first changes where a top alternative's line crosses another line: before
        // the nearest such crossing no top alternative is passed or passes another. Crossings of
        // two alternatives outside the top cannot change it, so only top x all pairs are tried.
        const crossings = new Set<number>();
        for (const a of current) {
          for (let b = 0; b < m; b++) {
            const la = line[a];
            const lb = line[b];
            if (b === a || la === undefined || lb === undefined || la.slope === lb.slope) continue;
            const t = (lb.intercept - la.intercept) / (la.slope - lb.slope);
            if (towards === 1 ? t > wj && t < 1 : t < wj && t > 0) crossings.add(t);
          }
        }
        // The order is constant between two crossings, so it is read halfway to the next one.
        const sorted = [...crossings].sort((x, y) => (towards === 1 ? x - y : y - x));
        for (let c = 0; c < sorted.length; c++) {
          const t = sorted[c] ?? towards;
          const order = at((t + (sorted[c + 1] ?? towards)) / 2);
          if (!same(order, current)) return { bound: t, beyond: order };
        }
        return { bound: towards, beyond: null };
      }
      const steps = 200;
      let inside = wj;
      for (let s = 1; s <= steps; s++) {
        const t = wj + ((towards - wj) * s) / steps;
        const order = at(t);
        if (!same(order, current)) {
          let outside = t;
          let beyond = order;
          while (Math.abs(outside - inside) > tolerance) {
            const middle = (inside + outside) / 2;
            const o = at(middle);
            if (same(o, current)) inside = middle;
            else {
              outside = middle;
              beyond = o;
            }
          }
          return { bound: inside, beyond };
        }
        inside = t;
      }
      return { bound: towards, beyond: null };
    };
    const low = edge(0);
    const high = edge(1);
    return {
      criterion: j,
      weight: wj,
      low: low.bound,
      high: high.bound,
      belowLow: low.beyond,
      aboveHigh: high.beyond,
      exact: linear,
    };
  });
  return { top: current, criteria };
}
