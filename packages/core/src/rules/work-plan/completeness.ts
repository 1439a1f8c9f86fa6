import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { toJsonPointer } from '../../findings/issue.js';
import { forEachDuplicateId, readerKey } from '../list-checks.js';
import { indicatorsOf } from './indicator-index.js';
import { defineRule } from '../rule.js';

/** Objectives, and measures, have titles of their own. */
export const planDuplicateTitle = defineRule({
  code: 'plan/duplicate-title',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    'No two objectives, and no two measures, have the same English title (compared without regard to case or spacing).',
  example:
    '`work-plan.yaml#/measures/1/title: AI skills pathways for public officials on the ITU Academy`, the title of the first measure.',
  fix: 'Say in the title how the two differ, or merge them.',
  check(plan: WorkPlan, report) {
    for (const collection of ['objectives', 'measures'] as const) {
      const entries = plan[collection];
      forEachDuplicateId(
        entries.map((entry, index) => [readerKey(entry.title.en), { index, entry }] as const),
        (_, { index, entry }, first) => {
          report([collection, index, 'title'], {
            title: entry.title.en,
            collection,
            first: toJsonPointer([collection, first.index, 'title']),
          });
        },
      );
    }
  },
});

/** Indicators state their unit. */
export const planIndicatorWithoutUnit = defineRule({
  code: 'plan/indicator-without-unit',
  severity: 'info',
  scope: 'WorkPlan',
  summary: 'An indicator states the unit its baseline and target are counted in.',
  example:
    '`work-plan.yaml#/objectives/1/indicators: [{ id: I-O2-1, name: Researchers with compute access, target: { value: 500, year: 2027 } }]`: no `unit`.',
  fix: 'Add `unit`, such as "people trained" or "%".',
  check(plan: WorkPlan, report) {
    for (const [indicator, path] of indicatorsOf(plan)) {
      if (indicator.unit === undefined) report(path, { indicator: indicator.id });
    }
  },
});
