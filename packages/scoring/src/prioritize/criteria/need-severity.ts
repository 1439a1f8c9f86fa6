import { NO_TARGETS, hasTargets, needGaps } from './assessments.js';
import type { BuiltInCriterion } from './criterion.js';
import { plural } from './criterion.js';

/** The gaps of the needs a measure addresses, each weighted by its place's maturity tier. */
export const needSeverity: BuiltInCriterion = {
  value: (measure, { inputs, asOf }) => {
    if (!hasTargets(measure)) return { value: undefined, facts: { missing: NO_TARGETS } };
    const gaps = needGaps(measure, inputs.assessments, asOf);
    if (gaps.length === 0) {
      return {
        value: undefined,
        facts: { missing: 'no assessment covers its countries and pillars' },
      };
    }
    return {
      value: gaps.reduce((sum, g) => sum + g.gap * g.tierWeight, 0),
      facts: { gaps, asOf },
    };
  },
  phrase: ({ facts, strong, extreme }) => {
    const gaps = facts.gaps ?? [];
    const places = new Set(gaps.filter((g) => g.gap > 0).map((g) => g.place));
    const vulnerable = new Set(gaps.filter((g) => g.gap > 0 && g.vulnerable).map((g) => g.place));
    const pillars = [...new Set(gaps.filter((g) => g.gap > 0).map((g) => g.pillar))].join(' and ');
    if (!strong) return `${extreme ? 'smallest' : 'small'} assessed need addressed`;
    return `${extreme ? 'largest' : 'large'} ${pillars} gap addressed in ${plural(places.size, 'country')}${vulnerable.size > 0 ? `, ${vulnerable.size} of them LDC, LLDC or SIDS on ${facts.asOf ?? 'the as-of date'}` : ''}`;
  },
};
