import type { PathSegment } from '../../findings/issue.js';
import { toJsonPointer } from '../../findings/issue.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { forEachDuplicateId } from '../list-checks.js';
import { defineRule } from '../rule.js';

/**
 * The ids of one collection, each with the indexes that place it (its owner's and its own),
 * and how to build a path from them: paths are built only for what is reported.
 */
class Collection {
  readonly ids: string[] = [];
  readonly places: number[] = [];
  constructor(
    readonly name: string,
    readonly pathOf: (owner: number, item: number) => PathSegment[],
  ) {}
  add(id: string, owner: number, item = -1): void {
    this.ids.push(id);
    this.places.push(owner, item);
  }
  path(at: number): PathSegment[] {
    return this.pathOf(this.places[2 * at] as number, this.places[2 * at + 1] as number);
  }
}

function collect(plan: WorkPlan): Collection[] {
  const mandates = new Collection('mandate', (i) => ['mandates', i, 'id']);
  const objectives = new Collection('objective', (i) => ['objectives', i, 'id']);
  const measures = new Collection('measure', (i) => ['measures', i, 'id']);
  const milestones = new Collection('milestone', (i, j) => [
    'measures',
    i,
    'schedule',
    'milestones',
    j,
    'id',
  ]);
  // Indicators of objectives and of measures share ids: owners are numbered objectives first.
  const owners = plan.objectives.length;
  const indicators = new Collection('indicator', (i, j) =>
    i < owners
      ? ['objectives', i, 'indicators', j, 'id']
      : ['measures', i - owners, 'indicators', j, 'id'],
  );
  plan.mandates.forEach((mandate, i) => {
    mandates.add(mandate.id, i);
  });
  plan.objectives.forEach((objective, i) => {
    objectives.add(objective.id, i);
    objective.indicators.forEach((indicator, j) => {
      indicators.add(indicator.id, i, j);
    });
  });
  plan.measures.forEach((measure, i) => {
    measures.add(measure.id, i);
    measure.indicators.forEach((indicator, j) => {
      indicators.add(indicator.id, owners + i, j);
    });
  });
  plan.measures.forEach((measure, i) => {
    measure.schedule.milestones.forEach((milestone, j) => {
      milestones.add(milestone.id, i, j);
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
    for (const collection of collect(plan)) {
      forEachDuplicateId(
        collection.ids.map((id, at) => [id, at] as const),
        (id, at, first) => {
          report(collection.path(at), {
            id,
            collection: collection.name,
            first: toJsonPointer(collection.path(first)),
          });
        },
      );
    }
  },
});
