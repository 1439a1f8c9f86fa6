import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import type { AnyRule } from '../rule.js';
import {
  planUnknownCountry,
  planUnknownOffice,
  planUnknownSdgTarget,
  planCountryOutsideRegion,
} from './codes.js';
import {
  planDuplicateEntry,
  planLeadAlsoContributor,
  planMissingEstimates,
  planObjectiveWithoutMeasure,
  planPillarOutsideObjectives,
} from './coherence.js';
import { planDateOrder, planIndicatorYearOrder, planOutsidePeriod } from './dates.js';
import { planDuplicateId } from './duplicate-id.js';
import { planGlobalWithTargets } from './targets.js';
import {
  planMilestoneBeforeDependency,
  planMilestoneCycle,
  planMilestoneOutsideSchedule,
} from './milestones.js';
import {
  planAmountWithoutCurrency,
  planBreakdownSum,
  planPartnerFinancingSum,
  planSecuredExceedsBudget,
} from './money.js';
import {
  planUnresolvedMandate,
  planUnresolvedMilestone,
  planUnresolvedObjective,
} from './references.js';

/**
 * The rules every work plan is checked against after its structure is valid, in the order they run.
 *
 * @example
 * ```ts
 * WORK_PLAN_RULES.map((rule) => rule.code).includes('plan/unresolved-objective');
 * //=> true
 * ```
 */
export const WORK_PLAN_RULES: readonly AnyRule<WorkPlan>[] = [
  planDuplicateId,
  planUnresolvedObjective,
  planUnresolvedMandate,
  planUnresolvedMilestone,
  planMilestoneCycle,
  planDateOrder,
  planOutsidePeriod,
  planMilestoneOutsideSchedule,
  planMilestoneBeforeDependency,
  planIndicatorYearOrder,
  planSecuredExceedsBudget,
  planBreakdownSum,
  planPartnerFinancingSum,
  planAmountWithoutCurrency,
  planUnknownCountry,
  planUnknownOffice,
  planUnknownSdgTarget,
  planCountryOutsideRegion,
  planObjectiveWithoutMeasure,
  planLeadAlsoContributor,
  planPillarOutsideObjectives,
  planDuplicateEntry,
  planMissingEstimates,
  planGlobalWithTargets,
];
