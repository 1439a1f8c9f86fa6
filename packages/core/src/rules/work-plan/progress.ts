import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';

/** A milestone is not reached while its measure has not started. */
export const planDoneMilestoneInPipeline = defineRule({
  code: 'plan/done-milestone-in-pipeline',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    'A milestone marked `done` belongs to a measure past the `pipeline` status (implementation, finalisation, closed, or cancelled or suspended after work began).',
  example:
    '`work-plan.yaml#/measures/1/schedule/milestones/0/done: true`, in a measure with `status: pipeline`.',
  fix: "Update the measure's status, or set the milestone's `done` to false.",
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.status !== 'pipeline') return;
      measure.schedule.milestones.forEach((milestone, j) => {
        if (milestone.done) {
          report(['measures', i, 'schedule', 'milestones', j, 'done'], {
            milestone: milestone.id,
            measure: measure.id,
          });
        }
      });
    });
  },
});
