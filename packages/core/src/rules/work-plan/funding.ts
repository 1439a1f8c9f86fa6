import { isBudgetCurrency } from '../../codes/currencies.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { forEachDuplicateId, readerKey } from '../list-checks.js';
import { defineRule } from '../rule.js';

/** Budgets and contributions are in a currency, not in a unit that is not money. */
export const planNonBudgetCurrency = defineRule({
  code: 'plan/non-budget-currency',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'Budgets and contributions use a currency code that is money (not XXX, XTS, the metals XAU, XAG, XPT, XPD or the bond-market units XBA to XBD).',
  example: '`work-plan.yaml#/measures/0/budget/currency: XXX` (XXX means "no currency").',
  fix: 'Use the code of the currency the money is held in, such as USD or CHF.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const currency = measure.budget?.currency;
      if (currency !== undefined && !isBudgetCurrency(currency)) {
        report(['measures', i, 'budget', 'currency'], {
          currency,
          what: `budget of measure "${measure.id}"`,
        });
      }
    });
    plan.arrangements.contributions.forEach((contribution, i) => {
      const currency = contribution.currency;
      if (currency !== undefined && !isBudgetCurrency(currency)) {
        report(['arrangements', 'contributions', i, 'currency'], {
          currency,
          what: `contribution of "${contribution.member}"`,
        });
      }
    });
  },
});

/** A funding partner finances some of the budget. */
export const planPartnerFinancesNothing = defineRule({
  code: 'plan/partner-finances-nothing',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A partner with the role `funding` does not state that it finances 0% of the budget.',
  example:
    '`work-plan.yaml#/measures/2/partners/0/financingPercent: 0`, for a partner with `role: funding`.',
  fix: 'Give the share it finances, leave `financingPercent` out while it is not known, or give the partner its real role.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      measure.partners.forEach((partner, j) => {
        if (partner.role === 'funding' && partner.financingPercent === 0) {
          report(['measures', i, 'partners', j, 'financingPercent'], {
            measure: measure.id,
            partner: partner.name,
          });
        }
      });
    });
  },
});

/** A partner appears once on a measure. */
export const planDuplicatePartner = defineRule({
  code: 'plan/duplicate-partner',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A measure lists each partner once (names compared without regard to case or spacing).',
  example:
    '`work-plan.yaml#/measures/0/partners/-: { name: undp, role: funding }`, in a measure that lists `UNDP` already.',
  fix: 'Keep one entry per partner, with its main role and its whole financing share.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.partners.length < 2) return;
      forEachDuplicateId(
        measure.partners.map((partner, j) => [readerKey(partner.name), { j, partner }] as const),
        (_, { j, partner }) => {
          report(['measures', i, 'partners', j, 'name'], {
            measure: measure.id,
            partner: partner.name,
          });
        },
      );
    });
  },
});

/** Partners' financing shares are shares of a budget the measure states. */
export const planFinancingWithoutBudget = defineRule({
  code: 'plan/financing-without-budget',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A measure whose partners finance a share of it states the budget they share.',
  example:
    '`work-plan.yaml#/measures/8/partners: [{ name: UNDP, role: funding, financingPercent: 40 }]`, in a measure with no `budget`.',
  fix: 'Add `budget` with the amount and currency, or drop the shares until the budget is known.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.budget !== undefined) return;
      const j = measure.partners.findIndex((partner) => (partner.financingPercent ?? 0) > 0);
      if (j >= 0)
        report(['measures', i, 'partners', j, 'financingPercent'], { measure: measure.id });
    });
  },
});
