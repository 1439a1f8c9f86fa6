import { describe, expect, it } from 'vitest';
import {
  PROGRESS_REPORT_RULES,
  PROGRESS_REPORT_WORKSPACE_RULES,
  validateProgressReport,
  validateWorkspace,
} from '@itu-aicb/core';
import type { ValidationIssue, WorkspaceEntry } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  progressReportInput,
  workPlanInput,
} from '../../../test/fixtures.js';

type Report = ReturnType<typeof progressReportInput>;
type Plan = ReturnType<typeof workPlanInput>;

/** The second-half report that follows the fixture report. */
function secondHalf(): Report {
  return {
    ...progressReportInput(),
    id: 'aicb-2026-h2',
    period: { start: '2026-07-01', end: '2026-12-31' },
    asOf: '2026-12-31',
  };
}

interface Case {
  readonly code: string;
  readonly pointer: string;
  /** Which document the finding belongs to. */
  readonly source?: string;
  /** Changes the first report; `second`, when given, adds a second report changed so. */
  readonly change: (report: Report, plan: Plan) => void;
  readonly second?: (report: Report) => void;
}

function check(
  change: Case['change'] = () => undefined,
  second?: Case['second'],
): ValidationIssue[] {
  const plan = workPlanInput();
  const report = progressReportInput();
  change(report, plan);
  const entries: WorkspaceEntry[] = [
    { source: 'plan.yaml', document: plan },
    { source: 'initiatives.yaml', document: initiativeCatalogueInput() },
    { source: 'h1.yaml', document: report },
  ];
  if (second !== undefined) {
    const next = secondHalf();
    second(next);
    entries.push({ source: 'h2.yaml', document: next });
  }
  const result = validateWorkspace(entries);
  return [...result.issues, ...result.warnings];
}

/** The fixture's first measure entry, the one with every field. */
type FullEntry = Extract<Report['measureProgress'][number], { spend: unknown }>;
const first = (report: Report) => report.measureProgress[0] as FullEntry;

const CASES: readonly Case[] = [
  {
    code: 'report/date-order',
    pointer: '/period/start',
    change: (r) => (r.period = { start: '2026-06-01', end: '2026-05-31' }),
  },
  {
    code: 'report/after-as-of',
    pointer: '/measureProgress/0/spend/transactions/0/date',
    change: (r) => (first(r).spend.transactions[0]!.date = '2026-07-01'),
  },
  {
    code: 'report/after-as-of',
    pointer: '/meetings/0/date',
    change: (r) => (r.meetings[0]!.date = '2026-07-01'),
  },
  {
    code: 'report/duplicate-entry',
    pointer: '/measureProgress/0/milestones/1/milestone',
    change: (r) => (first(r).milestones[1]!.milestone = 'M1-a'),
  },
  { code: 'report/unknown-plan', pointer: '/plan', change: (r) => (r.plan = 'aicb-2062') },
  {
    code: 'report/outside-plan-period',
    pointer: '/period',
    change: (r) => (r.period = { start: '2025-12-01', end: '2026-06-30' }),
  },
  {
    code: 'report/unknown-reference',
    pointer: '/measureProgress/0/milestones/1/milestone',
    change: (r) => (first(r).milestones[1]!.milestone = 'M2-a'),
  },
  {
    code: 'report/unknown-reference',
    pointer: '/objectiveProgress/0/indicators/0/indicator',
    change: (r) => (r.objectiveProgress[0]!.indicators[0]!.indicator = 'I2'),
  },
  {
    code: 'report/unknown-reference',
    pointer: '/contributions/0/member',
    change: (r) => (r.contributions[0]!.kind = 'in-kind'),
  },
  {
    code: 'report/milestone-before-start',
    pointer: '/measureProgress/0/milestones/0/achieved',
    change: (r) => (first(r).milestones[0]!.achieved = '2026-01-31'),
  },
  {
    code: 'report/spend-currency',
    pointer: '/measureProgress/1/spend/currency',
    // M2 has no budget at all.
    change: (r) =>
      (r.measureProgress[1] = {
        measure: 'M2',
        status: 'pipeline',
        spend: { amount: 10, currency: 'USD' },
      } as never),
  },
  {
    code: 'report/spend-above-budget',
    pointer: '/measureProgress/0/spend/amount',
    change: (r) => (first(r).spend.amount = 400001),
  },
  {
    code: 'report/spend-decrease',
    pointer: '/measureProgress/0/spend/amount',
    source: 'h2.yaml',
    change: () => undefined,
    second: (r) => (first(r).spend.amount = 89999),
  },
  {
    code: 'report/overlapping-periods',
    pointer: '/period',
    source: 'h2.yaml',
    change: () => undefined,
    second: (r) => (r.period = { start: '2026-06-30', end: '2026-12-31' }),
  },
  {
    code: 'report/implausible-status',
    pointer: '/measureProgress/1/status',
    source: 'h2.yaml',
    change: (r) => (r.measureProgress[1]!.status = 'implementation'),
    second: (r) => (r.measureProgress[1]!.status = 'pipeline'),
  },
  {
    code: 'report/indicator-unit',
    pointer: '/objectiveProgress/0/indicators/0/unit',
    change: (r) => (r.objectiveProgress[0]!.indicators[0]!.unit = 'officials'),
  },
];

describe('progress report rules', () => {
  it('finds nothing in the fixture report, alone or followed by a second report', () => {
    expect(check()).toEqual([]);
    expect(check(undefined, () => undefined)).toEqual([]);
    const alone = validateProgressReport(progressReportInput());
    expect(alone.ok && alone.warnings).toEqual([]);
  });

  it.each(CASES.map((c) => [c.code, c.pointer, c] as const))('%s at %s', (code, pointer, c) => {
    const found = check(c.change, c.second).map((issue) => [
      issue.code,
      issue.source,
      issue.pointer,
    ]);
    expect(found).toEqual([[code, c.source ?? 'h1.yaml', pointer]]);
  });

  it('has a case for every rule', () => {
    const codes = [...PROGRESS_REPORT_RULES, ...PROGRESS_REPORT_WORKSPACE_RULES].map((r) => r.code);
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(codes));
  });

  it('accepts a plausible status change and rising spend between reports', () => {
    const found = check(
      (r) => (r.measureProgress[1]!.status = 'pipeline'),
      (r) => {
        r.measureProgress[1]!.status = 'implementation';
        first(r).spend.amount = 150000;
        first(r).status = 'finalisation';
      },
    );
    expect(found).toEqual([]);
  });

  it('stays silent on the plan while a work plan of the workspace is invalid', () => {
    const report = { ...progressReportInput(), plan: 'other' };
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...workPlanInput(), status: 'unknown' } },
      { source: 'h1.yaml', document: report },
    ]);
    expect(result.issues.map((issue) => issue.code)).not.toContain('report/unknown-plan');
  });

  it('does not change the documents it checks', () => {
    const report = progressReportInput();
    const copy = structuredClone(report);
    validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'h1.yaml', document: report },
    ]);
    expect(report).toEqual(copy);
  });
});
