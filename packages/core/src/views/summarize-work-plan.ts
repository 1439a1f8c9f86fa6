import type { Measure } from '../documents/work-plan/measure.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';

/**
 * Money by currency: the budget amount and its secured part. Amounts in different currencies are
 * never added together.
 *
 * @example
 * ```ts
 * const totals: CurrencyTotals = { USD: { amount: 400000, secured: 150000 } };
 * ```
 */
export type CurrencyTotals = Readonly<
  Record<string, { readonly amount: number; readonly secured: number }>
>;

/**
 * How many measures fall in a group and what they cost.
 *
 * @example
 * ```ts
 * const group: SummaryGroup = { measures: 3, withoutBudget: 1, budget: { USD: { amount: 900000, secured: 250000 } } };
 * ```
 */
export interface SummaryGroup {
  /** Number of measures in the group. */
  readonly measures: number;
  /** How many of them have no budget yet. */
  readonly withoutBudget: number;
  /** Their budgets by currency. */
  readonly budget: CurrencyTotals;
}

/**
 * A plan's measures and budget, in total and by pillar, target region, lead entity and status.
 *
 * A measure counts in every group it belongs to: one on two pillars counts under both, so group
 * totals can add up to more than the plan total. A measure with no target region counts under
 * `global`.
 *
 * @example
 * ```ts
 * declare const summary: WorkPlanSummary;
 * summary.byPillar['talent']?.measures;
 * ```
 */
export interface WorkPlanSummary {
  /** All measures. */
  readonly total: SummaryGroup;
  /** By pillar addressed. */
  readonly byPillar: Readonly<Record<string, SummaryGroup>>;
  /** By target region, `global` for measures without one. */
  readonly byRegion: Readonly<Record<string, SummaryGroup>>;
  /** By lead bureau or office. */
  readonly byLead: Readonly<Record<string, SummaryGroup>>;
  /** By measure status. */
  readonly byStatus: Readonly<Record<string, SummaryGroup>>;
}

interface MutableGroup {
  measures: number;
  withoutBudget: number;
  budget: Record<string, { amount: number; secured: number }>;
}

function add(group: MutableGroup, measure: Measure): void {
  group.measures += 1;
  const budget = measure.budget;
  if (budget === undefined) {
    group.withoutBudget += 1;
    return;
  }
  const totals = (group.budget[budget.currency] ??= { amount: 0, secured: 0 });
  totals.amount += budget.amount;
  totals.secured += budget.secured;
}

function addTo(groups: Map<string, MutableGroup>, keys: Iterable<string>, measure: Measure): void {
  for (const key of new Set(keys)) {
    let group = groups.get(key);
    if (group === undefined) {
      group = { measures: 0, withoutBudget: 0, budget: {} };
      groups.set(key, group);
    }
    add(group, measure);
  }
}

/**
 * Sums a plan's measures and budgets in total and by pillar, region, lead and status.
 *
 * @param plan - A validated work plan.
 * @returns The summary; see {@link WorkPlanSummary} for how overlapping groups count.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * summarizeWorkPlan(plan).total.budget['USD']?.amount;
 * //=> 2450000
 * ```
 */
export function summarizeWorkPlan(plan: WorkPlan): WorkPlanSummary {
  const total: MutableGroup = { measures: 0, withoutBudget: 0, budget: {} };
  const byPillar = new Map<string, MutableGroup>();
  const byRegion = new Map<string, MutableGroup>();
  const byLead = new Map<string, MutableGroup>();
  const byStatus = new Map<string, MutableGroup>();
  for (const measure of plan.measures) {
    add(total, measure);
    addTo(byPillar, measure.pillars, measure);
    addTo(byRegion, measure.targetRegions.length > 0 ? measure.targetRegions : ['global'], measure);
    addTo(byLead, [measure.lead], measure);
    addTo(byStatus, [measure.status], measure);
  }
  return {
    total,
    byPillar: Object.fromEntries(byPillar),
    byRegion: Object.fromEntries(byRegion),
    byLead: Object.fromEntries(byLead),
    byStatus: Object.fromEntries(byStatus),
  };
}
