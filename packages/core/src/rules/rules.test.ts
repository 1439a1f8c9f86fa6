import { describe, expect, it } from 'vitest';
import {
  INITIATIVE_CATALOGUE_RULES,
  NEEDS_ASSESSMENT_RULES,
  PROGRESS_REPORT_WORKSPACE_RULES,
  WORKSPACE_RULES,
  WORK_PLAN_RULES,
  validateInitiativeCatalogue,
  validateNeedsAssessment,
  validateWorkPlan,
  validateWorkspace,
} from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

type Plan = ReturnType<typeof workPlanInput>;
type Catalogue = ReturnType<typeof initiativeCatalogueInput>;
type Assessment = ReturnType<typeof needsAssessmentInput>;

function findings(
  result: { ok: boolean; warnings: readonly ValidationIssue[] } & object,
): ValidationIssue[] {
  return [...('issues' in result ? (result.issues as ValidationIssue[]) : []), ...result.warnings];
}

interface Case<D> {
  readonly code: string;
  readonly change: (document: D) => void;
  readonly pointer: string;
  /** Other codes the change causes by necessity. */
  readonly also?: readonly string[];
}

const planCases: Case<Plan>[] = [
  {
    code: 'plan/duplicate-id',
    change: (p) => (p.measures[1]!.id = 'M1'),
    pointer: '/measures/1/id',
  },
  {
    code: 'plan/duplicate-id',
    change: (p) => (p.measures[1]!.schedule.milestones[0]!.id = 'M1-b'),
    pointer: '/measures/1/schedule/milestones/0/id',
  },
  {
    code: 'plan/unresolved-objective',
    change: (p) => (p.measures[0]!.objectives = ['O1', 'O9']),
    pointer: '/measures/0/objectives/1',
  },
  {
    code: 'plan/unresolved-mandate',
    change: (p) => (p.measures[0]!.mandates = ['res-999']),
    pointer: '/measures/0/mandates/0',
  },
  {
    code: 'plan/unresolved-milestone',
    change: (p) => (p.measures[1]!.schedule.milestones[0]!.dependsOn = ['M7-z']),
    pointer: '/measures/1/schedule/milestones/0/dependsOn/0',
  },
  {
    code: 'plan/milestone-cycle',
    change: (p) =>
      ((p.measures[0]!.schedule.milestones[0] as { dependsOn?: string[] }).dependsOn = ['M1-b']),
    pointer: '/measures/0/schedule/milestones/1/dependsOn/0',
    also: ['plan/milestone-before-dependency'],
  },
  { code: 'plan/date-order', change: (p) => (p.period.end = '2025-12-31'), pointer: '/period/end' },
  {
    code: 'plan/date-order',
    change: (p) => (p.measures[1]!.schedule.end = '2026-01-31'),
    pointer: '/measures/1/schedule/end',
    also: ['plan/milestone-outside-schedule'],
  },
  {
    code: 'plan/outside-period',
    change: (p) => (p.measures[1]!.schedule.end = '2028-03-31'),
    pointer: '/measures/1/schedule/end',
  },
  {
    code: 'plan/outside-period',
    change: (p) => (p.arrangements.reviews[0]!.date = '2025-06-01'),
    pointer: '/arrangements/reviews/0/date',
  },
  {
    code: 'plan/milestone-outside-schedule',
    change: (p) => (p.measures[0]!.schedule.milestones[0]!.due = '2026-01-15'),
    pointer: '/measures/0/schedule/milestones/0/due',
  },
  {
    code: 'plan/milestone-before-dependency',
    change: (p) => (p.measures[0]!.schedule.milestones[1]!.due = '2026-04-30'),
    pointer: '/measures/0/schedule/milestones/1/dependsOn/0',
  },
  {
    code: 'plan/indicator-year-order',
    change: (p) => (p.objectives[0]!.indicators![0]!.target.year = 2024),
    pointer: '/objectives/0/indicators/0/target/year',
    also: ['plan/indicator-target-outside-period'],
  },
  {
    code: 'plan/secured-exceeds-budget',
    change: (p) => (p.measures[0]!.budget!.secured = 400001),
    pointer: '/measures/0/budget/secured',
  },
  {
    code: 'plan/breakdown-sum',
    change: (p) => (p.measures[0]!.budget!.breakdown[1]!.percent = 25),
    pointer: '/measures/0/budget/breakdown',
  },
  {
    code: 'plan/partner-financing-sum',
    change: (p) =>
      p.measures[0]!.partners!.push({ name: 'World Bank', role: 'funding', financingPercent: 70 }),
    pointer: '/measures/0/partners',
  },
  {
    code: 'plan/amount-without-currency',
    change: (p) => delete (p.arrangements.contributions[0] as { currency?: string }).currency,
    pointer: '/arrangements/contributions/0/amount',
  },
  {
    code: 'plan/unknown-country',
    change: (p) => (p.measures[0]!.targetCountries = ['ETH', 'XXY']),
    pointer: '/measures/0/targetCountries/1',
  },
  {
    code: 'plan/unknown-office',
    change: (p) => (p.measures[0]!.contributors = ['adis-ababa']),
    pointer: '/measures/0/contributors/0',
  },
  {
    code: 'plan/unknown-office',
    change: (p) => (p.arrangements.regionalOffices = ['nairobi']),
    pointer: '/arrangements/regionalOffices/0',
  },
  {
    code: 'plan/unknown-sdg-target',
    change: (p) => (p.objectives[0]!.sdgTargets = ['4.9']),
    pointer: '/objectives/0/sdgTargets/0',
  },
  {
    code: 'plan/country-outside-region',
    change: (p) => (p.measures[0]!.targetCountries = ['ETH', 'BRA']),
    pointer: '/measures/0/targetCountries/1',
  },
  {
    code: 'plan/objective-without-measure',
    change: (p) => p.objectives.push({ id: 'O3', title: 'Open models', pillars: ['models'] }),
    pointer: '/objectives/2/id',
  },
  {
    code: 'plan/lead-also-contributor',
    change: (p) => (p.measures[0]!.contributors = ['TSB', 'BDT']),
    pointer: '/measures/0/contributors/1',
  },
  {
    code: 'plan/pillar-outside-objectives',
    change: (p) => (p.measures[0]!.pillars = ['talent', 'models']),
    pointer: '/measures/0/pillars/1',
  },
  {
    code: 'plan/duplicate-entry',
    change: (p) => (p.measures[0]!.targetCountries = ['ETH', 'RWA', 'ETH']),
    pointer: '/measures/0/targetCountries/2',
  },
  {
    code: 'plan/missing-estimates',
    change: (p) =>
      (p.measures[1]!.estimates = { beneficiaries: 300, feasibility: 3, risk: 3 } as never),
    pointer: '/measures/1/estimates',
  },
  {
    code: 'plan/global-with-targets',
    change: (p) => Object.assign(p.measures[0]!, { global: true }),
    pointer: '/measures/0/global',
  },
  // What a reviewer checks beyond consistency; reviewer-rules.test.ts has their boundaries.
  {
    code: 'plan/long-period',
    change: (p) => (p.period.end = '2034-01-01'),
    pointer: '/period/end',
  },
  {
    code: 'plan/mandate-after-plan',
    change: (p) => (p.mandates[0]!.year = 2028),
    pointer: '/mandates/0/year',
  },
  {
    code: 'plan/first-results-after-end',
    change: (p) => (p.measures[0]!.estimates.monthsToFirstResults = 18),
    pointer: '/measures/0/estimates/monthsToFirstResults',
  },
  {
    code: 'plan/non-budget-currency',
    change: (p) => (p.arrangements.contributions[0]!.currency = 'XAU'),
    pointer: '/arrangements/contributions/0/currency',
  },
  {
    code: 'plan/partner-finances-nothing',
    change: (p) =>
      p.measures[0]!.partners!.push({ name: 'AfDB', role: 'funding', financingPercent: 0 }),
    pointer: '/measures/0/partners/1/financingPercent',
  },
  {
    code: 'plan/duplicate-partner',
    change: (p) =>
      p.measures[0]!.partners!.push({ name: ' UNDP ', role: 'funding', financingPercent: 10 }),
    pointer: '/measures/0/partners/1/name',
  },
  {
    code: 'plan/lead-bureau-participating',
    change: (p) => (p.arrangements.participatingBureaus = ['BDT', 'GS', 'TSB']),
    pointer: '/arrangements/participatingBureaus/0',
  },
  {
    code: 'plan/lead-outside-arrangements',
    change: (p) => (p.measures[1]!.lead = 'cairo'),
    pointer: '/measures/1/lead',
  },
  {
    code: 'plan/region-without-country',
    change: (p) => (p.measures[1]!.targetRegions = ['AFR', 'ASP']),
    pointer: '/measures/1/targetRegions/0',
  },
  {
    code: 'plan/chair-not-member',
    change: (p) => Object.assign(p.arrangements.communicationGroup, { chair: 'addis-ababa' }),
    pointer: '/arrangements/communicationGroup/chair',
  },
  {
    code: 'plan/done-milestone-in-pipeline',
    change: (p) => Object.assign(p.measures[1]!.schedule.milestones[0]!, { done: true }),
    pointer: '/measures/1/schedule/milestones/0/done',
  },
  {
    code: 'plan/country-not-itu-member',
    change: (p) => (p.measures[1]!.targetCountries = ['NPL', 'COK']),
    pointer: '/measures/1/targetCountries/1',
  },
  {
    code: 'plan/duplicate-title',
    change: (p) =>
      (p.objectives[1]!.title = 'close the AI talent gap in  least developed countries'),
    pointer: '/objectives/1/title',
  },
  {
    code: 'plan/indicator-without-unit',
    change: (p) => delete (p.objectives[0]!.indicators![0] as { unit?: string }).unit,
    pointer: '/objectives/0/indicators/0',
  },
  {
    code: 'plan/indicator-target-outside-period',
    change: (p) => (p.objectives[0]!.indicators![0]!.target.year = 2028),
    pointer: '/objectives/0/indicators/0/target/year',
  },
  {
    code: 'plan/financing-without-budget',
    change: (p) => delete (p.measures[0] as { budget?: unknown }).budget,
    pointer: '/measures/0/partners/0/financingPercent',
  },
];

const catalogueCases: Case<Catalogue>[] = [
  {
    code: 'catalogue/duplicate-id',
    change: (c) => (c.initiatives[1]!.id = 'itu-academy'),
    pointer: '/initiatives/1/id',
  },
  {
    code: 'catalogue/date-order',
    change: (c) =>
      Object.assign(c.initiatives[0]!, {
        status: 'completed',
        start: '2019-06',
        end: '2019-05-31',
      }),
    pointer: '/initiatives/0/end',
  },
  {
    code: 'catalogue/unknown-office',
    change: (c) => (c.initiatives[1]!.coOwners = ['nairobi']),
    pointer: '/initiatives/1/coOwners/0',
  },
  {
    code: 'catalogue/ended-but-active',
    change: (c) => Object.assign(c.initiatives[0]!, { end: '2024' }),
    pointer: '/initiatives/0/status',
  },
  {
    code: 'catalogue/over-without-end',
    change: (c) => (c.initiatives[0]!.status = 'completed'),
    pointer: '/initiatives/0/status',
  },
  {
    code: 'catalogue/reach-after-as-of',
    change: (c) => (c.initiatives[0]!.reach![0]!.asOf = '2026-03'),
    pointer: '/initiatives/0/reach/0/asOf',
  },
  {
    code: 'catalogue/duplicate-entry',
    change: (c) => (c.initiatives[1]!.kinds = ['platform', 'platform']),
    pointer: '/initiatives/1/kinds/1',
  },
  {
    code: 'catalogue/active-before-start',
    change: (c) => (c.initiatives[1]!.start = '2026'),
    pointer: '/initiatives/1/status',
  },
];

const assessmentCases: Case<Assessment>[] = [
  {
    code: 'assessment/unknown-country',
    change: (a) => (a.scope.country = 'ETX'),
    pointer: '/scope/country',
  },
  {
    code: 'assessment/no-pillars',
    change: (a) => Object.assign(a, { pillars: {}, priorityNeeds: [] }),
    pointer: '/pillars',
  },
  {
    code: 'assessment/target-below-current',
    change: (a) => (a.pillars.talent.target = 0.5),
    pointer: '/pillars/talent/target',
  },
  {
    code: 'assessment/need-pillar-not-assessed',
    change: (a) => (a.priorityNeeds[0]!.pillar = 'models'),
    pointer: '/priorityNeeds/0/pillar',
  },
  {
    code: 'assessment/unknown-framework-version',
    change: (a) => (a.method = { framework: 'itu-idi', version: '2025' }),
    pointer: '/method/version',
  },
];

function check<D>(
  name: string,
  build: () => D,
  validate: (input: unknown) => Parameters<typeof findings>[0],
  cases: readonly Case<D>[],
  codes: readonly string[],
): void {
  describe(name, () => {
    it('accepts the valid fixture with no finding', () => {
      const result = validate(build());
      expect(findings(result)).toEqual([]);
      expect(result.ok).toBe(true);
    });
    it.each(cases)('$code at $pointer', ({ code, change, pointer, also = [] }) => {
      const document = build();
      change(document);
      const found = findings(validate(document));
      expect(found.map((issue) => [issue.code, issue.pointer])).toContainEqual([code, pointer]);
      expect(found.filter((issue) => issue.code !== code && !also.includes(issue.code))).toEqual(
        [],
      );
    });
    it('has a failing case for every rule', () => {
      expect(new Set(cases.map((c) => c.code))).toEqual(new Set(codes));
    });
  });
}

check(
  'work-plan rules',
  workPlanInput,
  (input) => validateWorkPlan(input),
  planCases,
  WORK_PLAN_RULES.map((r) => r.code),
);
check(
  'initiative catalogue rules',
  initiativeCatalogueInput,
  (input) => validateInitiativeCatalogue(input),
  catalogueCases,
  INITIATIVE_CATALOGUE_RULES.map((r) => r.code),
);
check(
  'needs assessment rules',
  needsAssessmentInput,
  (input) => validateNeedsAssessment(input),
  assessmentCases,
  NEEDS_ASSESSMENT_RULES.map((r) => r.code),
);

describe('rule severities', () => {
  it('errors make the document invalid, warnings and notes do not', () => {
    const plan = workPlanInput();
    plan.measures[0]!.contributors = ['TSB', 'BDT'];
    const result = validateWorkPlan(plan);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((issue) => issue.severity)).toEqual(['warning']);
  });

  it('can be overridden or switched off per code', () => {
    const plan = workPlanInput();
    plan.measures[0]!.contributors = ['TSB', 'BDT'];
    const escalated = validateWorkPlan(plan, { rules: { 'plan/lead-also-contributor': 'error' } });
    expect(escalated.ok).toBe(false);
    const off = validateWorkPlan(plan, { rules: { 'plan/lead-also-contributor': 'off' } });
    expect(off.warnings).toEqual([]);
  });

  it('does not mutate the input', () => {
    const plan = workPlanInput();
    const before = structuredClone(plan);
    validateWorkPlan(plan);
    expect(plan).toEqual(before);
  });
});

describe('workspace rules', () => {
  const entries = () => [
    { source: 'plan.yaml', document: workPlanInput() },
    { source: 'catalogue.yaml', document: initiativeCatalogueInput() },
    { source: 'eth.yaml', document: needsAssessmentInput() },
  ];

  it('accepts a consistent workspace', () => {
    const result = validateWorkspace(entries());
    expect([...result.issues, ...result.warnings]).toEqual([]);
    expect(result.ok).toBe(true);
  });

  const cases: {
    code: string;
    change: (e: ReturnType<typeof entries>) => void;
    source: string;
    pointer: string;
  }[] = [
    {
      code: 'workspace/unresolved-initiative',
      change: (e) => ((e[0]!.document as Plan).measures[0]!.buildsOn = ['itu-acadmy']),
      source: 'plan.yaml',
      pointer: '/measures/0/buildsOn/0',
    },
    {
      code: 'workspace/duplicate-document-id',
      change: (e) =>
        e.push({
          source: 'eth-copy.yaml',
          document: { ...needsAssessmentInput(), date: '2026-03-01' },
        }),
      source: 'eth-copy.yaml',
      pointer: '/id',
    },
    {
      code: 'workspace/duplicate-initiative-id',
      change: (e) =>
        e.push({ source: 'more.yaml', document: { ...initiativeCatalogueInput(), id: 'more' } }),
      source: 'more.yaml',
      pointer: '/initiatives/0/id',
    },
    {
      code: 'workspace/duplicate-assessment',
      change: (e) =>
        e.push({ source: 'eth-2.yaml', document: { ...needsAssessmentInput(), id: 'na-eth-2' } }),
      source: 'eth-2.yaml',
      pointer: '/date',
    },
    {
      code: 'workspace/missing-exchange-rate',
      change: (e) => {
        (e[0]!.document as Plan).measures[1]!.budget = { amount: 90000, currency: 'EUR' } as never;
        e.push({
          source: 'profile.yaml',
          document: {
            ...scoringProfileInput(),
            criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
          },
        } as never);
      },
      source: 'plan.yaml',
      pointer: '/measures/1/budget/currency',
    },
  ];

  it.each(cases)('$code', ({ code, change, source, pointer }) => {
    const workspace = entries();
    change(workspace);
    const result = validateWorkspace(workspace);
    const found = [...result.issues, ...result.warnings];
    expect(found.map((issue) => [issue.code, issue.source, issue.pointer])).toContainEqual([
      code,
      source,
      pointer,
    ]);
  });

  it('has a failing case for every workspace rule', () => {
    // The rules over progress reports have their cases in progress-report/report-rules.test.ts.
    const own = WORKSPACE_RULES.filter((r) => !PROGRESS_REPORT_WORKSPACE_RULES.includes(r));
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(own.map((r) => r.code)));
  });

  it('reports an initiative id once per later catalogue, not for repeats inside one', () => {
    const twice = { ...initiativeCatalogueInput(), id: 'twice' };
    twice.initiatives.push({ ...twice.initiatives[0]! });
    const lone = initiativeCatalogueInput();
    const own = { ...lone.initiatives[0]!, id: 'only-here' };
    const workspace = [
      { source: 'first.yaml', document: initiativeCatalogueInput() },
      { source: 'twice.yaml', document: twice },
      { source: 'lone.yaml', document: { ...lone, id: 'lone', initiatives: [own, { ...own }] } },
    ];
    // Off, so that catalogues with a repeated id stay valid and reach the workspace rules.
    const result = validateWorkspace(workspace, { rules: { 'catalogue/duplicate-id': 'off' } });
    const found = [...result.issues, ...result.warnings].map((issue) => [
      issue.code,
      issue.source,
      issue.pointer,
    ]);
    const others = twice.initiatives.length - 1;
    expect(found).toEqual(
      Array.from({ length: others }, (_, i) => [
        'workspace/duplicate-initiative-id',
        'twice.yaml',
        `/initiatives/${i}/id`,
      ]),
    );
  });

  it('reports a broken document with its source and still checks the others', () => {
    const workspace = [...entries(), { source: 'broken.yaml', document: [] }];
    const result = validateWorkspace(workspace);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.source])).toEqual([
      ['document/not-an-object', 'broken.yaml'],
    ]);
  });
});
