import type { BuiltInCriterion } from './criterion.js';
import { estimated, formatNumber } from './criterion.js';

/** The planner's estimate of the months until a measure's first results, 0 to 240. */
export const timeToResults: BuiltInCriterion = {
  value: (measure) => estimated(measure.estimates.monthsToFirstResults, 'monthsToFirstResults'),
  bounds: [0, 240],
  phrase: ({ value, strong, extreme }) =>
    `${strong ? (extreme ? 'fastest' : 'quick') : extreme ? 'slowest' : 'slow'} first results (${formatNumber(value)} ${value === 1 ? 'month' : 'months'})`,
};
