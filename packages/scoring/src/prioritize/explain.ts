import type { CriterionFacts } from './criteria/criterion.js';
import type { PriorityCriterion } from '@itu-aicb/core';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';
import type { ResolvedCriterion } from './derive-criteria.js';
import type { Spread } from './spread.js';
import { isExtreme, standing } from './spread.js';

/** What {@link explainRank} needs of one ranked measure. */
export interface RankToExplain {
  readonly rank: number;
  readonly total: number;
  readonly criteria: readonly ResolvedCriterion[];
  readonly weights: readonly number[];
  /** The spread of each criterion's measured values among the ranked measures. */
  readonly spreads: readonly (Spread | undefined)[];
  readonly values: readonly {
    readonly value: number;
    readonly normalized: number;
    readonly filled?: 'worst' | 'median';
  }[];
  readonly facts: readonly CriterionFacts[];
}

/** How one criterion reads as a strength or a weakness of a measure. */
function phrase(
  criterion: ResolvedCriterion,
  value: number,
  facts: CriterionFacts,
  strong: boolean,
  extreme: boolean,
  wording: PrioritizeWording,
): string {
  const builtIn = criterion.builtIn
    ? wording.phrases[criterion.id as PriorityCriterion]
    : undefined;
  if (builtIn === undefined) {
    return wording.ownCriterion({ label: criterion.label, value, strong });
  }
  return builtIn({ value, facts, strong, extreme });
}

const MAX_STRENGTHS = 3;
const MAX_WEAKNESSES = 2;

/**
 * A short plain-language reason for a rank: the rank, then the measure's strengths (up to three,
 * by weight), its weaknesses (up to two, by weight) and the values it lacks. A measured value is
 * a strength when it is at least as good as the better quartile of the measured values and better
 * than their median, a weakness when it is at most as good as the worse quartile and worse than
 * the median (robust to outliers; see the scoring guide). "Largest", "lowest" and the like mean
 * the best or worst measured value among the ranked measures. A value the missing-data policy
 * filled in is named as unknown, with the reason.
 */
export function explainRank(
  input: RankToExplain,
  wording: PrioritizeWording = englishPrioritizeWording,
): string {
  const { criteria, weights, values, facts, spreads } = input;
  const strengths: { weight: number; text: string }[] = [];
  const weaknesses: { weight: number; text: string }[] = [];
  const unknown: { weight: number; text: string }[] = [];
  criteria.forEach((criterion, j) => {
    const weight = weights[j] ?? 0;
    const entry = values[j];
    const spread = spreads[j];
    if (weight <= 0 || entry === undefined) return;
    const fact = facts[j] ?? {};
    if (entry.filled !== undefined) {
      unknown.push({
        weight,
        text: wording.unknown({
          label: criterion.label,
          why: wording.missing(fact.missing ?? 'missing'),
          filled: entry.filled,
        }),
      });
      return;
    }
    if (spread === undefined) return;
    const side = standing(entry.value, criterion.direction, spread);
    if (side === undefined) return;
    const strong = side === 'strength';
    const extreme = isExtreme(entry.value, criterion.direction, spread, strong ? 'best' : 'worst');
    (strong ? strengths : weaknesses).push({
      weight,
      text: phrase(criterion, entry.value, fact, strong, extreme, wording),
    });
  });
  const byWeight = (a: { weight: number }, b: { weight: number }): number => b.weight - a.weight;
  const list = (items: { weight: number; text: string }[], limit: number): string[] =>
    items
      .sort(byWeight)
      .slice(0, limit)
      .map((item) => item.text);
  return wording.reason({
    rank: input.rank,
    total: input.total,
    strengths: list(strengths, MAX_STRENGTHS),
    weaknesses: list(weaknesses, MAX_WEAKNESSES),
    unknown: list(unknown, unknown.length),
  });
}
