import type { ScoringMethod } from '@itu-aicb/core';

/** How a score of each method reads, given the score written with three decimals. */
const READINGS: Readonly<Record<ScoringMethod, (score: string, value: number) => string>> = {
  topsis: (score, value) =>
    `A score of ${score} means the measure stands ${Math.round(value * 100)}% of the way from a measure with the worst value of these measures on every criterion (0) to one with the best value on every criterion (1); higher is better.`,
  'weighted-sum': (score) =>
    `A score of ${score} is the measure's weighted sum of normalised values: a measure best on every criterion would score near 1, and the difference between two scores is their difference in weighted value; higher is better.`,
  'weighted-product': (score) =>
    `A score of ${score} is the product of the measure's values raised to their weights: only ratios between scores mean something (a score twice as high is twice as good on this scale); higher is better.`,
  vikor: (score) =>
    `A score (Q) of ${score} places the measure between the best compromise of these measures (0) and the worst (1), combining its total weighted shortfall and its largest single shortfall; lower is better.`,
  'promethee-ii': (score) =>
    `A net flow of ${score} says how much the measure is preferred to the others minus how much they are preferred to it, from -1 (every other measure preferred on every criterion) to 1; higher is better.`,
  copras: (score) =>
    `A score of ${score} is the measure's utility in percent of the best measure's (100); higher is better.`,
  spotis: (score) =>
    `A score of ${score} is the measure's weighted distance from the ideal point set by the criteria's bounds, from 0 (the ideal on every criterion) to 1; lower is better.`,
};

/**
 * What a score means, in words, for the method that gave it.
 *
 * @param score - A measure's score.
 * @param method - The method of the prioritisation.
 * @returns One sentence that reads the score.
 *
 * @example
 * ```ts
 * scoreInWords(0.501, 'topsis').startsWith('A score of 0.501 means the measure stands 50% of the way');
 * //=> true
 * ```
 */
export function scoreInWords(score: number, method: ScoringMethod): string {
  const text = Math.abs(score) >= 1000 ? score.toFixed(0) : score.toFixed(3);
  return READINGS[method](text, score);
}
