import { powerOfTwoScale } from './power-of-two-scale.js';
import { ScoringError } from './scoring-error.js';

/**
 * Checks criterion weights and scales them to sum 1.
 *
 * Every method calls this on its `weights` option, so weights may be given in any positive scale
 * (`[2, 1, 1]` is the same as `[0.5, 0.25, 0.25]`): they are normalised silently, never rejected
 * for not summing to 1. Zero weights are allowed as long as one weight is positive.
 *
 * @param weights - One non-negative finite weight per criterion.
 * @param criteria - The number of criteria the weights must cover, when known.
 * @returns The weights divided by their sum, as a new array.
 * @throws {@link ScoringError} `length-mismatch` when there are not `criteria` weights,
 *   `non-finite-value` (with `index`) for `NaN` or `Infinity`, `negative-weight` (with `index`),
 *   `zero-weights` when every weight is 0.
 *
 * @example
 * ```ts
 * normalizeWeights([2, 1, 1]);
 * //=> [0.5, 0.25, 0.25]
 * ```
 */
export function normalizeWeights(weights: readonly number[], criteria?: number): number[] {
  return Array.from(weightVector(weights, criteria ?? weights.length));
}

/** Validated weights summing to 1, as a typed array for the hot loops. */
export function weightVector(weights: readonly number[], criteria: number): Float64Array {
  const list: unknown = weights;
  if (!Array.isArray(list) || list.length !== criteria) {
    throw new ScoringError(
      'length-mismatch',
      `Expected ${criteria} weights, one per criterion; got ${Array.isArray(list) ? list.length : 'none'}.`,
    );
  }
  const vector = new Float64Array(criteria);
  let sum = 0;
  let largest = 0;
  for (let j = 0; j < criteria; j++) {
    const weight: unknown = list[j];
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      throw new ScoringError(
        'non-finite-value',
        `Weight ${j} is ${String(weight)}; weights must be finite numbers.`,
        { index: j, column: j },
      );
    }
    if (weight < 0) {
      throw new ScoringError(
        'negative-weight',
        `Weight ${j} is ${weight}; weights cannot be negative.`,
        {
          index: j,
          column: j,
        },
      );
    }
    vector[j] = weight;
    sum += weight;
    largest = Math.max(largest, weight);
  }
  if (sum === Infinity) {
    // Weights such as [1e308, 1e308] sum past the largest double: scale them down first.
    const scale = powerOfTwoScale(largest);
    sum = 0;
    for (let j = 0; j < criteria; j++) {
      const scaled = (vector[j] ?? 0) * scale;
      vector[j] = scaled;
      sum += scaled;
    }
  }
  if (sum === 0) {
    throw new ScoringError('zero-weights', 'Every weight is 0; at least one must be positive.');
  }
  for (let j = 0; j < criteria; j++) vector[j] = (vector[j] ?? 0) / sum;
  return vector;
}
