import { assessmentsAddressed, isVulnerable } from './assessments.js';
import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

const reached = (value: number): string =>
  value === 1 ? 'one LDC, LLDC or SIDS' : `${formatNumber(value, 0)} LDCs, LLDCs or SIDS`;

/** The LDCs, LLDCs and SIDS a measure reaches. */
export const vulnerableReach: BuiltInCriterion = {
  value: (measure, { inputs }) => {
    const countries =
      measure.targetCountries.length > 0
        ? measure.targetCountries
        : assessmentsAddressed(measure, inputs.assessments).flatMap((a) =>
            a.scope.type === 'country' ? [a.scope.country] : [],
          );
    const vulnerable = [...new Set(countries)].filter(isVulnerable);
    return { value: vulnerable.length, facts: { vulnerableCountries: vulnerable } };
  },
  phrase: ({ value, strong }) =>
    strong
      ? `reaches ${reached(value)}`
      : value === 0
        ? 'reaches no LDC, LLDC or SIDS'
        : `reaches only ${reached(value)}`,
};
