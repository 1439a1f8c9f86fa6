import type { BuiltInCriterion } from './criterion.js';
import { estimated, formatNumber } from './criterion.js';

/** The planner's estimate of a measure's risk, 1 to 5. */
export const risk: BuiltInCriterion = {
  value: (measure) => estimated(measure.estimates.risk, 'risk'),
  bounds: [1, 5],
  phrase: ({ value, strong, extreme }) =>
    `${strong ? (extreme ? 'lowest' : 'low') : extreme ? 'highest' : 'high'} risk (${formatNumber(value)}/5)`,
};
