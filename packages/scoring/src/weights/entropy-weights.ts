import type { MatrixInput } from '../kernel/decision-matrix.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import { requireAlternatives } from '../kernel/method-input.js';
import { scaledColumnSum } from '../kernel/power-of-two-scale.js';
import { ScoringError } from '../kernel/scoring-error.js';

/**
 * Weights criteria by how much their values differ across alternatives, measured by Shannon
 * entropy (the entropy weight method).
 *
 * With `p = x / sum x` per column, `E_j = -sum p ln p / ln m` (taking `0 ln 0 = 0`) and
 * `w_j = (1 - E_j) / sum (1 - E_k)`. Direction does not matter. When every column is spread evenly
 * (all `E_j = 1`), no criterion carries more information than another and the weights are equal.
 *
 * @param matrix - The decision matrix with non-negative values; at least two alternatives, and no
 *   column of zeros only.
 * @returns One weight per criterion, summing to 1.
 * @throws {@link ScoringError} for a bad matrix; `too-few-alternatives`; `negative-value` (with
 *   `row`, `column`); `zero-value` (with `column`) for a column that sums to 0.
 * @see Shannon, C. E. (1948). A mathematical theory of communication. Bell System Technical
 *   Journal 27, 379-423; Zeleny, M. (1982). Multiple Criteria Decision Making. McGraw-Hill.
 *
 * @example
 * ```ts
 * entropyWeights([[1, 5], [1, 1], [1, 9]]).map((w) => Number(w.toFixed(3)));
 * //=> [0, 1]
 * ```
 */
export function entropyWeights(matrix: MatrixInput): number[] {
  const { alternatives: m, criteria: n, values } = prepareMatrix(matrix);
  requireAlternatives(m, 2, 'The entropy weight method');
  const divergence = new Float64Array(n);
  let total = 0;
  const logM = Math.log(m);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      const x = values[i * n + j] ?? 0;
      if (x < 0) {
        throw new ScoringError(
          'negative-value',
          `The value at row ${i}, column ${j} is ${x}; entropy weights need non-negative values.`,
          { row: i, column: j },
        );
      }
    }
    const { sum, scale } = scaledColumnSum(values, m, n, j);
    if (sum === 0) {
      throw new ScoringError(
        'zero-value',
        `Column ${j} has only zeros; its entropy is undefined.`,
        { column: j },
      );
    }
    let entropy = 0;
    for (let i = 0; i < m; i++) {
      const p = ((values[i * n + j] ?? 0) * scale) / sum;
      if (p > 0) entropy -= p * Math.log(p);
    }
    const d = Math.max(0, 1 - entropy / logM);
    divergence[j] = d;
    total += d;
  }
  if (total === 0) return new Array<number>(n).fill(1 / n);
  return Array.from(divergence, (d) => d / total);
}
