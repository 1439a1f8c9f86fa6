import type { PathSegment } from '../../findings/issue.js';
import { toJsonPointer } from '../../findings/issue.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { forEachDuplicateId } from '../list-checks.js';
import { defineRule } from '../rule.js';

/** The ids of one collection, each with a way to build its path only when it is reported. */
interface Collection {
  readonly name: string;
  readonly ids: (readonly [id: string, path: () => PathSegment[]])[];
}

function collect(plan: WorkPlan): Collection[] {
  const of = (name: string): Collection => ({ name, ids: [] });
  const mandates = of('mandate');
  const objectives = of('objective');
  const measures = of('measure');
  const milestones = of('milestone');
  const indicators = of('indicator');
  plan.mandates.forEach((mandate, i) => {
    mandates.ids.push([mandate.id, () => ['mandates', i, 'id']]);
  });
  for (const key of ['objectives', 'measures'] as const) {
    const owners = key === 'objectives' ? objectives : measures;
    plan[key].forEach((owner, i) => {
      owners.ids.push([owner.id, () => [key, i, 'id']]);
      owner.indicators.forEach((indicator, j) => {
        indicators.ids.push([indicator.id, () => [key, i, 'indicators', j, 'id']]);
      });
    });
  }
  plan.measures.forEach((measure, i) => {
    measure.schedule.milestones.forEach((milestone, j) => {
      milestones.ids.push([milestone.id, () => ['measures', i, 'schedule', 'milestones', j, 'id']]);
    });
  });
  return [mandates, objectives, measures, milestones, indicators];
}

/** Ids of mandates, objectives, measures, milestones and indicators are unique in a plan. */
export const planDuplicateId = defineRule({
  code: 'plan/duplicate-id',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'Each mandate, objective, measure, milestone and indicator has an id no other of its kind in the plan uses.',
  example:
    '`work-plan.yaml#/measures/1/id: M-TAL-01`: the second measure takes the id of the first.',
  fix: 'Rename one of the two; then update the references that meant it.',
  check(plan: WorkPlan, report) {
    for (const { name, ids } of collect(plan)) {
      forEachDuplicateId(ids, (id, path, first) => {
        report(path(), { id, collection: name, first: toJsonPointer(first()) });
      });
    }
  },
});
