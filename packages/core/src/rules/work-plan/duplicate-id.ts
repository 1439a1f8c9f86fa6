import type { PathSegment } from '../../validation/issue.js';
import { toJsonPointer } from '../../validation/issue.js';
import type { WorkPlan } from '../../work-plan/work-plan.js';
import { forEachDuplicateId } from '../list-checks.js';
import { defineRule } from '../rule.js';

interface Entry {
  readonly id: string;
  readonly path: readonly PathSegment[];
}

function* collections(plan: WorkPlan): Generator<[string, Entry[]]> {
  yield [
    'mandate',
    plan.mandates.map((mandate, i) => ({ id: mandate.id, path: ['mandates', i, 'id'] })),
  ];
  yield [
    'objective',
    plan.objectives.map((objective, i) => ({ id: objective.id, path: ['objectives', i, 'id'] })),
  ];
  yield [
    'measure',
    plan.measures.map((measure, i) => ({ id: measure.id, path: ['measures', i, 'id'] })),
  ];
  yield [
    'milestone',
    plan.measures.flatMap((measure, i) =>
      measure.schedule.milestones.map((milestone, j) => ({
        id: milestone.id,
        path: ['measures', i, 'schedule', 'milestones', j, 'id'],
      })),
    ),
  ];
  yield [
    'indicator',
    [
      ...plan.objectives.flatMap((objective, i) =>
        objective.indicators.map((indicator, j) => ({
          id: indicator.id,
          path: ['objectives', i, 'indicators', j, 'id'],
        })),
      ),
      ...plan.measures.flatMap((measure, i) =>
        measure.indicators.map((indicator, j) => ({
          id: indicator.id,
          path: ['measures', i, 'indicators', j, 'id'],
        })),
      ),
    ],
  ];
}

/** Ids of mandates, objectives, measures, milestones and indicators are unique in a plan. */
export const planDuplicateId = defineRule({
  code: 'plan/duplicate-id',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'Each mandate, objective, measure, milestone and indicator has an id no other of its kind in the plan uses.',
  fix: 'Rename one of the two; then update the references that meant it.',
  check(plan: WorkPlan, report) {
    for (const [collection, entries] of collections(plan)) {
      forEachDuplicateId(entries, (id, path, firstPath) => {
        report(path, { id, collection, first: toJsonPointer(firstPath) });
      });
    }
  },
});
