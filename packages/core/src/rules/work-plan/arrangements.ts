import { isBureau } from '../../codes/bureaus.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { isKnownEntity } from '../known-codes.js';
import { defineRule } from '../rule.js';

/** The lead bureau is not listed again among the participating bureaus. */
export const planLeadBureauParticipating = defineRule({
  code: 'plan/lead-bureau-participating',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    'The lead bureau of the arrangements is not listed again among the participating bureaus.',
  example:
    '`work-plan.yaml#/arrangements/participatingBureaus: [GS, TSB, BDT]`, with `leadBureau: BDT`.',
  fix: 'Remove the lead bureau from `participatingBureaus`.',
  check(plan: WorkPlan, report) {
    const { leadBureau, participatingBureaus } = plan.arrangements;
    participatingBureaus.forEach((bureau, i) => {
      if (bureau === leadBureau) {
        report(['arrangements', 'participatingBureaus', i], { bureau });
      }
    });
  },
});

/** Measures are led by bureaus and offices that take part in the plan's arrangements. */
export const planLeadOutsideArrangements = defineRule({
  code: 'plan/lead-outside-arrangements',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    "A measure is led by the lead bureau, a participating bureau or a regional office listed in the plan's `arrangements`.",
  example:
    '`work-plan.yaml#/measures/0/lead: BR`, in a plan with `leadBureau: BDT` and `participatingBureaus: [GS, TSB]`.',
  fix: 'Add the bureau to `participatingBureaus` or the office to `regionalOffices`, or change the lead.',
  check(plan: WorkPlan, report) {
    const { leadBureau, participatingBureaus, regionalOffices } = plan.arrangements;
    const bureaus: readonly string[] = [leadBureau, ...participatingBureaus];
    plan.measures.forEach((measure, i) => {
      const { lead } = measure;
      // An unknown office is plan/unknown-office: one finding for one mistake.
      if (!isKnownEntity(lead)) return;
      const bureau = isBureau(lead);
      const taking = bureau ? bureaus : regionalOffices;
      if (!taking.includes(lead)) {
        report(['measures', i, 'lead'], {
          measure: measure.id,
          lead,
          taking: [...new Set(taking)],
          list: bureau ? 'participatingBureaus' : 'regionalOffices',
        });
      }
    });
  },
});

/** The chair of the communication group is one of its members. */
export const planChairNotMember = defineRule({
  code: 'plan/chair-not-member',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'The chair of the communication group is among its members.',
  example:
    '`work-plan.yaml#/arrangements/communicationGroup/chair: BR`, when BR is not among the `members`.',
  fix: 'Add the chair to `members`, or correct the chair.',
  check(plan: WorkPlan, report) {
    const group = plan.arrangements.communicationGroup;
    if (group?.chair !== undefined && !group.members.includes(group.chair)) {
      report(['arrangements', 'communicationGroup', 'chair'], {
        chair: group.chair,
        members: group.members,
      });
    }
  },
});
