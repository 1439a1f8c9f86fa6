import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

/** The mandates and SDG targets a measure answers. */
export const alignment: BuiltInCriterion = {
  value: (measure) => ({
    value: new Set(measure.mandates).size + new Set(measure.sdgTargets).size,
    facts: {},
  }),
  phrase: ({ value, strong }) =>
    strong
      ? `answers ${formatNumber(value, 0)} mandates and SDG targets`
      : `weak alignment with mandates and SDG targets (${formatNumber(value, 0)})`,
};
