import { describe, expect, it } from 'vitest';
import {
  AicbError,
  indexWorkPlan,
  milestonesDue,
  parseWorkPlan,
  summarizeWorkPlan,
  timelineByQuarter,
} from '@itu-aicb/core';
import { workPlanInput } from '../../test/fixtures.js';

const plan = () => parseWorkPlan(workPlanInput());

describe('indexWorkPlan', () => {
  it('finds objectives, measures and milestones by id', () => {
    const index = indexWorkPlan(plan());
    expect(index.objective('O2')?.pillars).toEqual(['compute', 'data']);
    expect(index.measure('M2')?.lead).toBe('TSB');
    expect(index.milestone('M1-b')?.measure.id).toBe('M1');
    expect(index.measuresFor('O1').map((m) => m.id)).toEqual(['M1']);
    expect(index.measure('nope')).toBeUndefined();
    expect(index.measuresFor('nope')).toEqual([]);
  });
});

describe('summarizeWorkPlan', () => {
  it('sums budgets by currency and counts overlapping groups in each', () => {
    const input = workPlanInput();
    input.measures[1]!.budget = {
      amount: 100,
      currency: 'EUR',
      secured: 0,
      breakdown: [],
    } as never;
    const summary = summarizeWorkPlan(parseWorkPlan(input));
    expect(summary.total.measures).toBe(2);
    expect(summary.total.budget).toEqual({
      USD: { amount: 400000, secured: 150000 },
      EUR: { amount: 100, secured: 0 },
    });
    expect(summary.byPillar['data']).toEqual({
      measures: 1,
      withoutBudget: 0,
      budget: { EUR: { amount: 100, secured: 0 } },
    });
    expect(summary.byLead['BDT']?.measures).toBe(1);
    expect(summary.byRegion['AFR']?.measures).toBe(1);
    expect(summary.byStatus['pipeline']?.measures).toBe(2);
  });

  it('counts a measure without a target region as global and one without budget apart', () => {
    const input = workPlanInput();
    input.measures[1]!.targetRegions = [];
    input.measures[1]!.targetCountries = [];
    const summary = summarizeWorkPlan(parseWorkPlan(input));
    expect(summary.byRegion['global']).toEqual({ measures: 1, withoutBudget: 1, budget: {} });
  });
});

describe('milestonesDue', () => {
  it('lists overdue milestones first, then those due within the window', () => {
    const due = milestonesDue(plan(), '2026-09-15');
    expect(due.map((entry) => [entry.milestone.id, entry.state, entry.daysLeft])).toEqual([
      ['M1-a', 'overdue', -107],
      ['M2-a', 'due', 15],
    ]);
  });

  it('honours the window size and skips milestones that are done', () => {
    const input = workPlanInput();
    (input.measures[0]!.schedule.milestones[0] as { done?: boolean }).done = true;
    const due = milestonesDue(parseWorkPlan(input), new Date(2026, 8, 15), { withinDays: 100 });
    expect(due.map((entry) => entry.milestone.id)).toEqual(['M2-a', 'M1-b']);
  });

  it('counts the reference day as the first day of the window', () => {
    expect(milestonesDue(plan(), '2026-05-31', { withinDays: 1 }).map((e) => e.state)).toEqual([
      'due',
    ]);
    expect(milestonesDue(plan(), '2026-05-30', { withinDays: 1 })).toEqual([]);
  });

  it('rejects an invalid reference date with a typed error', () => {
    expect(() => milestonesDue(plan(), '2026-13-45')).toThrow(AicbError);
  });

  it('takes Infinity or a very long window as no limit, and rejects NaN and negative windows', () => {
    const all = milestonesDue(plan(), '2026-01-01', { withinDays: Infinity });
    expect(all.map((entry) => entry.milestone.id)).toEqual(['M1-a', 'M2-a', 'M1-b']);
    expect(milestonesDue(plan(), '2026-01-01', { withinDays: 1e9 })).toEqual(all);
    for (const withinDays of [Number.NaN, -1]) {
      expect(() => milestonesDue(plan(), '2026-01-01', { withinDays })).toThrow(
        expect.objectContaining({ code: 'invalid-option' }),
      );
    }
  });
});

describe('timelineByQuarter', () => {
  it('lays the plan out by quarter', () => {
    const quarters = timelineByQuarter(plan());
    expect(quarters.map((q) => q.label)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
    const q2 = quarters[1]!;
    expect([q2.start, q2.end]).toEqual(['2026-04-01', '2026-06-30']);
    expect(q2.starting.map((m) => m.id)).toEqual(['M2']);
    expect(q2.active.map((m) => m.id)).toEqual(['M1', 'M2']);
    expect(q2.milestones.map((m) => m.milestone.id)).toEqual(['M1-a']);
    expect(quarters[5]!.ending.map((m) => m.id)).toEqual(['M1']);
  });

  it('widens the range to measures outside the period', () => {
    const input = workPlanInput();
    input.measures[1]!.schedule.end = '2028-02-01';
    const result = parseWorkPlan(input, { rules: { 'plan/outside-period': 'off' } });
    expect(timelineByQuarter(result).at(-1)?.label).toBe('2028-Q1');
  });
});
