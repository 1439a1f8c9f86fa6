import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';

/** A measure marked global names no target regions or countries. */
export const planGlobalWithTargets = defineRule({
  code: 'plan/global-with-targets',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'A measure marked `global: true` (meant for all countries) names no target regions or countries.',
  example: 'A measure with `global: true` and `targetCountries: [ETH]`.',
  fix: 'Remove `global` if the measure serves its targets only, or remove the targets if it serves all countries.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.global !== true) return;
      const targets = measure.targetCountries.length + measure.targetRegions.length;
      if (targets > 0) report(['measures', i, 'global'], { measure: measure.id, targets });
    });
  },
});
