import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { ScoringError } from '../kernel/scoring-error.js';
import type { WeightSweep } from '../methods/weight-sweep.js';
import { rankValues } from '../ranking/rank.js';
import { methodFunction, methodSweep, requireOptions } from './methods.js';
import type { MethodSpec } from './methods.js';
import { createRandom } from './random.js';

/**
 * Options of {@link rankAcceptability}.
 *
 * @example
 * ```ts
 * const options: RankAcceptabilityOptions = {
 *   method: 'topsis',
 *   directions: ['benefit', 'cost'],
 *   samples: 10_000,
 *   seed: 42,
 * };
 * ```
 */
export interface RankAcceptabilityOptions {
  /** The method, with its parameters. */
  readonly method: MethodSpec;
  /** One direction per criterion. */
  readonly directions: readonly CriterionDirection[];
  /** How many weight vectors to draw: a whole number from 1 to 10,000,000. */
  readonly samples: number;
  /** The seed of the generator (a safe integer): the same seed gives the same numbers. */
  readonly seed: number;
  /**
   * Per criterion, the `[low, high]` range a weight may take. Weights are drawn uniformly from the
   * part of the simplex (weights summing to 1) inside the ranges, by rejection. Default: the whole
   * simplex, when nothing is known about the weights.
   */
  readonly ranges?: readonly (readonly [number, number])[];
}

/**
 * What {@link rankAcceptability} finds, one entry per alternative in input order.
 *
 * @example
 * ```ts
 * declare const result: RankAcceptability;
 * result.acceptability[0]?.[0]; // share of samples in which alternative 0 ranked first
 * ```
 */
export interface RankAcceptability {
  /** `acceptability[i][r]`: the share of samples in which alternative `i` took rank `r + 1`. */
  readonly acceptability: readonly (readonly number[])[];
  /** The mean rank of each alternative over the samples. */
  readonly expectedRank: readonly number[];
  /**
   * The central weight vector of each alternative: the mean of the weights under which it ranked
   * first, or `null` when it never did.
   */
  readonly centralWeights: readonly (readonly number[] | null)[];
  /** The number of samples used. */
  readonly samples: number;
  /** The seed used. */
  readonly seed: number;
}

const MAX_SAMPLES = 10_000_000;
const MAX_REJECTIONS = 1_000;

/**
 * Stochastic multicriteria acceptability analysis (SMAA-2 style): draws weight vectors with a
 * seeded generator, ranks the alternatives under each, and counts how often each alternative takes
 * each rank. Without ranges the weights are uniform on the simplex (each `w_j = -ln U_j / sum_k
 * -ln U_k`, a flat Dirichlet); with ranges, draws outside them are rejected. Alternatives that tie
 * share their places evenly (two tied for first each take half of first and half of second), so
 * every row and every column of the acceptability matrix sums to 1, and the expected rank is the
 * average rank. The central weights of a tied first place count the draw for each of them.
 *
 * @param matrix - The decision matrix.
 * @param options - The method, directions, sample count, seed and optional weight ranges.
 * @returns Rank acceptability indices, expected ranks and central weight vectors.
 * @throws {@link ScoringError} for a bad matrix or directions; `invalid-option` for a sample count
 *   or seed out of range, or ranges that are not one `[low, high]` per criterion within [0, 1] and
 *   admitting weights that sum to 1, or so narrow that 1,000 draws in a row fall outside.
 * @see Lahdelma, R. and Salminen, P. (2001). SMAA-2: Stochastic multicriteria acceptability
 *   analysis for group decision making. Operations Research 49(3), 444-454.
 *
 * @example
 * ```ts
 * const result = rankAcceptability([[9, 1], [1, 9], [5, 5]], {
 *   method: 'weighted-sum',
 *   directions: ['benefit', 'benefit'],
 *   samples: 1000,
 *   seed: 7,
 * });
 * result.acceptability.map((row) => row[0]); // how often each is first
 * ```
 */
export function rankAcceptability(
  matrix: MatrixInput,
  options: RankAcceptabilityOptions,
): RankAcceptability {
  requireOptions(options);
  const prepared = prepareMatrix(matrix);
  const m = prepared.alternatives;
  const n = prepared.criteria;
  const { samples, seed } = options;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new ScoringError(
      'invalid-option',
      `samples must be a whole number from 1 to ${MAX_SAMPLES.toLocaleString('en')}; got ${String(samples)}.`,
    );
  }
  const random = createRandom(seed);
  const ranges = checkRanges(options.ranges, n);
  const run = methodFunction(options.method);
  const sweepOf = methodSweep(options.method);
  let sweep: WeightSweep | undefined;

  const counts = Array.from({ length: m }, () => new Float64Array(m));
  const central = Array.from({ length: m }, () => new Float64Array(n));
  const firsts = new Float64Array(m);
  const rankSums = new Float64Array(m);
  const weights = new Array<number>(n).fill(0);
  const groupSize = new Float64Array(m);
  for (let s = 0; s < samples; s++) {
    for (let attempt = 0; ; attempt++) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        const e = -Math.log(random());
        weights[j] = e;
        total += e;
      }
      for (let j = 0; j < n; j++) weights[j] = (weights[j] ?? 0) / total;
      if (
        ranges === undefined ||
        weights.every((w, j) => w >= (ranges[j]?.[0] ?? 0) && w <= (ranges[j]?.[1] ?? 1))
      ) {
        break;
      }
      if (attempt >= MAX_REJECTIONS) {
        throw new ScoringError(
          'invalid-option',
          `The weight ranges are too narrow: ${MAX_REJECTIONS} draws in a row fell outside them.`,
        );
      }
    }
    let ranks: readonly number[];
    if (sweepOf === undefined) ({ ranks } = run(prepared, weights, options.directions, 'min'));
    else {
      // The matrix is normalised once, on the first sample, where a run would first check it.
      sweep ??= sweepOf(prepared, options.directions);
      const order = sweep.better === 'higher' ? 'descending' : 'ascending';
      ranks = rankValues(sweep.scores(weights), { order, ties: 'min' });
    }
    // A group of g alternatives tied at place r shares places r .. r + g - 1 evenly.
    groupSize.fill(0);
    for (let i = 0; i < m; i++) {
      const r = ranks[i] ?? m;
      groupSize[r - 1] = (groupSize[r - 1] ?? 0) + 1;
    }
    for (let i = 0; i < m; i++) {
      const r = ranks[i] ?? m;
      const g = groupSize[r - 1] ?? 1;
      const row = counts[i] as Float64Array;
      for (let place = r - 1; place < r - 1 + g; place++) row[place] = (row[place] ?? 0) + 1 / g;
      rankSums[i] = (rankSums[i] ?? 0) + r + (g - 1) / 2;
      if (r === 1) {
        firsts[i] = (firsts[i] ?? 0) + 1;
        const c = central[i] as Float64Array;
        for (let j = 0; j < n; j++) c[j] = (c[j] ?? 0) + (weights[j] ?? 0);
      }
    }
  }
  return {
    // A plain loop: `Array.from` with a callback walks an m x m table through the iterator
    // protocol, which showed in the report of a large plan.
    acceptability: counts.map((row) => {
      const shares = new Array<number>(m);
      for (let place = 0; place < m; place++) shares[place] = (row[place] as number) / samples;
      return shares;
    }),
    expectedRank: Array.from(rankSums, (sum) => sum / samples),
    centralWeights: central.map((sum, i) => {
      const f = firsts[i] ?? 0;
      return f === 0 ? null : Array.from(sum, (x) => x / f);
    }),
    samples,
    seed,
  };
}

function checkRanges(
  ranges: RankAcceptabilityOptions['ranges'],
  n: number,
): readonly (readonly [number, number])[] | undefined {
  if (ranges === undefined) return undefined;
  const given: unknown = ranges;
  if (!Array.isArray(given) || given.length !== n) {
    throw new ScoringError(
      'invalid-option',
      `Expected ${n} weight ranges, one [low, high] per criterion.`,
    );
  }
  let lows = 0;
  let highs = 0;
  ranges.forEach((range: unknown, j) => {
    const [low, high] = Array.isArray(range) ? (range as unknown[]) : [];
    if (
      typeof low !== 'number' ||
      typeof high !== 'number' ||
      !(low >= 0 && low <= high && high <= 1)
    ) {
      throw new ScoringError(
        'invalid-option',
        `The weight range of criterion ${j} must be [low, high] with 0 <= low <= high <= 1; got ${JSON.stringify(range)}.`,
        { column: j },
      );
    }
    lows += low;
    highs += high;
  });
  if (lows > 1 || highs < 1) {
    throw new ScoringError(
      'invalid-option',
      'The weight ranges admit no weights that sum to 1: the lows must sum to at most 1 and the highs to at least 1.',
    );
  }
  return ranges;
}
