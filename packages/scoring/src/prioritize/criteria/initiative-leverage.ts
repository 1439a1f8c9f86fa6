import type { BuiltInCriterion } from './criterion.js';
import { plural } from './criterion.js';

/** The existing initiatives, listed in the catalogues, that a measure builds on. */
export const initiativeLeverage: BuiltInCriterion = {
  value: (measure, { initiativeIds }) => {
    const initiatives = [...new Set(measure.buildsOn)].filter((id) => initiativeIds.has(id));
    return { value: initiatives.length, facts: { initiatives } };
  },
  phrase: ({ value, strong }) =>
    strong
      ? `builds on ${plural(value, 'existing initiative')}`
      : value === 0
        ? 'builds on no existing initiative'
        : `builds on only ${plural(value, 'existing initiative')}`,
};
