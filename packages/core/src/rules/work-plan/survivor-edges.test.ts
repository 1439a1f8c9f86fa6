// Indicator ids of a measure after the first: indicators of objectives and of measures share one
// numbering, and a repeat found there is placed under its own measure, as is the first use.
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../../test/fixtures.js';

type Plan = ReturnType<typeof workPlanInput>;
type Indicator = NonNullable<Plan['objectives'][number]['indicators']>[number];

/** `[pointer, params]` of the plan/duplicate-id findings of the fixture plan, changed. */
function duplicates(change: (plan: Plan) => void) {
  const document = workPlanInput();
  change(document);
  const result = validateWorkPlan(document);
  return [...('issues' in result ? result.issues : []), ...result.warnings]
    .filter((issue) => issue.code === 'plan/duplicate-id')
    .map((issue) => [issue.pointer, issue.params]);
}

/** The fixture's indicator of O1 under another id. */
const indicator = (plan: Plan, id: string): Indicator => ({
  ...plan.objectives[0]!.indicators![0]!,
  id,
});

describe('plan/duplicate-id for indicators of a later measure', () => {
  it('places a repeat within the second measure, and its first use there', () => {
    expect(
      duplicates((p) => {
        (p.measures[1] as { indicators?: Indicator[] }).indicators = [
          indicator(p, 'I7'),
          indicator(p, 'I7'),
        ];
      }),
    ).toEqual([
      [
        '/measures/1/indicators/1/id',
        { id: 'I7', collection: 'indicator', first: '/measures/1/indicators/0/id' },
      ],
    ]);
  });

  it("places a second measure's repeat of an objective's indicator", () => {
    expect(
      duplicates((p) => {
        (p.measures[1] as { indicators?: Indicator[] }).indicators = [indicator(p, 'I1')];
      }),
    ).toEqual([
      [
        '/measures/1/indicators/0/id',
        { id: 'I1', collection: 'indicator', first: '/objectives/0/indicators/0/id' },
      ],
    ]);
  });
});
