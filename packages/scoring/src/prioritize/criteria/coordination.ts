import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

/** The ITU bureaus and offices involved in a measure: its lead and contributors. */
export const coordination: BuiltInCriterion = {
  value: (measure) => ({ value: new Set([measure.lead, ...measure.contributors]).size, facts: {} }),
  phrase: ({ value, strong }) =>
    strong
      ? `${formatNumber(value, 0)} ITU bureaus and offices involved`
      : `few ITU bureaus and offices involved (${formatNumber(value, 0)})`,
};
