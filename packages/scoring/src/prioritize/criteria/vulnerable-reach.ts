import { NO_TARGETS, assessmentsAddressed, hasTargets, vulnerability } from './assessments.js';
import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

const reached = (value: number): string =>
  value === 1 ? 'one LDC, LLDC or SIDS' : `${formatNumber(value, 0)} LDCs, LLDCs or SIDS`;

/**
 * The LDCs, LLDCs and SIDS a measure reaches, by their groups on the as-of date; a country whose
 * membership is uncertain on that date counts and is flagged. Unknown for a measure that names
 * no targets and is not marked global.
 */
export const vulnerableReach: BuiltInCriterion = {
  value: (measure, { inputs, asOf }) => {
    if (!hasTargets(measure)) return { value: undefined, facts: { missing: NO_TARGETS } };
    const countries =
      measure.targetCountries.length > 0
        ? measure.targetCountries
        : assessmentsAddressed(measure, inputs.assessments).flatMap((a) =>
            a.scope.type === 'country' ? [a.scope.country] : [],
          );
    const vulnerable: string[] = [];
    const uncertain: string[] = [];
    for (const country of new Set(countries)) {
      const standing = vulnerability(country, asOf);
      if (standing.status === 'not-member') continue;
      vulnerable.push(country);
      if (standing.status === 'uncertain') {
        uncertain.push(`${country} ${standing.uncertain.join(', ')}`);
      }
    }
    return {
      value: vulnerable.length,
      facts: {
        vulnerableCountries: vulnerable,
        asOf,
        ...(uncertain.length > 0 ? { uncertainCountries: uncertain } : {}),
      },
    };
  },
  phrase: ({ value, strong, facts }) => {
    const uncertain = facts.uncertainCountries?.length ?? 0;
    const when = ` on ${facts.asOf ?? 'the as-of date'}${uncertain > 0 ? `, ${uncertain} of them uncertain` : ''}`;
    return strong
      ? `reaches ${reached(value)}${when}`
      : value === 0
        ? `reaches no LDC, LLDC or SIDS on ${facts.asOf ?? 'the as-of date'}`
        : `reaches only ${reached(value)}${when}`;
  },
};
