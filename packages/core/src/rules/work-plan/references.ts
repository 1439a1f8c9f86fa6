import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';
import { milestonesById } from './milestone-index.js';

/** Every objective a measure names exists in the plan. */
export const planUnresolvedObjective = defineRule({
  code: 'plan/unresolved-objective',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A measure's `objectives` name objectives that the plan defines.",
  example: '`work-plan.yaml#/measures/0/objectives: [O5]`, in a plan that defines `O1` to `O4`.',
  fix: 'Correct the id, or add the objective to `objectives`.',
  check(plan: WorkPlan, report) {
    const known = plan.objectives.map((objective) => objective.id);
    const ids = new Set(known);
    plan.measures.forEach((measure, i) => {
      measure.objectives.forEach((objective, j) => {
        if (!ids.has(objective)) {
          report(['measures', i, 'objectives', j], { measure: measure.id, objective, known });
        }
      });
    });
  },
});

/** Every mandate a measure cites is listed among the plan's mandates. */
export const planUnresolvedMandate = defineRule({
  code: 'plan/unresolved-mandate',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A measure's `mandates` name mandates listed in the plan's `mandates`.",
  example:
    '`work-plan.yaml#/measures/0/mandates: [pp-res-241]`, in a plan whose mandate is `pp-res-214`.',
  fix: 'Correct the id, or add the mandate to the plan.',
  check(plan: WorkPlan, report) {
    const known = plan.mandates.map((mandate) => mandate.id);
    const ids = new Set(known);
    plan.measures.forEach((measure, i) => {
      measure.mandates.forEach((mandate, j) => {
        if (!ids.has(mandate)) {
          report(['measures', i, 'mandates', j], { measure: measure.id, mandate, known });
        }
      });
    });
  },
});

/** Every milestone a milestone depends on exists somewhere in the plan. */
export const planUnresolvedMilestone = defineRule({
  code: 'plan/unresolved-milestone',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A milestone's `dependsOn` names milestones defined in the plan's measures.",
  example:
    '`work-plan.yaml#/measures/0/schedule/milestones/1/dependsOn: [TAL-01-c]`, when no milestone has that id.',
  fix: 'Correct the id, or add the milestone it depends on.',
  check(plan: WorkPlan, report) {
    const ids = milestonesById(plan);
    plan.measures.forEach((measure, i) => {
      measure.schedule.milestones.forEach((milestone, j) => {
        milestone.dependsOn.forEach((reference, k) => {
          if (!ids.has(reference)) {
            report(['measures', i, 'schedule', 'milestones', j, 'dependsOn', k], {
              milestone: milestone.id,
              reference,
            });
          }
        });
      });
    });
  },
});
