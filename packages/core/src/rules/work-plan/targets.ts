import { findCountry } from '../../codes/countries.js';
import { isInCountryGroup } from '../../codes/country-groups.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';

/** When a measure lists countries, each of its regions holds at least one of them. */
export const planRegionWithoutCountry = defineRule({
  code: 'plan/region-without-country',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    'When a measure lists target countries, each of its target regions holds at least one of them.',
  example:
    '`work-plan.yaml#/measures/0/targetRegions: [AFR, ASP, ARB]`, in a measure that targets no country in ARB.',
  fix: 'Add the countries of the region the measure reaches, or remove the region.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const countries = measure.targetCountries;
      if (countries.length === 0) return;
      // Unknown codes are plan/unknown-country; without any known country there is nothing to compare.
      const reached = countries.flatMap((country) => findCountry(country)?.ituRegion ?? []);
      if (reached.length === 0) return;
      measure.targetRegions.forEach((region, j) => {
        if (!reached.includes(region)) {
          report(['measures', i, 'targetRegions', j], { measure: measure.id, region, countries });
        }
      });
    });
  },
});

/** Target countries are ITU Member States when the plan starts. */
export const planCountryNotItuMember = defineRule({
  code: 'plan/country-not-itu-member',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    "A measure's target countries are ITU Member States on the first day of the plan period (the dated `itu-member` group).",
  example:
    '`work-plan.yaml#/measures/0/targetCountries: [ETH, RWA, NPL, BGD, PSE]` (the State of Palestine takes part in ITU as an observer).',
  fix: 'Check the country code; a non-member reached through a Member State or as an observer deserves a word in the description.',
  check(plan: WorkPlan, report) {
    const date = plan.period.start;
    // Measures share their countries: ask once per country.
    const notMember = new Map<string, boolean>();
    const isNotMember = (country: string): boolean => {
      let answer = notMember.get(country);
      if (answer === undefined) {
        answer = isInCountryGroup(country, 'itu-member', date).status === 'not-member';
        notMember.set(country, answer);
      }
      return answer;
    };
    plan.measures.forEach((measure, i) => {
      measure.targetCountries.forEach((country, j) => {
        if (findCountry(country) === undefined) return;
        if (isNotMember(country)) {
          report(['measures', i, 'targetCountries', j], { country, date });
        }
      });
    });
  },
});

/** A measure marked global names no target regions or countries. */
export const planGlobalWithTargets = defineRule({
  code: 'plan/global-with-targets',
  severity: 'error',
  scope: 'WorkPlan',
  summary:
    'A measure marked `global: true` (meant for all countries) names no target regions or countries.',
  example:
    '`work-plan.yaml#/measures/0/global: true`, in a measure that names target regions and countries.',
  fix: 'Remove `global` if the measure serves its targets only, or remove the targets if it serves all countries.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      if (measure.global !== true) return;
      const targets = measure.targetCountries.length + measure.targetRegions.length;
      if (targets > 0) report(['measures', i, 'global'], { measure: measure.id, targets });
    });
  },
});
