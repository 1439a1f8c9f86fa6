import { frameworkVersions } from '../../codes/frameworks.js';
import { PILLARS } from '../../codes/pillars.js';
import type { NeedsAssessment } from '../../documents/needs-assessment/needs-assessment.js';
import { isKnownCountry, suggestCountry } from '../known-codes.js';
import type { AnyRule } from '../rule.js';
import { defineRule } from '../rule.js';

/** A country assessment names a known country. */
export const assessmentUnknownCountry = defineRule({
  code: 'assessment/unknown-country',
  severity: 'error',
  scope: 'NeedsAssessment',
  summary: 'A country assessment names a known ISO 3166-1 alpha-3 country.',
  example: '`assessments/eth.yaml#/scope/country: ETA` (Ethiopia is `ETH`).',
  fix: 'Use the alpha-3 code of the country.',
  check(assessment: NeedsAssessment, report) {
    const scope = assessment.scope;
    if (scope.type === 'country' && !isKnownCountry(scope.country)) {
      report(['scope', 'country'], {
        country: scope.country,
        suggestion: suggestCountry(scope.country),
      });
    }
  },
});

/** At least one pillar is assessed. */
export const assessmentNoPillars = defineRule({
  code: 'assessment/no-pillars',
  severity: 'error',
  scope: 'NeedsAssessment',
  summary: 'An assessment assesses at least one pillar.',
  example: '`assessments/eth.yaml#/pillars: {}`.',
  fix: 'Add a pillar under `pillars` with its current and target level.',
  check(assessment: NeedsAssessment, report) {
    if (PILLARS.every((pillar) => assessment.pillars[pillar] === undefined))
      report(['pillars'], {});
  },
});

/** Target levels are not below current levels. */
export const assessmentTargetBelowCurrent = defineRule({
  code: 'assessment/target-below-current',
  severity: 'warning',
  scope: 'NeedsAssessment',
  summary: "A pillar's target level is not below its current level.",
  example: '`assessments/eth.yaml#/pillars/talent: { current: 3, target: 2 }`.',
  fix: 'Check both levels.',
  check(assessment: NeedsAssessment, report) {
    for (const pillar of PILLARS) {
      const level = assessment.pillars[pillar];
      if (level !== undefined && level.target < level.current) {
        report(['pillars', pillar, 'target'], {
          pillar,
          current: level.current,
          target: level.target,
        });
      }
    }
  },
});

/** Priority needs belong to assessed pillars. */
export const assessmentNeedPillarNotAssessed = defineRule({
  code: 'assessment/need-pillar-not-assessed',
  severity: 'warning',
  scope: 'NeedsAssessment',
  summary: 'Each priority need belongs to a pillar the assessment assesses.',
  example:
    '`assessments/eth.yaml#/priorityNeeds/0/pillar: models`, when `pillars` does not assess `models`.',
  fix: 'Assess the pillar, or move the need to an assessed pillar.',
  check(assessment: NeedsAssessment, report) {
    assessment.priorityNeeds.forEach((need, i) => {
      if (assessment.pillars[need.pillar] === undefined) {
        report(['priorityNeeds', i, 'pillar'], { pillar: need.pillar });
      }
    });
  },
});

/** The framework version is one the framework table knows. */
export const assessmentUnknownFrameworkVersion = defineRule({
  code: 'assessment/unknown-framework-version',
  severity: 'warning',
  scope: 'NeedsAssessment',
  summary:
    "The method's framework version is one the framework table (`FRAMEWORK_DIMENSIONS`) knows, so its dimensions map onto the pillars.",
  example:
    "`assessments/eth.yaml#/method: { framework: oxford-insights, version: '2024' }` (the table knows `2020-2024`).",
  fix: 'Use a known version of the framework (the hint lists them), or `custom` for another method.',
  check(assessment: NeedsAssessment, report) {
    const { framework, version } = assessment.method;
    const known = frameworkVersions(framework);
    if (framework !== 'custom' && !known.includes(version)) {
      report(['method', 'version'], { framework, version, known });
    }
  },
});

/**
 * The rules every needs assessment is checked against after its structure is valid.
 *
 * @example
 * ```ts
 * NEEDS_ASSESSMENT_RULES.length > 0;
 * //=> true
 * ```
 */
export const NEEDS_ASSESSMENT_RULES: readonly AnyRule<NeedsAssessment>[] = [
  assessmentUnknownCountry,
  assessmentNoPillars,
  assessmentTargetBelowCurrent,
  assessmentNeedPillarNotAssessed,
  assessmentUnknownFrameworkVersion,
];
