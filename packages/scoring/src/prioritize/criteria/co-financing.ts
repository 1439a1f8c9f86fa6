import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

/** The share of a measure's budget that is secured, at most 1. */
export const coFinancing: BuiltInCriterion = {
  value: ({ budget }) => {
    if (budget === undefined || budget.amount === 0) {
      return { value: undefined, facts: { missing: 'no budget' } };
    }
    return { value: Math.min(1, budget.secured / budget.amount), facts: {} };
  },
  bounds: [0, 1],
  phrase: ({ value, strong, extreme }) =>
    strong
      ? `${formatNumber(value * 100, 0)}% co-financing secured`
      : `${extreme ? 'lowest' : 'low'} co-financing (${formatNumber(value * 100, 0)}% secured)`,
};
