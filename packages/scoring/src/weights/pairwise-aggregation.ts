import { normalizeWeights } from '../kernel/criterion-weights.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { checkPairwise } from './ahp.js';

/**
 * Combines several judges' pairwise-comparison matrices into one by the element-wise weighted
 * geometric mean (aggregation of individual judgements), which keeps the result reciprocal.
 *
 * @param matrices - One reciprocal pairwise-comparison matrix per judge, all of the same size.
 * @param options - Optional judge weights (non-negative, scaled to sum 1; default equal) and the
 *   reciprocity tolerance (default 0.01, as in `ahpWeights`).
 * @returns The aggregated matrix `a_ij = prod_k a_ij(k)^(v_k)`.
 * @throws {@link ScoringError} `empty-matrix` without matrices; errors of each matrix carry its
 *   `index`; `not-square` (with `index`) for a matrix of another size; `length-mismatch`,
 *   `negative-weight`, `non-finite-value` or `zero-weights` for the judge weights.
 * @see Aczél, J. and Saaty, T. L. (1983). Procedures for synthesizing ratio judgements. Journal of
 *   Mathematical Psychology 27(1), 93-102; Forman, E. and Peniwati, K. (1998). Aggregating
 *   individual judgments and priorities with the analytic hierarchy process. EJOR 108(1), 165-169.
 *
 * @example
 * ```ts
 * aggregatePairwiseMatrices([
 *   [[1, 4], [1 / 4, 1]],
 *   [[1, 1], [1, 1]],
 * ]);
 * //=> [[1, 2], [0.5, 1]]
 * ```
 */
export function aggregatePairwiseMatrices(
  matrices: readonly (readonly (readonly number[])[])[],
  options: {
    readonly judgeWeights?: readonly number[];
    readonly reciprocityTolerance?: number;
  } = {},
): number[][] {
  const list: unknown = matrices;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ScoringError(
      'empty-matrix',
      'There are no pairwise-comparison matrices to aggregate.',
    );
  }
  const k = matrices.length;
  const judgeWeights = judgeWeightsOf(options.judgeWeights, k);
  const tolerance = options.reciprocityTolerance ?? 0.01;
  const n = matrices[0]?.length ?? 0;
  const logs = new Float64Array(n * n);
  matrices.forEach((matrix, index) => {
    const a = checkPairwise(matrix, tolerance, index);
    if (a.length !== n * n) {
      throw new ScoringError(
        'not-square',
        `Matrix ${index} is ${Math.round(Math.sqrt(a.length))} x ${Math.round(Math.sqrt(a.length))}; matrix 0 is ${n} x ${n}.`,
        { index },
      );
    }
    const v = judgeWeights[index] ?? 0;
    for (let c = 0; c < n * n; c++) logs[c] = (logs[c] ?? 0) + v * Math.log(a[c] ?? 1);
  });
  const result: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    // exp(-x) is not exactly 1 / exp(x); computing the lower triangle as a reciprocal keeps a_ij a_ji = 1.
    for (let j = 0; j < n; j++) row.push(i === j ? 1 : Math.exp(logs[i * n + j] ?? 0));
    result.push(row);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const row = result[i];
      if (row !== undefined) row[j] = 1 / (result[j]?.[i] ?? 1);
    }
  }
  return result;
}

function judgeWeightsOf(weights: readonly number[] | undefined, k: number): number[] {
  if (weights === undefined) return new Array<number>(k).fill(1 / k);
  if (weights.length !== k) {
    throw new ScoringError(
      'length-mismatch',
      `Expected ${k} judge weights; got ${weights.length}.`,
    );
  }
  let sum = 0;
  weights.forEach((w, index) => {
    if (!Number.isFinite(w)) {
      throw new ScoringError('non-finite-value', `Judge weight ${index} is ${w}.`, { index });
    }
    if (w < 0) {
      throw new ScoringError('negative-weight', `Judge weight ${index} is ${w}.`, { index });
    }
    sum += w;
  });
  if (sum === 0) throw new ScoringError('zero-weights', 'Every judge weight is 0.');
  return normalizeWeights(weights);
}
