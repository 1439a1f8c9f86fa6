// The "write it in quotes" hint is for a number or a boolean where text was expected, and only
// there: a value of another type, or a number where a mapping was expected, gets no such hint.
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../test/fixtures.js';

const hintAt = (pointer: string, change: (plan: ReturnType<typeof workPlanInput>) => void) => {
  const plan = workPlanInput();
  change(plan);
  const result = validateWorkPlan(plan);
  return (result.ok ? [] : result.issues).find((issue) => issue.pointer === pointer);
};

describe('the quoting hint', () => {
  it('is given for a number where text is expected', () => {
    const found = hintAt('/measures/0/id', (plan) => Object.assign(plan.measures[0]!, { id: 7 }));
    expect(found?.code).toBe('schema/invalid-type');
    expect(found?.hint).toContain('"7", in quotes');
  });

  it('is not given for a list where text is expected, or a number where a mapping is', () => {
    const list = hintAt('/measures/0/id', (plan) => Object.assign(plan.measures[0]!, { id: [] }));
    expect(list?.code).toBe('schema/invalid-type');
    expect(list?.hint ?? '').not.toContain('in quotes');
    const budget = hintAt('/measures/0/budget', (plan) =>
      Object.assign(plan.measures[0]!, { budget: 5 }),
    );
    expect(budget?.code).toBe('schema/invalid-type');
    expect(budget?.hint ?? '').not.toContain('in quotes');
  });
});
