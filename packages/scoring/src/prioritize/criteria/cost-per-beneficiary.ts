import type { BuiltInCriterion } from './criterion.js';
import { formatNumber } from './criterion.js';

/** A measure's budget per beneficiary, in the currency costs are compared in. */
export const costPerBeneficiary: BuiltInCriterion = {
  value: (measure, { inputs, currency }) => {
    const { budget } = measure;
    if (budget === undefined) return { value: undefined, facts: { missing: 'no budget' } };
    const beneficiaries = measure.estimates.beneficiaries;
    if (beneficiaries === undefined || beneficiaries === 0) {
      return { value: undefined, facts: { missing: 'no estimate of beneficiaries' } };
    }
    const rate = budget.currency === currency ? 1 : inputs.profile.currency?.rates[budget.currency];
    if (rate === undefined || currency === undefined) {
      return {
        value: undefined,
        facts: {
          missing: `no exchange rate from ${budget.currency} to ${currency ?? 'a common currency'}`,
        },
      };
    }
    return { value: (budget.amount * rate) / beneficiaries, facts: { currency } };
  },
  phrase: ({ value, facts, strong, extreme }) => {
    const cost = `${facts.currency ?? ''} ${formatNumber(value, 0)}`.trim();
    return strong
      ? `${extreme ? 'lowest' : 'low'} cost per beneficiary (${cost})`
      : `${extreme ? 'highest' : 'high'} cost per beneficiary (${cost})`;
  },
};
