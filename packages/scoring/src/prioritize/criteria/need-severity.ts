import type { Pillar } from '@itu-aicb/core';
import { PILLAR_LABELS } from '@itu-aicb/core';
import { inSentence } from '../wording/shared.js';
import { NO_TARGETS, hasTargets, needGaps } from './assessments.js';
import type { BuiltInCriterion } from './criterion.js';
import { plural } from './criterion.js';

/** Pillars by their English names, as they read in a sentence: `talent and skills and data`. */
const pillarNames = (pillars: readonly Pillar[]): string =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(
    pillars.map((pillar) => inSentence(PILLAR_LABELS[pillar], 'en')),
  );

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
    const pillars = [...new Set(gaps.filter((g) => g.gap > 0).map((g) => g.pillar))];
    if (!strong) return `${extreme ? 'smallest' : 'small'} assessed need addressed`;
    const gap = pillars.length === 0 ? 'gap' : `gap in ${pillarNames(pillars)}`;
    return `${extreme ? 'largest' : 'large'} ${gap} addressed in ${plural(places.size, 'country')}${vulnerable.size > 0 ? `, ${vulnerable.size} of them LDC, LLDC or SIDS on ${facts.asOf ?? 'the as-of date'}` : ''}`;
  },
};
