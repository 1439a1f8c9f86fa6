import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { MatrixInput } from '../kernel/decision-matrix.js';
import { prepareMatrix } from '../kernel/decision-matrix.js';
import { directionVector, requireAlternatives } from '../kernel/method-input.js';
import { normalizeInto } from '../kernel/normalization.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { centreColumns, proportional } from './standard-deviation-weights.js';

/**
 * Weights criteria by contrast and conflict: each criterion's standard deviation times its summed
 * lack of correlation with the others (CRITIC).
 *
 * Values are min-max normalised with the directions (higher is better), then
 * `C_j = sigma_j * sum_k (1 - r_jk)` and `w_j = C_j / sum C`. A constant criterion has
 * `sigma = 0`, hence weight 0, and its correlation with the others is taken as 0. When every
 * criterion is constant, the weights are equal.
 *
 * @param matrix - The decision matrix; at least two alternatives.
 * @param options - One direction per criterion (it changes the sign of correlations).
 * @returns One weight per criterion, summing to 1.
 * @throws {@link ScoringError} for a bad matrix or directions; `too-few-alternatives`.
 * @see Diakoulaki, D., Mavrotas, G. and Papayannakis, L. (1995). Determining objective weights in
 *   multiple criteria problems: The CRITIC method. Computers & Operations Research 22(7), 763-770.
 *
 * @example
 * ```ts
 * criticWeights([[1, 1, 1], [2, 2, 3], [3, 3, 2]], { directions: ['benefit', 'benefit', 'benefit'] })
 *   .map((w) => Number(w.toFixed(3)));
 * //=> [0.25, 0.25, 0.5]
 * ```
 */
export function criticWeights(
  matrix: MatrixInput,
  options: { readonly directions: readonly CriterionDirection[] },
): number[] {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) {
    throw new ScoringError(
      'invalid-option',
      'CRITIC needs the directions of the criteria: pass { directions }.',
    );
  }
  const { alternatives: m, criteria: n, values } = prepareMatrix(matrix);
  requireAlternatives(m, 2, 'CRITIC');
  const cost = directionVector(options.directions, n);
  const normalized = new Float64Array(m * n);
  normalizeInto(values, m, n, new Array<'min-max'>(n).fill('min-max'), cost, normalized);
  // Centre each column, then correlations are dot products over the norms.
  const norms = centreColumns(normalized, m, n).map(Math.sqrt);
  const information = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const normJ = norms[j] ?? 0;
    if (normJ === 0) continue;
    let conflict = 0;
    for (let k = 0; k < n; k++) {
      if (k === j) continue;
      const normK = norms[k] ?? 0;
      let correlation = 0;
      if (normK > 0) {
        let dot = 0;
        for (let i = 0; i < m; i++)
          dot += (normalized[i * n + j] ?? 0) * (normalized[i * n + k] ?? 0);
        correlation = dot / (normJ * normK);
      }
      conflict += 1 - correlation;
    }
    information[j] = (normJ / Math.sqrt(m)) * conflict;
  }
  return proportional(information);
}
