// Two cases the other rule tests do not reach: an objective's id used twice, and a measure whose
// first objective is not in the plan while a later one is.
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../../test/fixtures.js';

const findings = (document: unknown, code: string) => {
  const result = validateWorkPlan(document);
  return [...('issues' in result ? result.issues : []), ...result.warnings]
    .filter((issue) => issue.code === code)
    .map((issue) => [issue.pointer, issue.params]);
};

describe('plan/duplicate-id for objectives', () => {
  it('places the later objective and names the first', () => {
    const document = workPlanInput();
    const first = document.objectives[0]!;
    document.objectives[1]!.id = first.id;
    expect(findings(document, 'plan/duplicate-id')).toEqual([
      ['/objectives/1/id', { id: first.id, collection: 'objective', first: '/objectives/0/id' }],
    ]);
  });
});

describe('plan/pillar-outside-objectives with an objective the plan lacks', () => {
  it('still reports a pillar that no known objective of the measure covers', () => {
    const document = workPlanInput();
    const measure = document.measures[0]!;
    // O1 covers talent only; O9 is not in the plan (plan/unknown-reference) and covers nothing.
    measure.objectives = ['O9', 'O1'];
    measure.pillars = ['talent', 'models'];
    expect(findings(document, 'plan/pillar-outside-objectives')).toEqual([
      ['/measures/0/pillars/1', { measure: measure.id, pillar: 'models' }],
    ]);
  });
});
