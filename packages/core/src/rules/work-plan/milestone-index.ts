import type { PathSegment } from '../../findings/issue.js';
import type { Milestone } from '../../documents/work-plan/measure.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';

/** A milestone with where it stands in the plan. */
export interface LocatedMilestone {
  readonly milestone: Milestone;
  readonly measureIndex: number;
  readonly milestoneIndex: number;
}

const cache = new WeakMap<WorkPlan, ReadonlyMap<string, LocatedMilestone>>();

/**
 * The plan's milestones by id (the first use of an id wins), built once per validated plan and
 * shared by the milestone rules.
 */
export function milestonesById(plan: WorkPlan): ReadonlyMap<string, LocatedMilestone> {
  let byId = cache.get(plan);
  if (byId === undefined) {
    const built = new Map<string, LocatedMilestone>();
    plan.measures.forEach((measure, measureIndex) => {
      measure.schedule.milestones.forEach((milestone, milestoneIndex) => {
        if (!built.has(milestone.id))
          built.set(milestone.id, { milestone, measureIndex, milestoneIndex });
      });
    });
    cache.set(plan, built);
    byId = built;
  }
  return byId;
}

/** The path of a located milestone. */
export function milestonePath(located: LocatedMilestone): PathSegment[] {
  return ['measures', located.measureIndex, 'schedule', 'milestones', located.milestoneIndex];
}
