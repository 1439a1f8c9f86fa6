// Hints that list the allowed values show them all, or say where the full list is.
import { describe, expect, it } from 'vitest';
import { MEASURE_KINDS, validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../test/fixtures.js';

const hintFor = (change: (plan: ReturnType<typeof workPlanInput>) => void) => {
  const plan = workPlanInput();
  change(plan);
  const result = validateWorkPlan(plan);
  return result.ok ? undefined : result.issues[0]?.hint;
};

describe('hints that list allowed values', () => {
  it('name every measure kind', () => {
    const hint = hintFor((plan) => Object.assign(plan.measures[0]!, { kind: 'gpu' }));
    expect(MEASURE_KINDS.length).toBeGreaterThan(12);
    for (const kind of MEASURE_KINDS) expect(hint).toContain(`"${kind}"`);
    expect(hint).not.toMatch(/more/);
  });

  it('say where the rest of a list too long to show is', () => {
    const hint = hintFor((plan) => Object.assign(plan.measures[0]!.budget!, { currency: 'QQQ' }));
    expect(hint).toMatch(/\(and \d+ more: see the code lists of the plan format reference\)/);
  });
});
