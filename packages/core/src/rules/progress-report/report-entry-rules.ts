import { isBudgetCurrency } from '../../codes/currencies.js';
import type { ProgressReport } from '../../documents/progress-report/progress-report.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';

/** A milestone entry says either that the milestone was reached or when it is now expected. */
export const reportMilestoneEntry = defineRule({
  code: 'report/milestone-entry',
  severity: 'error',
  scope: 'ProgressReport',
  summary:
    'A milestone entry gives exactly one of `achieved` (the date it was reached) and `forecast` (the date it is now expected).',
  example:
    '`reports/2026-h2.yaml#/measureProgress/0/milestones/0/achieved: 2026-11-20`: `TAL-01-b` is both reached and re-forecast.',
  fix: 'Keep `achieved` once the milestone is reached, `forecast` while it is not; leave out a milestone with nothing to report.',
  check(report: ProgressReport, reportFinding) {
    report.measureProgress.forEach((entry, i) => {
      entry.milestones.forEach((milestone, j) => {
        const achieved = milestone.achieved !== undefined;
        const forecast = milestone.forecast !== undefined;
        if (achieved === forecast) {
          reportFinding(['measureProgress', i, 'milestones', j], {
            milestone: milestone.milestone,
            measure: entry.measure,
            both: achieved,
          });
        }
      });
    });
  },
});

/** No target group counts more people than the measure reached. */
export const reportGroupAboveTotal = defineRule({
  code: 'report/group-above-total',
  severity: 'error',
  scope: 'ProgressReport',
  summary:
    'The people a measure reached in one target group are not more than the total it reached.',
  example:
    '`reports/2026-h2.yaml#/measureProgress/1/beneficiaries/byGroup/0/count: 20`: 20 educators of the 12 people `M-TAL-02` reached.',
  fix: 'Correct the count of the group, or the total.',
  check(report: ProgressReport, reportFinding) {
    report.measureProgress.forEach((entry, i) => {
      const beneficiaries = entry.beneficiaries;
      beneficiaries?.byGroup.forEach((group, j) => {
        if (group.count > beneficiaries.total) {
          reportFinding(['measureProgress', i, 'beneficiaries', 'byGroup', j, 'count'], {
            measure: entry.measure,
            group: group.group,
            count: group.count,
            total: beneficiaries.total,
          });
        }
      });
    });
  },
});

/** A delivered amount names its currency. */
export const reportAmountWithoutCurrency = defineRule({
  code: 'report/amount-without-currency',
  severity: 'error',
  scope: 'ProgressReport',
  summary: 'A contribution delivered with an amount also states its currency.',
  example:
    '`reports/2026-h2.yaml#/contributions/-: { member: Example University, kind: expertise, amount: 20000, date: 2026-10-01 }`: an amount with no `currency`.',
  fix: 'Add `currency` with the ISO 4217 code of the amount, the currency of the pledge.',
  check(report: ProgressReport, reportFinding) {
    report.contributions.forEach((delivery, i) => {
      if (delivery.amount !== undefined && delivery.currency === undefined) {
        reportFinding(['contributions', i, 'amount'], { member: delivery.member });
      }
    });
  },
});

/** Spend and deliveries are in money, as the plan's budgets and pledges must be. */
export const reportNonBudgetCurrency = defineRule({
  code: 'report/non-budget-currency',
  severity: 'error',
  scope: 'ProgressReport',
  summary:
    'Spend and delivered contributions use a currency code that is money (not XXX, XTS, the metals XAU, XAG, XPT, XPD or the bond-market units XBA to XBD), as budgets and pledges do.',
  example:
    '`reports/2026-h2.yaml#/measureProgress/0/spend/currency: XXX` (XXX means "no currency").',
  fix: 'Use the code of the currency the money was paid in, such as USD or CHF.',
  check(report: ProgressReport, reportFinding) {
    report.measureProgress.forEach((entry, i) => {
      const currency = entry.spend?.currency;
      if (currency !== undefined && !isBudgetCurrency(currency)) {
        reportFinding(['measureProgress', i, 'spend', 'currency'], {
          currency,
          measure: entry.measure,
        });
      }
    });
    report.contributions.forEach((delivery, i) => {
      const currency = delivery.currency;
      if (currency !== undefined && !isBudgetCurrency(currency)) {
        reportFinding(['contributions', i, 'currency'], { currency, member: delivery.member });
      }
    });
  },
});

/**
 * The checks of single entries of a report: milestones, target groups, amounts and currencies.
 *
 * @example
 * ```ts
 * REPORT_ENTRY_RULES.map((rule) => rule.code).includes('report/group-above-total');
 * //=> true
 * ```
 */
export const REPORT_ENTRY_RULES: readonly AnyRule<ProgressReport>[] = [
  reportMilestoneEntry,
  reportGroupAboveTotal,
  reportAmountWithoutCurrency,
  reportNonBudgetCurrency,
];
