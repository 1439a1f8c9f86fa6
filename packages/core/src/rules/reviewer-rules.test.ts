// The checks a plan reviewer makes beyond consistency: for each code a failing case with its path
// and its message with the parameters filled in, and the cases at the boundary that pass.
import { describe, expect, it } from 'vitest';
import {
  NON_BUDGET_CURRENCY_CODES,
  ahpConsistency,
  validateInitiativeCatalogue,
  validateScoringProfile,
  validateWorkPlan,
  validateWorkspace,
} from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';

type Plan = ReturnType<typeof workPlanInput>;
type Catalogue = ReturnType<typeof initiativeCatalogueInput>;
type Profile = ReturnType<typeof scoringProfileInput>;

const all = (result: { warnings: readonly ValidationIssue[] }): ValidationIssue[] => [
  ...('issues' in result ? (result.issues as ValidationIssue[]) : []),
  ...result.warnings,
];

/** The findings of one code after one change to a fresh fixture. */
function found<D>(
  build: () => D,
  validate: (input: unknown) => { warnings: readonly ValidationIssue[] },
) {
  return (code: string, change: (document: D) => void) => {
    const document = build();
    change(document);
    return all(validate(document))
      .filter((issue) => issue.code === code)
      .map(({ pointer, severity, message, hint }) => ({ pointer, severity, message, hint }));
  };
}
const plan = found(workPlanInput, (input) => validateWorkPlan(input));
const catalogue = found(initiativeCatalogueInput, (input) => validateInitiativeCatalogue(input));
const profile = found(scoringProfileInput, (input) => validateScoringProfile(input));

describe('plan/long-period', () => {
  it('reports a period longer than eight years', () => {
    expect(plan('plan/long-period', (p) => (p.period.end = '2034-01-01'))).toEqual([
      expect.objectContaining({
        pointer: '/period/end',
        severity: 'warning',
        message: 'The plan period runs from 2026-01-01 to 2034-01-01, longer than 8 years.',
      }),
    ]);
  });
  it('accepts exactly eight years, the last day included', () => {
    expect(plan('plan/long-period', (p) => (p.period.end = '2033-12-31'))).toEqual([]);
  });
  it('counts from 29 February to the day before it eight years on', () => {
    const period = (end: string) => (p: Plan) => {
      p.period = { start: '2028-02-29', end };
      p.measures = [];
      p.arrangements.reviews = [];
    };
    expect(plan('plan/long-period', period('2036-02-28'))).toEqual([]);
    expect(plan('plan/long-period', period('2036-02-29'))).toHaveLength(1);
  });
});

describe('plan/mandate-after-plan', () => {
  it('reports a mandate dated after the year the plan ends', () => {
    expect(plan('plan/mandate-after-plan', (p) => (p.mandates[0]!.year = 2028))).toEqual([
      expect.objectContaining({
        pointer: '/mandates/0/year',
        severity: 'error',
        message: 'Mandate "res-214" is dated 2028, after the plan ends on 2027-12-31.',
      }),
    ]);
  });
  it('accepts a mandate of the year the plan ends', () => {
    expect(plan('plan/mandate-after-plan', (p) => (p.mandates[0]!.year = 2027))).toEqual([]);
  });
});

describe('plan/first-results-after-end', () => {
  // M1 runs from 2026-02-01 to 2027-06-30: seventeen months.
  const months = (value: number) => (p: Plan) =>
    (p.measures[0]!.estimates.monthsToFirstResults = value);
  it('reports first results expected after the measure ends', () => {
    expect(plan('plan/first-results-after-end', months(18))).toEqual([
      expect.objectContaining({
        pointer: '/measures/0/estimates/monthsToFirstResults',
        severity: 'warning',
        message:
          'Measure "M1" expects first results 18 months after its start, but it runs only 17 months, until 2027-06-30.',
      }),
    ]);
  });
  it('accepts first results when the measure has run its whole time, and not half a month later', () => {
    expect(plan('plan/first-results-after-end', months(17))).toEqual([]);
    expect(plan('plan/first-results-after-end', months(17.5))).toHaveLength(1);
  });
  it('counts a year from 1 January to 31 December as twelve months', () => {
    const change = (value: number) => (p: Plan) => {
      Object.assign(p.measures[1]!.schedule, { start: '2026-01-01', end: '2026-12-31' });
      p.measures[1]!.schedule.milestones[0]!.due = '2026-06-30';
      p.measures[1]!.estimates.monthsToFirstResults = value;
    };
    expect(plan('plan/first-results-after-end', change(12))).toEqual([]);
    expect(plan('plan/first-results-after-end', change(13))[0]?.message).toBe(
      'Measure "M2" expects first results 13 months after its start, but it runs only 12 months, until 2026-12-31.',
    );
  });
});

describe('plan/non-budget-currency', () => {
  it.each(NON_BUDGET_CURRENCY_CODES)('reports a budget in %s', (code) => {
    expect(
      plan('plan/non-budget-currency', (p) => (p.measures[0]!.budget!.currency = code)),
    ).toEqual([
      expect.objectContaining({
        pointer: '/measures/0/budget/currency',
        severity: 'error',
        message: `The budget of measure "M1" is in "${code}", an ISO 4217 code that is not money for a budget.`,
      }),
    ]);
  });
  it('reports a contribution in a metal', () => {
    expect(
      plan('plan/non-budget-currency', (p) => (p.arrangements.contributions[0]!.currency = 'XAU')),
    ).toEqual([
      expect.objectContaining({
        pointer: '/arrangements/contributions/0/currency',
        message:
          'The contribution of "Example Administration" is in "XAU", an ISO 4217 code that is not money for a budget.',
      }),
    ]);
  });
  it.each(['XOF', 'XAF', 'XCD', 'XDR'])('accepts %s, which is money', (code) => {
    expect(
      plan('plan/non-budget-currency', (p) => (p.measures[0]!.budget!.currency = code)),
    ).toEqual([]);
  });
});

describe('plan/partner-finances-nothing', () => {
  const partner = (role: string, financingPercent?: number) => (p: Plan) =>
    p.measures[0]!.partners!.push({
      name: 'AfDB',
      role,
      ...(financingPercent === undefined ? {} : { financingPercent }),
    } as never);
  it('reports a funding partner that finances 0%', () => {
    expect(plan('plan/partner-finances-nothing', partner('funding', 0))).toEqual([
      expect.objectContaining({
        pointer: '/measures/0/partners/1/financingPercent',
        severity: 'warning',
        message:
          'Partner "AfDB" of measure "M1" has the role "funding" but finances 0% of the budget.',
      }),
    ]);
  });
  it('accepts a funding partner whose share is not known yet, or another role at 0%', () => {
    expect(plan('plan/partner-finances-nothing', partner('funding'))).toEqual([]);
    expect(plan('plan/partner-finances-nothing', partner('implementing', 0))).toEqual([]);
  });
});

describe('plan/duplicate-partner', () => {
  it('reports the same partner twice on a measure, whatever its case and spacing', () => {
    expect(
      plan('plan/duplicate-partner', (p) =>
        p.measures[0]!.partners!.push({ name: ' undp ', role: 'funding' } as never),
      ),
    ).toEqual([
      expect.objectContaining({
        pointer: '/measures/0/partners/1/name',
        severity: 'warning',
        message: 'Partner " undp " is listed more than once on measure "M1".',
      }),
    ]);
  });
  it('accepts different partners, and one partner on two measures', () => {
    expect(
      plan('plan/duplicate-partner', (p) => {
        p.measures[0]!.partners!.push({ name: 'UNDP Ethiopia', role: 'funding' } as never);
        Object.assign(p.measures[1]!, { partners: [{ name: 'UNDP', role: 'implementing' }] });
      }),
    ).toEqual([]);
  });
});

describe('plan/lead-bureau-participating', () => {
  it('reports the lead bureau among the participating bureaus', () => {
    expect(
      plan(
        'plan/lead-bureau-participating',
        (p) => (p.arrangements.participatingBureaus = ['GS', 'BDT']),
      ),
    ).toEqual([
      expect.objectContaining({
        pointer: '/arrangements/participatingBureaus/1',
        severity: 'warning',
        message: 'The lead bureau BDT is also listed among the participating bureaus.',
      }),
    ]);
  });
});

describe('plan/lead-outside-arrangements', () => {
  it('reports an office that takes no part in the arrangements', () => {
    expect(plan('plan/lead-outside-arrangements', (p) => (p.measures[1]!.lead = 'cairo'))).toEqual([
      {
        pointer: '/measures/1/lead',
        severity: 'warning',
        message:
          'Measure "M2" is led by "cairo", which takes no part in the plan\'s arrangements (taking part: "addis-ababa" and "bangkok").',
        hint: 'Add "cairo" to `arrangements.regionalOffices`, or give the measure a lead that takes part.',
      },
    ]);
  });
  it('reports a bureau that is neither the lead nor a participating bureau', () => {
    const [finding] = plan('plan/lead-outside-arrangements', (p) => (p.measures[1]!.lead = 'BR'));
    expect(finding?.message).toBe(
      'Measure "M2" is led by "BR", which takes no part in the plan\'s arrangements (taking part: "BDT", "GS" and "TSB").',
    );
    expect(finding?.hint).toContain('`arrangements.participatingBureaus`');
  });
  it('accepts the lead bureau, a participating bureau and a participating office', () => {
    for (const lead of ['BDT', 'GS', 'bangkok']) {
      expect(plan('plan/lead-outside-arrangements', (p) => (p.measures[1]!.lead = lead))).toEqual(
        [],
      );
    }
  });
  it('leaves an unknown office to plan/unknown-office', () => {
    expect(
      plan('plan/lead-outside-arrangements', (p) => (p.measures[1]!.lead = 'nairobi')),
    ).toEqual([]);
  });
});

describe('plan/region-without-country', () => {
  it('reports a region none of whose countries is targeted', () => {
    expect(
      plan('plan/region-without-country', (p) => (p.measures[1]!.targetRegions = ['AFR', 'ASP'])),
    ).toEqual([
      expect.objectContaining({
        pointer: '/measures/1/targetRegions/0',
        severity: 'warning',
        message:
          'Measure "M2" targets region AFR, but none of its target countries ("NPL") is in AFR.',
      }),
    ]);
  });
  it('accepts regions when no countries are listed', () => {
    expect(
      plan('plan/region-without-country', (p) => {
        p.measures[1]!.targetRegions = ['AFR', 'ASP'];
        p.measures[1]!.targetCountries = [];
      }),
    ).toEqual([]);
  });
});

describe('plan/chair-not-member', () => {
  it('reports a chair outside the group', () => {
    expect(
      plan('plan/chair-not-member', (p) =>
        Object.assign(p.arrangements.communicationGroup, { chair: 'addis-ababa' }),
      ),
    ).toEqual([
      expect.objectContaining({
        pointer: '/arrangements/communicationGroup/chair',
        severity: 'warning',
        message:
          'The communication group is chaired by "addis-ababa", which is not among its members ("GS", "TSB" and "BDT").',
      }),
    ]);
  });
  it('accepts a chair that is a member', () => {
    expect(
      plan('plan/chair-not-member', (p) =>
        Object.assign(p.arrangements.communicationGroup, { chair: 'GS' }),
      ),
    ).toEqual([]);
  });
});

describe('plan/done-milestone-in-pipeline', () => {
  const done = (status: string) => (p: Plan) => {
    Object.assign(p.measures[1]!.schedule.milestones[0]!, { done: true });
    p.measures[1]!.status = status;
  };
  it('reports a milestone reached while its measure is in the pipeline', () => {
    expect(plan('plan/done-milestone-in-pipeline', done('pipeline'))).toEqual([
      expect.objectContaining({
        pointer: '/measures/1/schedule/milestones/0/done',
        severity: 'warning',
        message: 'Milestone "M2-a" is marked done, but its measure "M2" is still in the pipeline.',
      }),
    ]);
  });
  it.each(['implementation', 'finalisation', 'closed', 'suspended', 'cancelled'])(
    'accepts it in a measure in %s',
    (status) => {
      expect(plan('plan/done-milestone-in-pipeline', done(status))).toEqual([]);
    },
  );
});

describe('plan/country-not-itu-member', () => {
  it('reports a country that is not an ITU Member State when the plan starts', () => {
    expect(
      plan('plan/country-not-itu-member', (p) => (p.measures[1]!.targetCountries = ['NPL', 'COK'])),
    ).toEqual([
      expect.objectContaining({
        pointer: '/measures/1/targetCountries/1',
        severity: 'warning',
        message:
          '"COK" (Cook Islands) is not an ITU Member State on 2026-01-01, the start of the plan.',
      }),
    ]);
  });
  it('counts Palau from the day it joined, 2024-09-19', () => {
    const startingOn = (start: string) => (p: Plan) => {
      p.period.start = start;
      p.measures[1]!.targetCountries = ['PLW'];
    };
    expect(plan('plan/country-not-itu-member', startingOn('2024-09-19'))).toEqual([]);
    expect(plan('plan/country-not-itu-member', startingOn('2024-09-18'))).toHaveLength(1);
  });
});

describe('plan/duplicate-title', () => {
  it('reports two measures with one title, whatever its case and spacing', () => {
    expect(
      plan(
        'plan/duplicate-title',
        (p) => (p.measures[1]!.title = 'AI skills  programme for OFFICIALS'),
      ),
    ).toEqual([
      expect.objectContaining({
        pointer: '/measures/1/title',
        severity: 'warning',
        message:
          'Two measures have the title "AI skills  programme for OFFICIALS"; the first is at /measures/0/title.',
      }),
    ]);
  });
  it('accepts an objective and a measure with one title', () => {
    expect(
      plan('plan/duplicate-title', (p) => (p.measures[1]!.title = p.objectives[1]!.title)),
    ).toEqual([]);
  });
});

describe('plan/indicator-without-unit', () => {
  it('notes an indicator without a unit', () => {
    expect(
      plan(
        'plan/indicator-without-unit',
        (p) => delete (p.objectives[0]!.indicators![0] as { unit?: string }).unit,
      ),
    ).toEqual([
      expect.objectContaining({
        pointer: '/objectives/0/indicators/0',
        severity: 'info',
        message: 'Indicator "I1" has no unit, so its baseline and target cannot be read.',
      }),
    ]);
  });
});

describe('plan/indicator-target-outside-period', () => {
  const target = (year: number) => (p: Plan) =>
    (p.objectives[0]!.indicators![0]!.target.year = year);
  it('reports a target after the last year of the plan', () => {
    expect(plan('plan/indicator-target-outside-period', target(2028))).toEqual([
      expect.objectContaining({
        pointer: '/objectives/0/indicators/0/target/year',
        severity: 'warning',
        message:
          'Indicator "I1" has its target in 2028, outside the years of the plan (2026 to 2027).',
      }),
    ]);
  });
  it('reports a target before the first year, and accepts the first and the last', () => {
    expect(
      plan('plan/indicator-target-outside-period', (p) => {
        p.objectives[0]!.indicators![0]!.baseline!.year = 2024;
        p.objectives[0]!.indicators![0]!.target.year = 2025;
      }),
    ).toHaveLength(1);
    expect(plan('plan/indicator-target-outside-period', target(2026))).toEqual([]);
    expect(plan('plan/indicator-target-outside-period', target(2027))).toEqual([]);
  });
});

describe('plan/financing-without-budget', () => {
  const withoutBudget = (financingPercent: number) => (p: Plan) => {
    delete (p.measures[0] as { budget?: unknown }).budget;
    p.measures[0]!.partners = [{ name: 'UNDP', role: 'funding', financingPercent }];
  };
  it('reports partners financing a share of a measure without a budget', () => {
    expect(plan('plan/financing-without-budget', withoutBudget(40))).toEqual([
      expect.objectContaining({
        pointer: '/measures/0/partners/0/financingPercent',
        severity: 'warning',
        message:
          'Partners of measure "M1" finance a share of it, but the measure states no budget.',
      }),
    ]);
  });
  it('accepts shares of 0% without a budget (plan/partner-finances-nothing says the rest)', () => {
    expect(plan('plan/financing-without-budget', withoutBudget(0))).toEqual([]);
  });
});

describe('catalogue/active-before-start', () => {
  const start = (value: string) => (c: Catalogue) => (c.initiatives[1]!.start = value);
  it('reports an active initiative that starts after the catalogue date', () => {
    expect(catalogue('catalogue/active-before-start', start('2026'))).toEqual([
      expect.objectContaining({
        pointer: '/initiatives/1/status',
        severity: 'warning',
        message:
          'Initiative "ai-for-good" is marked active, but it starts 2026, after the catalogue date 2025-12-31.',
      }),
    ]);
  });
  it('accepts one that starts on the catalogue date, or in its month', () => {
    expect(catalogue('catalogue/active-before-start', start('2025-12-31'))).toEqual([]);
    expect(catalogue('catalogue/active-before-start', start('2025-12'))).toEqual([]);
  });
  it('accepts a planned initiative that starts later', () => {
    expect(
      catalogue('catalogue/active-before-start', (c) =>
        Object.assign(c.initiatives[1]!, { start: '2026', status: 'planned' }),
      ),
    ).toEqual([]);
  });
});

describe('profile/inconsistent-judgements', () => {
  // Saaty's worked example: CR = 0.117 with the 1980 table.
  const judgements = [
    [1, 6, 8],
    [1 / 6, 1, 4],
    [1 / 8, 1 / 4, 1],
  ];
  const ahp =
    (weighting: Record<string, unknown>, matrix: number[][] = judgements) =>
    (p: Profile) =>
      Object.assign(p, {
        criteria: matrix.map((_, i) => ({
          id: `c${i}`,
          field: 'estimates.risk',
          direction: 'cost',
        })),
        weighting: { type: 'ahp', judgements: matrix, ...weighting },
      });
  it('reports judgements above the default limit of 0.1', () => {
    expect(profile('profile/inconsistent-judgements', ahp({}))).toEqual([
      expect.objectContaining({
        pointer: '/weighting/judgements',
        severity: 'warning',
        message:
          'The AHP judgements are inconsistent: the consistency ratio is 0.117 (lambda max 3.136, random index saaty-1980), above the limit of 0.1.',
      }),
    ]);
  });
  it('accepts a ratio equal to the limit, and reports one just below it', () => {
    const ratio = ahpConsistency(judgements)!.consistencyRatio;
    expect(profile('profile/inconsistent-judgements', ahp({ maxConsistencyRatio: ratio }))).toEqual(
      [],
    );
    expect(
      profile('profile/inconsistent-judgements', ahp({ maxConsistencyRatio: ratio - 1e-9 })),
    ).toHaveLength(1);
  });
  it('uses the random-index table the profile names', () => {
    const [finding] = profile(
      'profile/inconsistent-judgements',
      ahp({ randomIndex: 'alonso-lamata-2006' }),
    );
    // The 2006 table has RI(3) = 0.5245, below Saaty's 0.58: the same judgements score worse.
    expect(finding?.message).toContain('the consistency ratio is 0.13 ');
    expect(finding?.message).toContain('random index alonso-lamata-2006');
  });
  it('accepts consistent judgements and leaves a malformed matrix to profile/weighting', () => {
    const consistent = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    expect(profile('profile/inconsistent-judgements', ahp({}, consistent))).toEqual([]);
    const broken = judgements.map((row) => [...row]);
    broken[0]![1] = 5;
    expect(profile('profile/inconsistent-judgements', ahp({}, broken))).toEqual([]);
    expect(profile('profile/weighting', ahp({}, broken))).toHaveLength(1);
  });
  it('stays silent for eleven criteria, beyond the ten of the Saaty 1980 table', () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      Array.from({ length: 11 }, (_, j) => (i === j ? 1 : i < j ? 9 : 1 / 9)),
    );
    expect(profile('profile/inconsistent-judgements', ahp({}, eleven))).toEqual([]);
  });
});

describe('workspace/missing-exchange-rate', () => {
  const costProfile = (currency?: { code: string; rates: Record<string, number> }) => ({
    ...scoringProfileInput(),
    criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
    ...(currency === undefined ? {} : { currency }),
  });
  const run = (profileDocument: unknown, chf = 'CHF') => {
    const document: Plan = workPlanInput();
    Object.assign(document.measures[1]!, { budget: { amount: 90000, currency: chf } });
    const result = validateWorkspace([
      { source: 'plan.yaml', document },
      { source: 'profile.yaml', document: profileDocument },
    ]);
    return all(result)
      .filter((issue) => issue.code === 'workspace/missing-exchange-rate')
      .map(({ source, pointer, severity, message, hint }) => ({
        source,
        pointer,
        severity,
        message,
        hint,
      }));
  };
  it("reports a budget currency the profile's rates leave out", () => {
    expect(run(costProfile({ code: 'USD', rates: { EUR: 1.08 } }))).toEqual([
      {
        source: 'plan.yaml',
        pointer: '/measures/1/budget/currency',
        severity: 'warning',
        message:
          'Measure "M2" is budgeted in CHF, but scoring profile "default-priorities" compares costs in USD and has no rate for CHF; prioritisation treats its cost per beneficiary as missing.',
        hint: 'Add `CHF` under `currency.rates` in the profile (how many USD one CHF is worth).',
      },
    ]);
  });
  it("reports, without a profile currency, what differs from the plan's most used one", () => {
    const [finding] = run(costProfile());
    expect(finding?.pointer).toBe('/measures/1/budget/currency');
    expect(finding?.hint).toBe(
      "Add `currency: { code: USD, rates: { CHF: ... } }` to the profile; without it, costs are compared in the plan's most used currency, USD.",
    );
  });
  it('accepts a rate, the comparison currency itself, and a profile without cost per beneficiary', () => {
    expect(run(costProfile({ code: 'USD', rates: { CHF: 1.12 } }))).toEqual([]);
    expect(run(costProfile({ code: 'USD', rates: {} }), 'USD')).toEqual([]);
    expect(run(scoringProfileInput())).toEqual([]);
  });
});
