import type { MatrixInput } from '../kernel/decision-matrix.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import { requireAlternatives } from '../kernel/method-input.js';
import { normalizeInto } from '../kernel/normalization.js';

/**
 * Weights criteria in proportion to the standard deviation of their min-max normalised values.
 *
 * Normalising first makes the weights independent of the criteria's units; the direction does not
 * matter. When every criterion is constant, the weights are equal.
 *
 * @param matrix - The decision matrix; at least two alternatives.
 * @returns One weight per criterion, summing to 1.
 * @throws {@link ScoringError} for a bad matrix; `too-few-alternatives`.
 * @see Diakoulaki, D., Mavrotas, G. and Papayannakis, L. (1995). Determining objective weights in
 *   multiple criteria problems: The CRITIC method. Computers & Operations Research 22(7), 763-770.
 *
 * @example
 * ```ts
 * standardDeviationWeights([[0, 0], [1, 0], [0, 1], [1, 1]]);
 * //=> [0.5, 0.5]
 * ```
 */
export function standardDeviationWeights(matrix: MatrixInput): number[] {
  const { alternatives: m, criteria: n, values } = prepareMatrix(matrix);
  requireAlternatives(m, 2, 'Standard-deviation weighting');
  const deviations = columnDeviations(values, m, n);
  return proportional(deviations);
}

/** Population standard deviation of each min-max normalised column. */
export function columnDeviations(values: Float64Array, m: number, n: number): Float64Array {
  const normalized = new Float64Array(m * n);
  normalizeInto(values, m, n, new Array<'min-max'>(n).fill('min-max'), undefined, normalized);
  return centreColumns(normalized, m, n).map((squares) => Math.sqrt(squares / m));
}

/**
 * Subtracts each column's mean from it, in place, and returns each column's sum of squared
 * deviations from that mean.
 */
export function centreColumns(matrix: Float64Array, m: number, n: number): Float64Array {
  const sums = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let mean = 0;
    for (let i = 0; i < m; i++) mean += matrix[i * n + j] ?? 0;
    mean /= m;
    let squares = 0;
    for (let i = 0; i < m; i++) {
      const d = (matrix[i * n + j] ?? 0) - mean;
      matrix[i * n + j] = d;
      squares += d * d;
    }
    sums[j] = squares;
  }
  return sums;
}

/** Scales non-negative numbers to sum 1; all zeros give equal shares. */
export function proportional(amounts: Float64Array): number[] {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (!(total > 0)) return new Array<number>(amounts.length).fill(1 / amounts.length);
  return Array.from(amounts, (amount) => amount / total);
}
