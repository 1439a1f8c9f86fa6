import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import type { AnyRule } from '../rule.js';
import {
  planChairNotMember,
  planLeadBureauParticipating,
  planLeadOutsideArrangements,
} from './arrangements.js';
import { planDuplicateTitle, planIndicatorWithoutUnit } from './completeness.js';
import {
  planDuplicatePartner,
  planFinancingWithoutBudget,
  planNonBudgetCurrency,
  planPartnerFinancesNothing,
} from './funding.js';
import {
  planFirstResultsAfterEnd,
  planIndicatorTargetOutsidePeriod,
  planLongPeriod,
  planMandateAfterPlan,
} from './plausibility.js';
import { planDoneMilestoneInPipeline } from './progress.js';
import { planCountryNotItuMember, planRegionWithoutCountry } from './targets.js';
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
  // What a reviewer checks beyond consistency: plausibility, money, coordination, progress.
  planLongPeriod,
  planMandateAfterPlan,
  planFirstResultsAfterEnd,
  planIndicatorTargetOutsidePeriod,
  planNonBudgetCurrency,
  planPartnerFinancesNothing,
  planFinancingWithoutBudget,
  planDuplicatePartner,
  planLeadBureauParticipating,
  planLeadOutsideArrangements,
  planChairNotMember,
  planRegionWithoutCountry,
  planCountryNotItuMember,
  planDoneMilestoneInPipeline,
  planDuplicateTitle,
  planIndicatorWithoutUnit,
];
