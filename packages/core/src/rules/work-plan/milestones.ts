import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';
import { type LocatedMilestone, milestonePath, milestonesById } from './milestone-index.js';

/** Milestones fall inside the schedule of their measure. */
export const planMilestoneOutsideSchedule = defineRule({
  code: 'plan/milestone-outside-schedule',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A milestone is due on or between its measure's schedule start and end.",
  example:
    '`work-plan.yaml#/measures/0/schedule/milestones/1/due: 2027-09-30`, in a measure whose schedule ends `2027-06-30`.',
  fix: "Move the milestone's due date, or extend the measure's schedule.",
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const { start, end } = measure.schedule;
      measure.schedule.milestones.forEach((milestone, j) => {
        if (milestone.due < start || milestone.due > end) {
          report(['measures', i, 'schedule', 'milestones', j, 'due'], {
            milestone: milestone.id,
            due: milestone.due,
            start,
            end,
          });
        }
      });
    });
  },
});

/** A milestone is not due before a milestone it depends on. */
export const planMilestoneBeforeDependency = defineRule({
  code: 'plan/milestone-before-dependency',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'A milestone is not due before the milestones it depends on.',
  example:
    '`work-plan.yaml#/measures/0/schedule/milestones/1/due: 2026-04-15`: `TAL-01-b` depends on `TAL-01-a`, due `2026-04-30`.',
  fix: 'Move one of the due dates, or drop the dependency.',
  check(plan: WorkPlan, report) {
    const byId = milestonesById(plan);
    for (const located of byId.values()) {
      const milestone = located.milestone;
      milestone.dependsOn.forEach((reference, k) => {
        const dependency = byId.get(reference)?.milestone;
        if (dependency !== undefined && dependency.due > milestone.due) {
          report([...milestonePath(located), 'dependsOn', k], {
            milestone: milestone.id,
            due: milestone.due,
            dependency: dependency.id,
            dependencyDue: dependency.due,
          });
        }
      });
    }
  },
});

/** Milestone dependencies contain no circle. */
export const planMilestoneCycle = defineRule({
  code: 'plan/milestone-cycle',
  severity: 'error',
  scope: 'WorkPlan',
  summary: 'Milestone dependencies form no circle (A depends on B, which depends on A).',
  example:
    '`work-plan.yaml#/measures/0/schedule/milestones/0/dependsOn: [TAL-01-b]`, while `TAL-01-b` depends on `TAL-01-a`.',
  fix: 'Remove one dependency of the circle.',
  check(plan: WorkPlan, report) {
    const byId = milestonesById(plan);
    const state = new Map<string, 'active' | 'done'>();
    const reported = new Set<string>();
    for (const [startId, start] of byId) {
      if (state.has(startId)) continue;
      // Iterative depth-first search: plans may hold long dependency chains.
      const stack: { located: LocatedMilestone; next: number }[] = [{ located: start, next: 0 }];
      const trail: string[] = [startId];
      state.set(startId, 'active');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame === undefined) break;
        const { milestone } = frame.located;
        const reference = milestone.dependsOn[frame.next];
        frame.next += 1;
        if (reference === undefined) {
          state.set(milestone.id, 'done');
          stack.pop();
          trail.pop();
          continue;
        }
        const dependency = byId.get(reference);
        if (dependency === undefined) continue;
        const seen = state.get(reference);
        if (seen === 'active') {
          const cycle = [...trail.slice(trail.indexOf(reference)), reference];
          const key = [...cycle.slice(0, -1)].sort().join('\u0000');
          if (!reported.has(key)) {
            reported.add(key);
            report([...milestonePath(frame.located), 'dependsOn', frame.next - 1], { cycle });
          }
        } else if (seen === undefined) {
          state.set(reference, 'active');
          stack.push({ located: dependency, next: 0 });
          trail.push(reference);
        }
      }
    }
  },
});
