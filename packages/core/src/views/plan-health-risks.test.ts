import { describe, expect, it } from 'vitest';
import { parseProgressReport, parseWorkPlan, planHealth } from '@itu-aicb/core';
import { progressReportInput, workPlanInput } from '../../test/fixtures.js';

// The fixture plan: M1 runs 2026-02-01 to 2027-06-30 (514 days) with a budget of USD 400,000;
// the fixture report (as of 2026-06-30) has M1 achieve M1-a, re-forecast M1-b within its end
// (milestone-slipped) and spend USD 90,000. On 2026-06-30, t = 149 / 514 = 0.2899 of M1 elapsed.
const plan = parseWorkPlan(workPlanInput());
type Input = ReturnType<typeof progressReportInput>;
const first = (input: Input) =>
  input.measureProgress[0] as Extract<Input['measureProgress'][number], { spend: unknown }>;

/** M1's state and signals as of the fixture report's date, after a change to the report. */
function m1(change: (input: Input) => void) {
  const input = progressReportInput();
  change(input);
  const health = planHealth(plan, [parseProgressReport(input)], '2026-06-30');
  const measure = health.measures.find((entry) => entry.measure === 'M1')!;
  return [measure.state, measure.signals.map((signal) => signal.signal)];
}

describe('planHealth: risks of spend and status', () => {
  it('reads spend more than 0.25 ahead of the time elapsed as spend-ahead', () => {
    // s = 220,000 / 400,000 = 0.55; s - t = 0.2601 > 0.25.
    expect(m1((input) => (first(input).spend.amount = 220000))).toEqual([
      'at-risk',
      ['milestone-slipped', 'spend-ahead'],
    ]);
    // s = 215,000 / 400,000 = 0.5375; s - t = 0.2476, within the tolerance.
    expect(m1((input) => (first(input).spend.amount = 215000))).toEqual([
      'at-risk',
      ['milestone-slipped'],
    ]);
  });

  it('gives the shares behind spend-ahead', () => {
    const input = progressReportInput();
    first(input).spend.amount = 220000;
    const health = planHealth(plan, [parseProgressReport(input)], '2026-06-30');
    const signal = health.measures[0]!.signals.find((entry) => entry.signal === 'spend-ahead');
    expect(signal?.subject).toBe('M1');
    expect(health.measures[0]!.spend?.rate).toBe(0.55);
    expect(health.measures[0]!.elapsed).toBeCloseTo(149 / 514, 12);
  });

  it('reads a suspended measure as at risk, the suspension first among the signals', () => {
    expect(m1((input) => (first(input).status = 'suspended'))).toEqual([
      'at-risk',
      ['suspended', 'milestone-slipped'],
    ]);
    // Suspended with nothing else to say: the suspension alone.
    expect(
      m1((input) => {
        first(input).status = 'suspended';
        first(input).milestones.pop();
      }),
    ).toEqual(['at-risk', ['suspended']]);
  });

  it('reads a suspended measure with an overdue milestone as late, for the late signal alone', () => {
    // M1-b due 2026-12-15, not achieved nor re-forecast, is overdue on 2027-01-01.
    const input = progressReportInput();
    first(input).status = 'suspended';
    first(input).milestones.pop();
    const health = planHealth(plan, [parseProgressReport(input)], '2027-01-01');
    const measure = health.measures[0]!;
    expect([measure.state, measure.signals.map((signal) => signal.signal)]).toEqual([
      'late',
      ['milestone-overdue'],
    ]);
  });
});
