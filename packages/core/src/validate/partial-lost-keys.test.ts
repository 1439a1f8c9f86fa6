// Only a key that is not allowed (an unknown key, a record key out of its list) makes the absent
// fields of its object suspect; a value of the wrong type does not.
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../test/fixtures.js';

describe('a wrong value beside an absent field', () => {
  it('leaves the rules that read the absent field to report', () => {
    const plan = workPlanInput();
    const measure: Record<string, unknown> = { ...plan.measures[0]! };
    delete measure['budget'];
    plan.measures[0] = {
      ...measure,
      title: 5,
      partners: [{ name: 'UNDP', role: 'funding', financingPercent: 40 }],
    } as never;
    const result = validateWorkPlan(plan);
    const codes = result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer]);
    expect(codes).toContainEqual(['schema/invalid-type', '/measures/0/title']);
    expect(
      [...(result.ok ? [] : result.issues), ...result.warnings].map((issue) => issue.code),
    ).toContain('plan/financing-without-budget');
  });
});
