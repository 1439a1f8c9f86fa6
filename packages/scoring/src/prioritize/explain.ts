import type { CriterionFacts } from './criteria/criterion.js';
import { formatNumber } from './criteria/criterion.js';
import type { ResolvedCriterion } from './derive-criteria.js';

/** What {@link explainRank} needs of one ranked measure. */
export interface RankToExplain {
  readonly rank: number;
  readonly total: number;
  readonly criteria: readonly ResolvedCriterion[];
  readonly weights: readonly number[];
  readonly values: readonly {
    readonly value: number;
    readonly normalized: number;
    readonly filled?: string;
  }[];
  readonly facts: readonly CriterionFacts[];
}

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`... */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinals.select(n)] ?? 'th'}`;
}

/** How one criterion reads as a strength or a weakness of a measure. */
function phrase(
  criterion: ResolvedCriterion,
  value: number,
  facts: CriterionFacts,
  strong: boolean,
  extreme: boolean,
): string {
  if (criterion.definition === undefined) {
    return `${strong ? 'strong' : 'weak'} on ${criterion.label} (${formatNumber(value, 2)})`;
  }
  return criterion.definition.phrase({ value, facts, strong, extreme });
}

/**
 * A short plain-language reason for a rank: the rank, then the measure's two strongest criteria
 * by weight times normalised value (those at 2/3 of the range or better), then its weakest
 * weighted criterion if it sits in the bottom third. "Largest", "lowest" and the like mean the
 * best or worst among the ranked measures; a value the missing-data policy filled in is named as
 * unknown, with the reason.
 */
export function explainRank(input: RankToExplain): string {
  const { criteria, weights, values, facts } = input;
  const indexed = criteria.map((criterion, j) => ({
    criterion,
    j,
    weight: weights[j] ?? 0,
    value: values[j]?.value ?? 0,
    normalized: values[j]?.normalized ?? 0,
    filled: values[j]?.filled,
  }));
  const describe = (entry: (typeof indexed)[number], strong: boolean): string => {
    const fact = facts[entry.j] ?? {};
    if (entry.filled !== undefined) {
      return `${entry.criterion.label.toLowerCase()} unknown (${fact.missing ?? 'missing'}; counted as the ${entry.filled})`;
    }
    const extreme = strong ? entry.normalized === 1 : entry.normalized === 0;
    return phrase(entry.criterion, entry.value, fact, strong, extreme);
  };
  const strengths = indexed
    .filter((e) => e.weight > 0 && e.normalized >= 2 / 3 && e.filled === undefined)
    .sort((a, b) => b.weight * b.normalized - a.weight * a.normalized || a.j - b.j)
    .slice(0, 2);
  const weakest = indexed
    .filter((e) => e.weight > 0 && e.normalized <= 1 / 3)
    .sort((a, b) => b.weight * (1 - b.normalized) - a.weight * (1 - a.normalized) || a.j - b.j)[0];
  const parts = strengths.map((e) => describe(e, true));
  if (weakest !== undefined) parts.push(describe(weakest, false));
  const head = `ranked ${ordinal(input.rank)} of ${input.total}`;
  return parts.length === 0 ? `${head}: no criterion stands out` : `${head}: ${parts.join('; ')}`;
}
