import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';

/** Shares that must add up to a whole may differ from it by this many percentage points. */
const PERCENT_TOLERANCE = 1e-6;

/** Round a percentage sum for display, so that floating-point noise does not show. */
const roundPercent = (sum: number): number => Math.round(sum * 1e6) / 1e6;

/** The secured part of a budget is not larger than the budget. */
export const planSecuredExceedsBudget = defineRule({
  code: 'plan/secured-exceeds-budget',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A measure's secured amount is not above its budget amount.",
  example: '`work-plan.yaml#/measures/0/budget/secured: 900000`, for a budget of 850000.',
  fix: 'Raise the budget amount, or lower the secured amount.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const budget = measure.budget;
      if (budget !== undefined && budget.secured > budget.amount) {
        report(['measures', i, 'budget', 'secured'], {
          secured: budget.secured,
          amount: budget.amount,
          currency: budget.currency,
        });
      }
    });
  },
});

/** Budget lines, when given, add up to 100 %. */
export const planBreakdownSum = defineRule({
  code: 'plan/breakdown-sum',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "The shares of a budget's breakdown add up to 100.",
  example:
    '`work-plan.yaml#/measures/0/budget/breakdown: [{ label: training delivery, percent: 70 }, { label: travel, percent: 20 }]`: 90 in all.',
  fix: 'Adjust the shares so that they add up to 100.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const lines = measure.budget?.breakdown ?? [];
      if (lines.length === 0) return;
      const sum = lines.reduce((total, line) => total + line.percent, 0);
      if (Math.abs(sum - 100) > PERCENT_TOLERANCE) {
        report(['measures', i, 'budget', 'breakdown'], { sum: roundPercent(sum) });
      }
    });
  },
});

/** The partners' financing shares of a measure add up to at most 100 %. */
export const planPartnerFinancingSum = defineRule({
  code: 'plan/partner-financing-sum',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "The partners' `financingPercent` shares of a measure add up to at most 100.",
  example:
    '`work-plan.yaml#/measures/0/partners: [{ name: UNDP, role: funding, financingPercent: 60 }, { name: UNESCO, role: funding, financingPercent: 60 }]`.',
  fix: 'Lower the shares.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const sum = measure.partners.reduce(
        (total, partner) => total + (partner.financingPercent ?? 0),
        0,
      );
      if (sum > 100 + PERCENT_TOLERANCE) {
        report(['measures', i, 'partners'], { sum: roundPercent(sum) });
      }
    });
  },
});

/** A contribution with an amount names its currency. */
export const planAmountWithoutCurrency = defineRule({
  code: 'plan/amount-without-currency',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A member's contribution that states an amount also states its currency.",
  example:
    '`work-plan.yaml#/arrangements/contributions/-: { member: Example Member State, category: member-state, kind: financial, amount: 100000 }`: an amount with no `currency`.',
  fix: 'Add `currency` with an ISO 4217 code.',
  check(plan: WorkPlan, report) {
    plan.arrangements.contributions.forEach((contribution, i) => {
      if (contribution.amount !== undefined && contribution.currency === undefined) {
        report(['arrangements', 'contributions', i, 'amount'], { member: contribution.member });
      }
    });
  },
});
