import type { BuiltInCriterion } from './criterion.js';
import { estimated, formatNumber } from './criterion.js';

/** The planner's estimate of how feasible a measure is, 1 to 5. */
export const feasibility: BuiltInCriterion = {
  value: (measure) => estimated(measure.estimates.feasibility, 'feasibility'),
  bounds: [1, 5],
  phrase: ({ value, strong, extreme }) =>
    `${strong ? (extreme ? 'most' : 'highly') : extreme ? 'least' : 'less'} feasible (${formatNumber(value)}/5)`,
};
