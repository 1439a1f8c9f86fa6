import { describe, expect, it } from 'vitest';
import {
  AicbError,
  healthTimeSeries,
  parseProgressReport,
  parseWorkPlan,
  planHealth,
  progressAsOf,
} from '@itu-aicb/core';
import type { ProgressReport } from '@itu-aicb/core';
import { progressReportInput, workPlanInput } from '../../test/fixtures.js';

// The fixture plan: M1 (BDT, AFR) runs 2026-02-01 to 2027-06-30 (514 days) with milestones M1-a
// due 2026-05-31 and M1-b due 2026-12-15 and a budget of USD 400,000; M2 (TSB, ASP) runs
// 2026-06-01 to 2027-12-31 with M2-a due 2026-09-30 and no budget. The fixture report (as of
// 2026-06-30): M1 achieved M1-a, re-forecast M1-b to 2027-01-31, spent USD 90,000; M2 pipeline.
const plan = parseWorkPlan(workPlanInput());
const h1 = parseProgressReport(progressReportInput());

function report(change: (input: ReturnType<typeof progressReportInput>) => void): ProgressReport {
  const input = progressReportInput();
  change(input);
  return parseProgressReport(input);
}

type Input = ReturnType<typeof progressReportInput>;
/** The fixture's first measure entry, the one with every field. */
const first = (input: Input) =>
  input.measureProgress[0] as Extract<Input['measureProgress'][number], { spend: unknown }>;

const states = (health: ReturnType<typeof planHealth>) =>
  health.measures.map((m) => [m.measure, m.state, m.signals.map((s) => s.signal)]);

describe('planHealth', () => {
  it('says not started before the start, with no report', () => {
    expect(states(planHealth(plan, [], '2026-01-15'))).toEqual([
      ['M1', 'not-started', []],
      ['M2', 'not-started', []],
    ]);
  });

  it('reads a slipped milestone and a pipeline measure past its start as risks', () => {
    const health = planHealth(plan, [h1], '2026-06-30');
    expect(states(health)).toEqual([
      ['M1', 'at-risk', ['milestone-slipped']],
      ['M2', 'at-risk', ['not-started']],
    ]);
    const m1 = health.measures[0]!;
    // Elapsed: 149 of 514 days; spent 90,000 of 400,000.
    expect(m1.elapsed).toBeCloseTo(149 / 514, 12);
    expect(m1.spend).toEqual({ amount: 90000, currency: 'USD', budget: 400000, rate: 0.225 });
    expect(m1.milestones).toEqual({ total: 2, achieved: 1, overdue: 0, reforecast: 1 });
    expect(health.budgetExecution).toEqual({
      USD: { budget: 400000, spent: 90000, measures: 1, rate: 0.225 },
    });
    expect(
      Object.entries(health.byBureau).map(([bureau, g]) => [
        bureau,
        g.measures,
        g.states['at-risk'],
      ]),
    ).toEqual([
      ['BDT', 1, 1],
      ['TSB', 1, 1],
    ]);
    expect(Object.keys(health.byRegion)).toEqual(['AFR', 'ASP']);
    expect(health.totals.states['at-risk']).toBe(2);
  });

  it('finds overdue milestones and spend behind time later on', () => {
    const health = planHealth(plan, [h1], '2026-10-15');
    // M2-a was due 2026-09-30: 15 days overdue. M1: 256 of 514 days elapsed (0.498), 0.225 spent.
    expect(states(health)).toEqual([
      ['M1', 'at-risk', ['milestone-slipped', 'spend-behind']],
      ['M2', 'late', ['milestone-overdue']],
    ]);
    expect(health.overdueMilestones).toEqual([
      {
        measure: 'M2',
        milestone: 'M2-a',
        title: 'Partners selected',
        titleLanguage: 'en',
        due: '2026-09-30',
        daysOverdue: 15,
      },
    ]);
  });

  it('measures an indicator against the straight line from baseline to target', () => {
    const [indicator] = planHealth(plan, [h1], '2026-06-30').objectiveIndicators;
    // 0 at 2025-12-31 to 2000 at 2027-12-31 (730 days); 181 days later 2000 * 181 / 730 expected.
    const expected = (2000 * 181) / 730;
    expect(indicator).toMatchObject({ indicator: 'I1', baseline: 0, target: 2000, actual: 150 });
    expect(indicator?.expected).toBeCloseTo(expected, 9);
    expect(indicator?.progress).toBeCloseTo(150 / expected, 12);
  });

  it('orders the states: cancelled, completed, late, then at risk', () => {
    const closed = report((r) => {
      r.measureProgress[0]!.status = 'closed';
      r.measureProgress[1]!.status = 'cancelled';
    });
    expect(states(planHealth(plan, [closed], '2027-12-31'))).toEqual([
      ['M1', 'completed', []],
      ['M2', 'cancelled', []],
    ]);
    expect(states(planHealth(plan, [h1], '2027-07-01'))[0]).toEqual([
      'M1',
      'late',
      ['past-end', 'milestone-overdue'],
    ]);
  });

  it('reads overspending, a forecast past the end and a high risk', () => {
    const input = workPlanInput();
    (input.measures[0] as Record<string, unknown>)['indicators'] = [
      {
        id: 'MI1',
        name: 'Officials certified',
        unit: 'people',
        target: { value: 100, year: 2026 },
      },
    ] as never;
    const withIndicator = parseWorkPlan(input);
    const r = report((draft) => {
      const entry = draft.measureProgress[0] as unknown as Record<string, unknown>;
      entry['spend'] = { amount: 410000, currency: 'USD' };
      entry['milestones'] = [{ milestone: 'M1-a', achieved: '2026-05-20' }];
      entry['risks'] = [{ description: 'Funding withdrawn', likelihood: 'high', impact: 'high' }];
      entry['indicators'] = [{ indicator: 'MI1', value: 10, date: '2026-06-30' }];
    });
    const [m1] = planHealth(withIndicator, [r], '2026-06-30').measures;
    // MI1: 0 on 2026-02-01 to 100 on 2026-12-31 (333 days); 149 days in, 44.7 expected, 10 measured.
    expect(m1?.signals.map((s) => s.signal)).toEqual([
      'overspent',
      'indicator-behind',
      'high-risk',
    ]);
    expect(m1?.indicators[0]?.expected).toBeCloseTo((100 * 149) / 333, 9);
    const beyond = report((draft) => (first(draft).milestones[1]!.forecast = '2027-08-31'));
    expect(states(planHealth(plan, [beyond], '2026-06-30'))[0]).toEqual([
      'M1',
      'late',
      ['forecast-beyond-end'],
    ]);
  });

  it('leaves out reports after the date and reports on other plans', () => {
    const other = report((r) => (r.plan = 'another-plan'));
    expect(planHealth(plan, [h1, other], '2026-06-29').reports).toEqual([]);
    expect(planHealth(plan, [h1, other], '2026-06-30').reports).toEqual(['aicb-2026-h1']);
  });

  it('throws an AicbError for a date that is not one', () => {
    expect(() => planHealth(plan, [], '2026-02-30')).toThrow(AicbError);
  });
});

describe('progressAsOf', () => {
  it('keeps the latest word on each milestone and the first achievement', () => {
    const h2 = report((r) => {
      Object.assign(r, {
        id: 'aicb-2026-h2',
        period: { start: '2026-07-01', end: '2026-12-31' },
        asOf: '2026-12-31',
      });
      first(r).milestones = [
        { milestone: 'M1-b', forecast: '2027-03-31', reason: 'Later again.' },
      ] as never;
      first(r).countriesReached = ['RWA'];
    });
    const m1 = progressAsOf(plan, [h2, h1], '2027-01-01').measures.get('M1');
    expect([...(m1?.milestones ?? [])]).toEqual([
      ['M1-a', { achieved: '2026-05-20' }],
      ['M1-b', { forecast: '2027-03-31' }],
    ]);
    expect(m1?.countriesReached).toEqual(['ETH', 'RWA']);
    expect(m1?.report).toBe('aicb-2026-h2');
  });
});

describe('healthTimeSeries', () => {
  it('gives the same figures for each report, in order', () => {
    const h2 = report((r) => {
      Object.assign(r, {
        id: 'aicb-2026-h2',
        period: { start: '2026-07-01', end: '2026-12-31' },
        asOf: '2026-12-31',
      });
      first(r).spend.amount = 200000;
      first(r).beneficiaries.total = 600;
    });
    const series = healthTimeSeries(plan, [h2, h1]);
    expect(series.map((p) => [p.report, p.spent, p.beneficiaries, p.overdueMilestones])).toEqual([
      ['aicb-2026-h1', { USD: 90000 }, 150, 0],
      ['aicb-2026-h2', { USD: 200000 }, 600, 1],
    ]);
  });
});

describe('planHealth on the example workspace', () => {
  it('reads the two reports of 2026 as of 2026-12-01', async () => {
    const { loadPlanFiles } = await import('@itu-aicb/core/node');
    const root = new URL('../../../../examples/itu-ai-capacity-building/', import.meta.url);
    const loaded = await loadPlanFiles('.', { cwd: root.pathname });
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [example] = loaded.plans;
    const health = planHealth(example!, loaded.reports, '2026-12-01');
    expect(health.reports).toEqual(['itu-aicb-2026-h1', 'itu-aicb-2026-h2']);
    expect(health.measures.map((m) => [m.measure, m.state])).toEqual([
      ['M-TAL-01', 'at-risk'],
      ['M-TAL-02', 'late'],
      ['M-CMP-01', 'on-track'],
      ['M-INF-01', 'at-risk'],
      ['M-DAT-01', 'on-track'],
      ['M-MOD-01', 'late'],
      ['M-STR-01', 'on-track'],
      ['M-COO-01', 'at-risk'],
      ['M-CMP-02', 'at-risk'],
    ]);
    // MOD-01-a and TAL-02-a were due 2026-10-31: 31 days overdue. M-INF-01 spent CHF 470,000
    // of 450,000.
    expect(health.overdueMilestones.map((m) => [m.milestone, m.daysOverdue])).toEqual([
      ['MOD-01-a', 31],
      ['TAL-02-a', 31],
    ]);
    expect(health.budgetExecution['CHF']).toMatchObject({ budget: 750000, spent: 500000 });
  });
});
