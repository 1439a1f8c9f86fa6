// Plan and profile builders for the prioritisation tests: each call parses a fresh fixture with
// one thing changed, so that a test states only what it is about.
import { parseScoringProfile, parseWorkPlan } from '@itu-aicb/core';
import type { ScoringProfileInput } from '@itu-aicb/core';
import { scoringProfileInput, workPlanInput } from '../../core/test/fixtures.js';

/** The fields of the fixture's first measure a test changes, with the measure's id. */
export type MeasureSpec = Record<string, unknown> & { id: string };

/** A valid plan whose measures are the fixture's first measure with the given fields changed. */
export function plan(specs: readonly MeasureSpec[]) {
  const input = workPlanInput();
  const template = input.measures[0]!;
  input.measures = specs.map((spec) => ({
    ...template,
    schedule: { ...template.schedule, milestones: [] },
    title: `Measure ${spec.id}`,
    ...spec,
  })) as never;
  return parseWorkPlan(input);
}

/** The fixture profile with the given fields changed. */
export function profile(edit: Partial<ScoringProfileInput>) {
  return parseScoringProfile({ ...scoringProfileInput(), ...edit });
}
