// The needs-assessment rules past their main case: the other scopes and frameworks they look at,
// and the values their messages name.
import { describe, expect, it } from 'vitest';
import { validateNeedsAssessment } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { needsAssessmentInput } from '../../../test/fixtures.js';
import { naming } from '../../../test/naming.js';

type Assessment = ReturnType<typeof needsAssessmentInput>;

const all = (result: { warnings: readonly ValidationIssue[] } & object): ValidationIssue[] => [
  ...('issues' in result ? (result.issues as ValidationIssue[]) : []),
  ...result.warnings,
];

/** The findings with `code` after one change to a fresh assessment, as `[pointer, message, hint]`. */
function assessment(code: string, change: (document: Assessment) => void) {
  const document = needsAssessmentInput();
  change(document);
  return all(validateNeedsAssessment(document))
    .filter((issue) => issue.code === code)
    .map((issue) => [issue.pointer, issue.message, issue.hint]);
}

describe('needs assessment rules', () => {
  it('checks the country of a country assessment only', () => {
    expect(assessment('assessment/unknown-country', (a) => (a.scope.country = 'ETX'))).toEqual([
      ['/scope/country', naming('ETX'), 'Did you mean "ETH"?'],
    ]);
    expect(
      assessment(
        'assessment/unknown-country',
        (a) => ((a as { scope: unknown }).scope = { type: 'region', region: 'AFR' }),
      ),
    ).toEqual([]);
  });

  it('needs one assessed pillar, and accepts one', () => {
    expect(
      assessment('assessment/no-pillars', (a) => {
        (a as { pillars: unknown }).pillars = { compute: { current: 0.5, target: 2 } };
        a.priorityNeeds = [];
      }),
    ).toEqual([]);
  });

  it('names the pillar and both levels of a target below the current level', () => {
    expect(
      assessment('assessment/target-below-current', (a) => (a.pillars.compute.target = 0.25)),
    ).toEqual([['/pillars/compute/target', naming('compute', '0.5', '0.25'), expect.any(String)]]);
  });

  it('names the pillar of a need that is not assessed', () => {
    expect(
      assessment(
        'assessment/need-pillar-not-assessed',
        (a) => (a.priorityNeeds[0]!.pillar = 'data'),
      ),
    ).toEqual([['/priorityNeeds/0/pillar', naming('data'), expect.any(String)]]);
  });

  it('names the known versions of a framework, and accepts any version of a custom method', () => {
    expect(
      assessment(
        'assessment/unknown-framework-version',
        (a) => (a.method = { framework: 'itu-ai-ready', version: '3' }),
      ),
    ).toEqual([['/method/version', naming('"3"', 'itu-ai-ready'), naming('"2"')]]);
    expect(
      assessment(
        'assessment/unknown-framework-version',
        (a) => (a.method = { framework: 'custom', version: 'ours, 2026' } as never),
      ),
    ).toEqual([]);
  });
});
