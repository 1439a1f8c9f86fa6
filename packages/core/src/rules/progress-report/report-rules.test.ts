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
import { naming } from '../../../test/naming.js';
import { REPORT_ENTRY_RULES } from './report-entry-rules.js';
import { reportContributionCurrency } from './report-workspace-rules.js';

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
  changePlan: (plan: Plan) => void = () => undefined,
): ValidationIssue[] {
  const plan = workPlanInput();
  changePlan(plan);
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
/** Gives the first measure entry indicator values, which the fixture's entry has none of. */
const withValues = (report: Report, values: { indicator: string; value: number; date: string }[]) =>
  Object.assign(first(report), { indicators: values });

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
    // The checks of single entries have their cases in report-checks-more.test.ts.
    const elsewhere = new Set(
      [...REPORT_ENTRY_RULES, reportContributionCurrency].map((r) => r.code as string),
    );
    const codes = [...PROGRESS_REPORT_RULES, ...PROGRESS_REPORT_WORKSPACE_RULES]
      .map((r) => r.code)
      .filter((code) => !elsewhere.has(code));
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

  it('reads the plan id of a work plan that is invalid elsewhere', () => {
    const report = { ...progressReportInput(), plan: 'other' };
    const result = validateWorkspace([
      { source: 'plan.yaml', document: { ...workPlanInput(), status: 'unknown' } },
      { source: 'h1.yaml', document: report },
    ]);
    expect(result.issues.map((issue) => [issue.source, issue.code])).toContainEqual([
      'h1.yaml',
      'report/unknown-plan',
    ]);
  });

  it('stays silent on the plan while a work plan id is invalid or a plan cannot be read', () => {
    const report = { ...progressReportInput(), plan: 'other' };
    for (const plan of [
      { ...workPlanInput(), id: 7 },
      { ...workPlanInput(), kind: 'Workplan' },
    ]) {
      const result = validateWorkspace([
        { source: 'plan.yaml', document: plan },
        { source: 'h1.yaml', document: report },
      ]);
      expect(result.issues.map((issue) => issue.code)).not.toContain('report/unknown-plan');
    }
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

describe('progress report edges', () => {
  /** The findings with `code` after the changes, as `[source, pointer]` pairs. */
  const only = (code: string, change: Case['change'], second?: Case['second']) =>
    check(change, second)
      .filter((issue) => issue.code === code)
      .map((issue) => [issue.source, issue.pointer, issue.message]);

  it('accepts a report period that starts and ends on the days of the plan period', () => {
    expect(only('report/outside-plan-period', (r) => (r.period.end = '2027-12-31'))).toEqual([]);
    expect(
      only('report/outside-plan-period', (r) => (r.period.end = '2028-01-01')).map(([, p]) => p),
    ).toEqual(['/period']);
    expect(
      only('report/outside-plan-period', (r) => (r.period.start = '2025-12-31')).map(([, p]) => p),
    ).toEqual(['/period']);
  });

  it('accepts a period of one day, and reports one that ends the day before it starts', () => {
    expect(only('report/date-order', (r) => (r.period.end = r.period.start))).toEqual([]);
    expect(only('report/date-order', (r) => (r.period.end = '2025-12-31'))).toEqual([
      ['h1.yaml', '/period/start', naming('2026-01-01', '2025-12-31')],
    ]);
  });

  it('accepts a milestone achieved on the day its measure starts, not the day before', () => {
    expect(
      only(
        'report/milestone-before-start',
        (r) => (first(r).milestones[0]!.achieved = '2026-02-01'),
      ),
    ).toEqual([]);
    const found = only(
      'report/milestone-before-start',
      (r) => (first(r).milestones[0]!.achieved = '2026-01-31'),
    );
    expect(found.map(([, , message]) => message)).toEqual([
      naming('M1-a', 'M1', '2026-01-31', '2026-02-01'),
    ]);
  });

  it('leaves a measure the plan does not have to report/unknown-reference', () => {
    const found = check((r) => {
      first(r).measure = 'M9';
      first(r).milestones[0]!.achieved = '2025-01-31';
      first(r).spend.amount = 900000;
      first(r).spend.currency = 'EUR';
    });
    expect(found.map((issue) => [issue.code, issue.pointer, issue.message])).toEqual([
      ['report/unknown-reference', '/measureProgress/0/measure', naming('M9', 'aicb-2026')],
    ]);
  });

  it('names the measure or objective whose milestone or indicator is unknown', () => {
    const messages = (change: Case['change']) =>
      only('report/unknown-reference', change).map(([, pointer, message]) => [pointer, message]);
    expect(messages((r) => (first(r).milestones[1]!.milestone = 'M2-a'))).toEqual([
      [
        '/measureProgress/0/milestones/1/milestone',
        naming('milestone "M2-a"', '"M1"', 'aicb-2026'),
      ],
    ]);
    expect(
      messages((r) => withValues(r, [{ indicator: 'I1', value: 3, date: '2026-06-01' }])),
    ).toEqual([
      ['/measureProgress/0/indicators/0/indicator', naming('indicator "I1"', '"M1"', 'aicb-2026')],
    ]);
    expect(messages((r) => (r.objectiveProgress[0]!.objective = 'O3'))).toEqual([
      ['/objectiveProgress/0/objective', naming('objective "O3"', 'aicb-2026')],
    ]);
    expect(messages((r) => (r.objectiveProgress[0]!.indicators[0]!.indicator = 'I2'))).toEqual([
      [
        '/objectiveProgress/0/indicators/0/indicator',
        naming('indicator "I2"', '"O1"', 'aicb-2026'),
      ],
    ]);
  });

  it('accepts spend equal to the budget, and compares spend in another currency with nothing', () => {
    expect(only('report/spend-above-budget', (r) => (first(r).spend.amount = 400000))).toEqual([]);
    expect(
      only('report/spend-above-budget', (r) => {
        first(r).spend.amount = 500000;
        first(r).spend.currency = 'EUR';
      }),
    ).toEqual([]);
    expect(
      only('report/spend-above-budget', (r) => (first(r).spend.amount = 400001)).map(
        ([, , message]) => message,
      ),
    ).toEqual([naming('M1', 'USD 400,001', 'USD 400,000')]);
  });

  it('reports spend in another currency than the budget, with both currencies', () => {
    expect(
      only('report/spend-currency', (r) => (first(r).spend.currency = 'EUR')).map(
        ([, pointer, message]) => [pointer, message],
      ),
    ).toEqual([['/measureProgress/0/spend/currency', naming('M1', 'EUR', 'USD')]]);
  });

  it('accepts spend that stays the same from one report to the next, in the same currency', () => {
    expect(
      only(
        'report/spend-decrease',
        () => undefined,
        (r) => (first(r).spend.amount = 90000),
      ),
    ).toEqual([]);
    expect(
      only(
        'report/spend-decrease',
        () => undefined,
        (r) => {
          first(r).spend.amount = 10;
          first(r).spend.currency = 'EUR';
        },
      ),
    ).toEqual([]);
    expect(
      only(
        'report/spend-decrease',
        () => undefined,
        (r) => (first(r).spend.amount = 89999),
      ).map(([source, , message]) => [source, message]),
    ).toEqual([['h2.yaml', naming('M1', 'aicb-2026-h1', 'USD 89,999', 'USD 90,000')]]);
  });

  it('reports a second report starting on the last day of the first, not on the day after', () => {
    expect(
      only(
        'report/overlapping-periods',
        () => undefined,
        () => undefined,
      ),
    ).toEqual([]);
    expect(
      only(
        'report/overlapping-periods',
        () => undefined,
        (r) => (r.period.start = '2026-06-30'),
      ).map(([source, , message]) => [source, message]),
    ).toEqual([['h2.yaml', naming('aicb-2026-h1', 'aicb-2026', '2026-01-01', '2026-06-30')]]);
  });

  it('reports a closed measure that resumes, and accepts one that stays closed', () => {
    const status = (from: string, to: string) =>
      only(
        'report/implausible-status',
        (r) => (first(r).status = from as never),
        (r) => (first(r).status = to as never),
      ).map(([source, , message]) => [source, message]);
    expect(status('closed', 'closed')).toEqual([]);
    expect(status('pipeline', 'closed')).toEqual([]);
    expect(status('closed', 'implementation')).toEqual([
      ['h2.yaml', naming('M1', 'closed', 'aicb-2026-h1', 'implementation')],
    ]);
  });

  it('reports each kind of dated entry after the as-of date, and accepts the as-of date itself', () => {
    const after = (change: Case['change']) =>
      only('report/after-as-of', change).map(([, pointer, message]) => [pointer, message]);
    expect(after((r) => (r.meetings[0]!.date = r.asOf))).toEqual([]);
    expect(after((r) => (r.meetings[0]!.date = '2026-07-01'))).toEqual([
      ['/meetings/0/date', naming('A meeting', '2026-07-01', '2026-06-30')],
    ]);
    expect(after((r) => (first(r).milestones[0]!.achieved = '2026-07-01'))).toEqual([
      ['/measureProgress/0/milestones/0/achieved', naming('M1-a', '2026-07-01', '2026-06-30')],
    ]);
    expect(
      after((r) => withValues(r, [{ indicator: 'I9', value: 3, date: '2026-07-01' }])),
    ).toEqual([['/measureProgress/0/indicators/0/date', naming('I9', '2026-07-01', '2026-06-30')]]);
    expect(after((r) => (r.objectiveProgress[0]!.indicators[0]!.date = '2026-07-01'))).toEqual([
      ['/objectiveProgress/0/indicators/0/date', naming('I1', '2026-07-01', '2026-06-30')],
    ]);
    expect(after((r) => (r.contributions[0]!.date = '2026-07-01'))).toEqual([
      ['/contributions/0/date', naming('2026-07-01', '2026-06-30', 'Example Administration')],
    ]);
    expect(after((r) => (first(r).spend.transactions[0]!.date = '2026-07-01'))).toEqual([
      ['/measureProgress/0/spend/transactions/0/date', naming('M1', '2026-07-01', '2026-06-30')],
    ]);
    expect(after((r) => (r.asOf = '2025-12-31'))).toContainEqual([
      '/period/start',
      naming('report period', '2026-01-01', '2025-12-31'),
    ]);
  });

  it('reports a measure, objective, milestone or contribution named twice', () => {
    const twice = (change: Case['change']) =>
      only('report/duplicate-entry', change).map(([, pointer, message]) => [pointer, message]);
    expect(twice((r) => (r.measureProgress[1]!.measure = 'M1'))).toEqual([
      ['/measureProgress/1/measure', naming('M1', 'measureProgress')],
    ]);
    expect(twice((r) => r.objectiveProgress.push({ objective: 'O1', indicators: [] }))).toEqual([
      ['/objectiveProgress/1/objective', naming('O1', 'objectiveProgress')],
    ]);
    expect(twice((r) => r.contributions.push({ ...r.contributions[0]! }))).toEqual([
      ['/contributions/1', naming('Example Administration (financial)', 'contributions')],
    ]);
    expect(twice((r) => r.contributions.push({ ...r.contributions[0]!, kind: 'in-kind' }))).toEqual(
      [],
    );
  });

  it('compares a unit stated with a value with the unit of the indicator, measure or objective', () => {
    const units = (change: Case['change']) =>
      only('report/indicator-unit', change).map(([, pointer, message]) => [pointer, message]);
    expect(
      units((r) => delete (r.objectiveProgress[0]!.indicators[0] as { unit?: string }).unit),
    ).toEqual([]);
    expect(units((r) => (r.objectiveProgress[0]!.indicators[0]!.unit = 'officials'))).toEqual([
      ['/objectiveProgress/0/indicators/0/unit', naming('I1', 'officials', 'people')],
    ]);
  });

  it('checks the milestones and indicators of each entry against its own measure or objective', () => {
    const codes = (change: Case['change']) =>
      check(change).map((issue) => [issue.code, issue.pointer, issue.message]);
    // M2's entry names a milestone of M1; O3 does not exist but has a value.
    expect(
      codes((r) => {
        r.measureProgress[1] = {
          measure: 'M2',
          status: 'pipeline',
          milestones: [{ milestone: 'M1-a', forecast: '2027-01-31' }],
        } as never;
        r.objectiveProgress[0]!.objective = 'O3';
      }),
    ).toEqual([
      [
        'report/unknown-reference',
        '/measureProgress/1/milestones/0/milestone',
        naming('"M1-a"', '"M2"'),
      ],
      ['report/unknown-reference', '/objectiveProgress/0/objective', naming('"O3"')],
    ]);
    // O2's entry names the indicator of O1.
    expect(
      codes((r) =>
        r.objectiveProgress.push({
          objective: 'O2',
          indicators: [{ indicator: 'I1', value: 1, date: '2026-06-01' }],
        } as never),
      ),
    ).toEqual([
      [
        'report/unknown-reference',
        '/objectiveProgress/1/indicators/0/indicator',
        naming('"I1"', '"O2"'),
      ],
    ]);
  });

  it('compares a unit with the indicator of the entry’s own measure or objective', () => {
    const units = (change: Case['change']) =>
      only('report/indicator-unit', change).map(([, pointer]) => pointer);
    const indicator = { id: 'I9', name: 'Courses given', unit: 'courses' };
    const value = { indicator: 'I9', value: 3, date: '2026-06-01', unit: 'people' };
    // The second entries, for M2 and O2, whose indicators only they hold.
    expect(
      units((r, p) => {
        (p.measures[1] as { indicators?: unknown[] }).indicators = [
          { ...indicator, target: { value: 8, year: 2027 } },
        ];
        r.measureProgress[1] = { measure: 'M2', status: 'pipeline', indicators: [value] } as never;
      }),
    ).toEqual(['/measureProgress/1/indicators/0/unit']);
    expect(
      units((r, p) => {
        (p.objectives[1] as { indicators?: unknown[] }).indicators = [
          { ...indicator, target: { value: 8, year: 2027 } },
        ];
        r.objectiveProgress.push({ objective: 'O2', indicators: [value] } as never);
      }),
    ).toEqual(['/objectiveProgress/1/indicators/0/unit']);
  });

  it('matches a delivery to a pledge by member and kind, and names both', () => {
    const deliveries = (change: Case['change']) =>
      only('report/unknown-reference', change).map(([, pointer, message]) => [pointer, message]);
    expect(deliveries((r) => (r.contributions[0]!.member = 'Other Administration'))).toEqual([
      ['/contributions/0/member', naming('contribution', '"Other Administration (financial)"')],
    ]);
    expect(
      deliveries((r, p) => {
        p.arrangements.contributions.push({ ...p.arrangements.contributions[0]!, kind: 'in-kind' });
        r.contributions[0]!.kind = 'in-kind';
      }),
    ).toEqual([]);
  });

  it('reads the first of two work plans with one id', () => {
    const later = { ...workPlanInput(), period: { start: '2026-02-01', end: '2027-12-31' } };
    const result = validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'plan-b.yaml', document: later },
      { source: 'h1.yaml', document: progressReportInput() },
    ]);
    const codes = [...result.issues, ...result.warnings].map((issue) => issue.code);
    expect(codes).toContain('workspace/duplicate-document-id');
    expect(codes).not.toContain('report/outside-plan-period');
  });

  it('lists only work plans as the plans a report can be on', () => {
    const found = validateWorkspace([
      { source: 'plan.yaml', document: workPlanInput() },
      { source: 'initiatives.yaml', document: initiativeCatalogueInput() },
      { source: 'h1.yaml', document: { ...progressReportInput(), plan: 'aicb-2062' } },
    ]).issues.filter((issue) => issue.code === 'report/unknown-plan');
    expect(found.map((issue) => issue.message)).toEqual([naming('"aicb-2062"', '"aicb-2026"')]);
    expect(found[0]?.message).not.toContain('itu-ai-initiatives');
  });

  it('runs over a workspace view that does not say which kinds were invalid', () => {
    const view = {
      documents: [{ source: 'h1.yaml', document: { ...progressReportInput(), plan: 'aicb-2062' } }],
    };
    const found: unknown[] = [];
    for (const rule of PROGRESS_REPORT_WORKSPACE_RULES) {
      rule.check(view as never, (path) => found.push([rule.code, path]));
    }
    expect(found).toEqual([['report/unknown-plan', [0, 'plan']]]);
  });

  it('reports a milestone repeated within one measure, naming the list', () => {
    expect(
      only('report/duplicate-entry', (r) => (first(r).milestones[1]!.milestone = 'M1-a')).map(
        ([, pointer, message]) => [pointer, message],
      ),
    ).toEqual([
      [
        '/measureProgress/0/milestones/1/milestone',
        naming('"M1-a"', 'measureProgress[0].milestones'),
      ],
    ]);
  });

  it("compares a measure's indicator values with that measure's own indicators", () => {
    const units = (unit: string | undefined, indicator = 'I-M1-2') =>
      check(
        (r) =>
          withValues(r, [
            { indicator, value: 3, date: '2026-06-01', ...(unit === undefined ? {} : { unit }) },
          ]),
        undefined,
        (p) => {
          (p.measures[0] as { indicators?: unknown[] }).indicators = [
            { id: 'I-M1-1', name: 'Courses', unit: 'courses', target: { value: 4, year: 2027 } },
            { id: 'I-M1-2', name: 'Sessions', unit: 'sessions', target: { value: 9, year: 2027 } },
          ];
        },
      ).map((issue) => [issue.code, issue.pointer, issue.message]);
    expect(units('sessions')).toEqual([]);
    expect(units(undefined)).toEqual([]);
    expect(units('courses')).toEqual([
      [
        'report/indicator-unit',
        '/measureProgress/0/indicators/0/unit',
        naming('"I-M1-2"', '"courses"', '"sessions"'),
      ],
    ]);
  });
});
