import type { PathSegment } from '../../findings/issue.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { forEachRepeat } from '../list-checks.js';
import { defineRule } from '../rule.js';

/** Every objective is served by at least one measure. */
export const planObjectiveWithoutMeasure = defineRule({
  code: 'plan/objective-without-measure',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'Every objective is served by at least one measure.',
  example:
    '`work-plan.yaml#/objectives/-: { id: O5, title: Measure the effect of the plan, pillars: [cooperation] }`, an objective no measure lists.',
  fix: 'Add a measure for the objective, or drop the objective.',
  check(plan: WorkPlan, report) {
    const served = new Set(plan.measures.flatMap((measure) => measure.objectives));
    plan.objectives.forEach((objective, i) => {
      if (!served.has(objective.id)) report(['objectives', i, 'id'], { objective: objective.id });
    });
  },
});

/** The lead of a measure is not listed again among its contributors. */
export const planLeadAlsoContributor = defineRule({
  code: 'plan/lead-also-contributor',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: "A measure's lead is not listed again among its contributors.",
  example: '`work-plan.yaml#/measures/0/contributors: [GS, BDT]`, in a measure with `lead: BDT`.',
  fix: 'Remove the lead from `contributors`.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      measure.contributors.forEach((contributor, j) => {
        if (contributor === measure.lead)
          report(['measures', i, 'contributors', j], { entity: contributor });
      });
    });
  },
});

/** Each pillar of a measure is addressed by at least one of its objectives. */
export const planPillarOutsideObjectives = defineRule({
  code: 'plan/pillar-outside-objectives',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: "Each pillar a measure addresses is addressed by one of the measure's objectives.",
  example:
    '`work-plan.yaml#/measures/0/pillars: [talent, compute]`, in a measure whose only objective, `O1`, is on `talent`.',
  fix: 'Link the measure to an objective on that pillar, or add the pillar to one of its objectives.',
  check(plan: WorkPlan, report) {
    const pillarsOf = new Map(
      plan.objectives.map((objective) => [objective.id, objective.pillars]),
    );
    const isCovered = (objectives: readonly string[], pillar: string): boolean =>
      objectives.some((id) => pillarsOf.get(id)?.some((covered) => covered === pillar) ?? false);
    plan.measures.forEach((measure, i) => {
      // Objectives that are not in the plan (plan/unknown-reference) cover nothing.
      if (!measure.objectives.some((id) => (pillarsOf.get(id)?.length ?? 0) > 0)) return;
      measure.pillars.forEach((pillar, j) => {
        if (!isCovered(measure.objectives, pillar)) {
          report(['measures', i, 'pillars', j], { measure: measure.id, pillar });
        }
      });
    });
  },
});

const MEASURE_LISTS = [
  'objectives',
  'pillars',
  'contributors',
  'targetRegions',
  'targetCountries',
  'targetGroups',
  'buildsOn',
  'sdgTargets',
  'mandates',
] as const;

/** Calls `visit` with each list of codes or references in the plan and the path to it. */
function forEachList(
  plan: WorkPlan,
  visit: (values: readonly string[], path: () => PathSegment[]) => void,
): void {
  plan.objectives.forEach((objective, i) => {
    visit(objective.pillars, () => ['objectives', i, 'pillars']);
    visit(objective.sdgTargets, () => ['objectives', i, 'sdgTargets']);
  });
  plan.measures.forEach((measure, i) => {
    for (const key of MEASURE_LISTS) {
      const values = measure[key];
      // Most lists are empty or short and clean: the path is built only for a repeat.
      if (values.length > 1) visit(values, () => ['measures', i, key]);
    }
  });
  visit(plan.arrangements.participatingBureaus, () => ['arrangements', 'participatingBureaus']);
  visit(plan.arrangements.regionalOffices, () => ['arrangements', 'regionalOffices']);
}

/** Lists of codes and references name each entry once. */
export const planDuplicateEntry = defineRule({
  code: 'plan/duplicate-entry',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: 'Lists of pillars, regions, countries, groups and references name each entry once.',
  example: '`work-plan.yaml#/measures/0/targetCountries: [ETH, RWA, ETH]`.',
  fix: 'Remove the repeated entry.',
  check(plan: WorkPlan, report) {
    forEachList(plan, (values, path) => {
      forEachRepeat(values, (value, index) => {
        const listPath = path();
        report([...listPath, index], { value, list: String(listPath.at(-1)) });
      });
    });
  },
});

/** The estimates that prioritisation uses, reported when missing so that planners can fill them in. */
export const planMissingEstimates = defineRule({
  code: 'plan/missing-estimates',
  severity: 'info',
  scope: 'WorkPlan',
  summary:
    'A measure states the estimates prioritisation uses: beneficiaries, feasibility, risk and months to first results.',
  example:
    '`work-plan.yaml#/measures/0/estimates: { beneficiaries: 6000 }`: no feasibility, risk or months to first results.',
  fix: 'Add the missing values under `estimates`.',
  check(plan: WorkPlan, report) {
    const fields = ['beneficiaries', 'feasibility', 'risk', 'monthsToFirstResults'] as const;
    plan.measures.forEach((measure, i) => {
      const missing = fields.filter((field) => measure.estimates[field] === undefined);
      if (missing.length > 0)
        report(['measures', i, 'estimates'], { measure: measure.id, fields: missing });
    });
  },
});
