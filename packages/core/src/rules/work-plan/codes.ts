import { findCountry } from '../../codes/countries.js';
import { isSdgTarget } from '../../codes/sdg-targets.js';
import type { PathSegment } from '../../findings/issue.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { isKnownCountry, isKnownEntity, suggestCountry, suggestEntity } from '../known-codes.js';
import { defineRule } from '../rule.js';

function* entityReferences(plan: WorkPlan): Generator<[string, () => PathSegment[]]> {
  for (const [i, measure] of plan.measures.entries()) {
    yield [measure.lead, () => ['measures', i, 'lead']];
    for (const [j, contributor] of measure.contributors.entries()) {
      yield [contributor, () => ['measures', i, 'contributors', j]];
    }
  }
  for (const [i, office] of plan.arrangements.regionalOffices.entries()) {
    yield [office, () => ['arrangements', 'regionalOffices', i]];
  }
  const group = plan.arrangements.communicationGroup;
  if (group !== undefined) {
    if (group.chair !== undefined) {
      yield [group.chair, () => ['arrangements', 'communicationGroup', 'chair']];
    }
    for (const [i, member] of group.members.entries()) {
      yield [member, () => ['arrangements', 'communicationGroup', 'members', i]];
    }
  }
}

/** Target countries are known ISO 3166-1 alpha-3 codes. */
export const planUnknownCountry = defineRule({
  code: 'plan/unknown-country',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "A measure's target countries are known ISO 3166-1 alpha-3 codes.",
  example: '`work-plan.yaml#/measures/0/targetCountries: [ETA, RWA]` (Ethiopia is `ETH`).',
  fix: 'Use the alpha-3 code of the country (the code list in `COUNTRIES`).',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      measure.targetCountries.forEach((country, j) => {
        if (!isKnownCountry(country)) {
          report(['measures', i, 'targetCountries', j], {
            country,
            suggestion: suggestCountry(country),
          });
        }
      });
    });
  },
});

/** Leads, contributors and offices are ITU bureaus or known offices. */
export const planUnknownOffice = defineRule({
  code: 'plan/unknown-office',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'Leads, contributors, participating offices and communication-group members are ITU bureaus or known regional or area offices.',
  example: '`work-plan.yaml#/measures/0/lead: addis-abeba` (the office id is `addis-ababa`).',
  fix: 'Use a bureau code (GS, BR, TSB, BDT) or an office id from `ITU_OFFICES`.',
  check(plan: WorkPlan, report) {
    for (const [reference, path] of entityReferences(plan)) {
      if (!isKnownEntity(reference))
        report(path(), { reference, suggestion: suggestEntity(reference) });
    }
  },
});

/** SDG targets are targets of the official framework, not only well-formed. */
export const planUnknownSdgTarget = defineRule({
  code: 'plan/unknown-sdg-target',
  severity: 'error',
  scope: 'WorkPlan',
  summary: 'SDG targets cited by objectives and measures exist among the 169 targets.',
  example:
    "`work-plan.yaml#/measures/0/sdgTargets: ['4.9']` (goal 4 has targets 4.1 to 4.7 and 4.a to 4.c).",
  fix: 'Correct the goal or target number.',
  check(plan: WorkPlan, report) {
    const owners = [
      ...plan.objectives.map((objective, i) => ({
        targets: objective.sdgTargets,
        path: ['objectives', i],
      })),
      ...plan.measures.map((measure, i) => ({
        targets: measure.sdgTargets,
        path: ['measures', i],
      })),
    ];
    for (const { targets, path } of owners) {
      targets.forEach((target, j) => {
        if (!isSdgTarget(target)) report([...path, 'sdgTargets', j], { target });
      });
    }
  },
});

/** Target countries lie in the measure's target regions, when regions are given. */
export const planCountryOutsideRegion = defineRule({
  code: 'plan/country-outside-region',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: "A measure's target countries lie in its target regions, when it names regions.",
  example:
    '`work-plan.yaml#/measures/0/targetRegions: [AFR]`, in a measure that targets `NPL` and `BGD` (in ASP).',
  fix: "Add the country's region to `targetRegions`, or correct the country code.",
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.targetRegions.length === 0) return;
      const regions = new Set<string>(measure.targetRegions);
      measure.targetCountries.forEach((country, j) => {
        const region = findCountry(country)?.ituRegion;
        if (region !== undefined && !regions.has(region)) {
          report(['measures', i, 'targetCountries', j], {
            country,
            region,
            targetRegions: measure.targetRegions,
          });
        }
      });
    });
  },
});
