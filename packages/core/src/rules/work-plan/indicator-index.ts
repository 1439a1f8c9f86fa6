import type { PathSegment } from '../../findings/issue.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';

/** Every indicator of a plan, of its objectives and of its measures, with its path. */
export function* indicatorsOf(
  plan: WorkPlan,
): Generator<[WorkPlan['objectives'][number]['indicators'][number], PathSegment[]]> {
  for (const [i, objective] of plan.objectives.entries()) {
    for (const [j, indicator] of objective.indicators.entries()) {
      yield [indicator, ['objectives', i, 'indicators', j]];
    }
  }
  for (const [i, measure] of plan.measures.entries()) {
    for (const [j, indicator] of measure.indicators.entries()) {
      yield [indicator, ['measures', i, 'indicators', j]];
    }
  }
}
