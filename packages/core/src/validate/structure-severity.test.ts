// Every structural finding is an error: it makes the document invalid, whichever way zod
// reported it (a plain or discriminated union, a fixed value given as text, a missing field).
import { describe, expect, it } from 'vitest';
import { validateNeedsAssessment, validateWorkPlan } from '@itu-aicb/core';
import type { ValidationResult } from '@itu-aicb/core';
import { needsAssessmentInput, workPlanInput } from '../../test/fixtures.js';

const structural = (result: ValidationResult<unknown>) => ({
  ok: result.ok,
  errors: (result.ok ? [] : result.issues)
    .filter((issue) => /^(schema|input)\//.test(issue.code))
    .map((issue) => [issue.code, issue.pointer, issue.severity]),
  warnings: result.warnings.filter((issue) => /^(schema|input)\//.test(issue.code)),
});

describe('structural findings', () => {
  it('are errors in a plan, for each way zod reports them', () => {
    const plan = workPlanInput() as Record<string, unknown> & ReturnType<typeof workPlanInput>;
    Object.assign(plan, { schemaVersion: '1', title: 5, titel: 'x' });
    Object.assign(plan.measures[0]!, { kind: 'gpu' });
    Object.assign(plan.measures[0]!.schedule, { start: '31/05/2026' });
    Object.assign(plan.measures[0]!.estimates, {
      feasibility: 0,
      risk: 9,
      scores: JSON.parse('{"__proto__": 1}') as unknown,
    });
    const measure: Record<string, unknown> = plan.measures[1]!;
    delete measure['title'];
    const result = structural(validateWorkPlan(plan));
    expect(result.ok).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        ['schema/invalid-type', '/schemaVersion', 'error'],
        ['schema/invalid-type', '/title', 'error'],
        ['schema/unknown-key', '/titel', 'error'],
        ['schema/invalid-value', '/measures/0/kind', 'error'],
        ['schema/missing-property', '/measures/1/title', 'error'],
        ['schema/invalid-format', '/measures/0/schedule/start', 'error'],
        ['schema/too-small', '/measures/0/estimates/feasibility', 'error'],
        ['schema/too-big', '/measures/0/estimates/risk', 'error'],
        ['input/forbidden-key', '/measures/0/estimates/scores/__proto__', 'error'],
      ]),
    );
  });

  it('are errors in a discriminated union, wrong or missing', () => {
    const wrong = needsAssessmentInput();
    Object.assign(wrong, { scope: { type: 'city', country: 'ETH' } });
    const missing = needsAssessmentInput();
    Object.assign(missing, { scope: { country: 'ETH' } });
    for (const [document, code] of [
      [wrong, 'schema/invalid-value'],
      [missing, 'schema/missing-property'],
    ] as const) {
      const result = structural(validateNeedsAssessment(document));
      expect(result.ok).toBe(false);
      expect(result.warnings).toEqual([]);
      expect(result.errors).toEqual([[code, '/scope/type', 'error']]);
    }
  });
});
