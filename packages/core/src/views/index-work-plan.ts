import type { Measure, Milestone } from '../documents/work-plan/measure.js';
import type { Objective } from '../documents/work-plan/objective.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';

/**
 * Lookups by id into one work plan, built once so that each lookup is constant time.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const index: WorkPlanIndex = indexWorkPlan(plan);
 * index.measure('M1')?.title.en;
 * ```
 */
export interface WorkPlanIndex {
  /** The objective with this id. */
  objective(id: string): Objective | undefined;
  /** The measure with this id. */
  measure(id: string): Measure | undefined;
  /** The milestone with this id and the measure it belongs to. */
  milestone(id: string): { readonly measure: Measure; readonly milestone: Milestone } | undefined;
  /** The measures that serve an objective, in plan order. */
  measuresFor(objectiveId: string): readonly Measure[];
}

/**
 * Indexes a work plan by id. Where an id is used twice (an error the validator reports), the
 * first use wins.
 *
 * @param plan - A validated work plan.
 * @returns Lookups by id.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * indexWorkPlan(plan).measuresFor('O1').map((measure) => measure.id);
 * //=> ['M1', 'M4']
 * ```
 */
export function indexWorkPlan(plan: WorkPlan): WorkPlanIndex {
  const objectives = new Map<string, Objective>();
  for (const objective of plan.objectives) {
    if (!objectives.has(objective.id)) objectives.set(objective.id, objective);
  }
  const measures = new Map<string, Measure>();
  const milestones = new Map<string, { measure: Measure; milestone: Milestone }>();
  const byObjective = new Map<string, Measure[]>();
  for (const measure of plan.measures) {
    if (!measures.has(measure.id)) measures.set(measure.id, measure);
    for (const milestone of measure.schedule.milestones) {
      if (!milestones.has(milestone.id)) milestones.set(milestone.id, { measure, milestone });
    }
    for (const objectiveId of new Set(measure.objectives)) {
      const list = byObjective.get(objectiveId);
      if (list === undefined) byObjective.set(objectiveId, [measure]);
      else list.push(measure);
    }
  }
  return {
    objective: (id) => objectives.get(id),
    measure: (id) => measures.get(id),
    milestone: (id) => milestones.get(id),
    measuresFor: (objectiveId) => byObjective.get(objectiveId) ?? [],
  };
}
