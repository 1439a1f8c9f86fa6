import { ScoringError } from '../kernel/scoring-error.js';

/**
 * Gives every criterion the same weight.
 *
 * @param criteria - The number of criteria, a positive integer.
 * @returns `criteria` weights of `1 / criteria`, summing to 1.
 * @throws {@link ScoringError} `invalid-option` unless `criteria` is a positive integer.
 * @see Dawes, R. M. and Corrigan, B. (1974). Linear models in decision making. Psychological
 *   Bulletin 81(2), 95-106.
 *
 * @example
 * ```ts
 * equalWeights(4);
 * //=> [0.25, 0.25, 0.25, 0.25]
 * ```
 */
export function equalWeights(criteria: number): number[] {
  if (!Number.isInteger(criteria) || criteria < 1) {
    throw new ScoringError(
      'invalid-option',
      `The number of criteria is ${criteria}; it must be a positive integer.`,
    );
  }
  return new Array<number>(criteria).fill(1 / criteria);
}
