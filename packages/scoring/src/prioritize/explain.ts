import type { PriorityCriterion } from '@itu-aicb/core';
import type { CriterionFacts, ResolvedCriterion } from './derive-criteria.js';

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

const number = (value: number, digits = 1): string =>
  value.toLocaleString('en', { maximumFractionDigits: digits });

const plural = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** How one criterion reads as a strength or a weakness of a measure. */
function phrase(
  criterion: ResolvedCriterion,
  value: number,
  facts: CriterionFacts,
  strong: boolean,
  extreme: boolean,
): string {
  if (!criterion.builtIn) {
    return `${strong ? 'strong' : 'weak'} on ${criterion.label} (${number(value, 2)})`;
  }
  switch (criterion.id as PriorityCriterion) {
    case 'need-severity': {
      const gaps = facts.gaps ?? [];
      const places = new Set(gaps.filter((g) => g.gap > 0).map((g) => g.place));
      const vulnerable = new Set(gaps.filter((g) => g.gap > 0 && g.vulnerable).map((g) => g.place));
      const pillars = [...new Set(gaps.filter((g) => g.gap > 0).map((g) => g.pillar))].join(
        ' and ',
      );
      if (!strong) return `${extreme ? 'smallest' : 'small'} assessed need addressed`;
      return `${extreme ? 'largest' : 'large'} ${pillars} gap addressed in ${plural(places.size, 'country')}${vulnerable.size > 0 ? `, ${vulnerable.size} of them LDC, LLDC or SIDS` : ''}`;
    }
    case 'vulnerable-reach':
      return strong
        ? `reaches ${value === 1 ? 'one LDC, LLDC or SIDS' : `${number(value, 0)} LDCs, LLDCs or SIDS`}`
        : value === 0
          ? 'reaches no LDC, LLDC or SIDS'
          : `reaches only ${value === 1 ? 'one LDC, LLDC or SIDS' : `${number(value, 0)} LDCs, LLDCs or SIDS`}`;
    case 'cost-per-beneficiary': {
      const cost = `${facts.currency ?? ''} ${number(value, 0)}`.trim();
      return strong
        ? `${extreme ? 'lowest' : 'low'} cost per beneficiary (${cost})`
        : `${extreme ? 'highest' : 'high'} cost per beneficiary (${cost})`;
    }
    case 'initiative-leverage':
      return strong
        ? `builds on ${plural(value, 'existing initiative')}`
        : value === 0
          ? 'builds on no existing initiative'
          : `builds on only ${plural(value, 'existing initiative')}`;
    case 'co-financing':
      return strong
        ? `${number(value * 100, 0)}% co-financing secured`
        : `${extreme ? 'lowest' : 'low'} co-financing (${number(value * 100, 0)}% secured)`;
    case 'coordination':
      return strong
        ? `${number(value, 0)} ITU bureaus and offices involved`
        : `few ITU bureaus and offices involved (${number(value, 0)})`;
    case 'alignment':
      return strong
        ? `answers ${number(value, 0)} mandates and SDG targets`
        : `weak alignment with mandates and SDG targets (${number(value, 0)})`;
    case 'feasibility':
      return `${strong ? (extreme ? 'most' : 'highly') : extreme ? 'least' : 'less'} feasible (${number(value)}/5)`;
    case 'risk':
      return `${strong ? (extreme ? 'lowest' : 'low') : extreme ? 'highest' : 'high'} risk (${number(value)}/5)`;
    case 'time-to-results':
      return `${strong ? (extreme ? 'fastest' : 'quick') : extreme ? 'slowest' : 'slow'} first results (${number(value)} months)`;
  }
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
