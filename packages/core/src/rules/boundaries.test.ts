// The edges of every comparison a rule makes: the equal value stays quiet, the next value past it
// is reported. Each case changes one fixture and looks at one code only.
import { describe, expect, it } from 'vitest';
import {
  validateInitiativeCatalogue,
  validateNeedsAssessment,
  validateScoringProfile,
  validateWorkPlan,
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
type Profile = Record<string, unknown>;
type Measure = Plan['measures'][number] & {
  indicators?: unknown[];
  global?: boolean;
};

const all = (result: { warnings: readonly ValidationIssue[] } & object): ValidationIssue[] => [
  ...('issues' in result ? (result.issues as ValidationIssue[]) : []),
  ...result.warnings,
];

/** The findings with `code` after one change to a fresh plan. */
function plan(code: string, change: (document: Plan) => void): ValidationIssue[] {
  const document = workPlanInput();
  change(document);
  const found = all(validateWorkPlan(document));
  expect(found.map((issue) => issue.code)).not.toContain('rule/crashed');
  return found.filter((issue) => issue.code === code);
}

function catalogue(code: string, change: (document: Catalogue) => void): ValidationIssue[] {
  const document = initiativeCatalogueInput();
  change(document);
  return all(validateInitiativeCatalogue(document)).filter((issue) => issue.code === code);
}

function assessment(code: string, change: (document: Assessment) => void): ValidationIssue[] {
  const document = needsAssessmentInput();
  change(document);
  return all(validateNeedsAssessment(document)).filter((issue) => issue.code === code);
}

function profile(code: string, change: (document: Profile) => void): ValidationIssue[] {
  const document = scoringProfileInput() as Profile;
  change(document);
  return all(validateScoringProfile(document)).filter((issue) => issue.code === code);
}

const pointers = (found: readonly ValidationIssue[]): string[] =>
  found.map((issue) => issue.pointer);
const m = (document: Plan, index: number): Measure => document.measures[index] as Measure;

describe('plan dates', () => {
  it('accepts a plan period and a schedule that start and end on the same day', () => {
    expect(plan('plan/date-order', (p) => (p.period.end = p.period.start))).toEqual([]);
    expect(
      plan('plan/date-order', (p) => {
        m(p, 1).schedule.end = m(p, 1).schedule.start;
        m(p, 1).schedule.milestones = [];
      }),
    ).toEqual([]);
  });

  it('reports an end one day before the start', () => {
    const found = plan('plan/date-order', (p) => {
      m(p, 1).schedule.end = '2026-05-31';
      m(p, 1).schedule.milestones = [];
    });
    expect(pointers(found)).toEqual(['/measures/1/schedule/end']);
    expect(found[0]?.message).toContain('2026-06-01');
    expect(found[0]?.message).toContain('2026-05-31');
    expect(found[0]?.message).toContain('M2');
  });

  it('accepts schedules and reviews on the first and the last day of the period', () => {
    expect(
      plan('plan/outside-period', (p) => {
        m(p, 0).schedule.start = p.period.start;
        m(p, 1).schedule.end = p.period.end;
        p.arrangements.reviews = [{ date: p.period.start }, { date: p.period.end }];
      }),
    ).toEqual([]);
  });

  it('reports schedules and reviews one day outside the period', () => {
    const found = plan('plan/outside-period', (p) => {
      m(p, 0).schedule.start = '2025-12-31';
      m(p, 1).schedule.end = '2028-01-01';
      p.arrangements.reviews = [{ date: '2025-12-31' }, { date: '2028-01-01' }];
    });
    expect(pointers(found)).toEqual([
      '/measures/0/schedule/start',
      '/measures/1/schedule/end',
      '/arrangements/reviews/0/date',
      '/arrangements/reviews/1/date',
    ]);
    expect(found[3]?.message).toContain('2028-01-01');
  });

  it('accepts a plan period of exactly eight years and warns from the day after', () => {
    expect(plan('plan/long-period', (p) => (p.period.end = '2033-12-31'))).toEqual([]);
    const found = plan('plan/long-period', (p) => (p.period.end = '2034-01-01'));
    expect(pointers(found)).toEqual(['/period/end']);
    expect(found[0]?.message).toContain('2034-01-01');
  });

  it('accepts a mandate of the year the plan ends, not of the year after', () => {
    expect(plan('plan/mandate-after-plan', (p) => (p.mandates[0]!.year = 2027))).toEqual([]);
    const found = plan('plan/mandate-after-plan', (p) => (p.mandates[0]!.year = 2028));
    expect(pointers(found)).toEqual(['/mandates/0/year']);
    expect(found[0]?.message).toContain('2028');
  });
});

describe('indicator years', () => {
  const indicator = (p: Plan) => p.objectives[0]!.indicators![0]!;

  it('accepts a target year equal to the baseline year', () => {
    expect(
      plan('plan/indicator-year-order', (p) => {
        indicator(p).baseline.year = 2026;
        indicator(p).target.year = 2026;
      }),
    ).toEqual([]);
  });

  it('reports a target year one year before the baseline', () => {
    const found = plan('plan/indicator-year-order', (p) => {
      indicator(p).baseline.year = 2027;
      indicator(p).target.year = 2026;
    });
    expect(pointers(found)).toEqual(['/objectives/0/indicators/0/target/year']);
    expect(found[0]?.message).toContain('2027');
    expect(found[0]?.message).toContain('2026');
    expect(found[0]?.message).toContain('"I1"');
  });

  it('checks an indicator without a baseline only for its target year', () => {
    const without = (p: Plan) => {
      delete (indicator(p) as { baseline?: unknown }).baseline;
    };
    expect(plan('plan/indicator-year-order', without)).toEqual([]);
    expect(
      plan('plan/indicator-target-outside-period', (p) => {
        without(p);
        indicator(p).target.year = 2028;
      }),
    ).toHaveLength(1);
  });

  it('accepts targets in the first and last year of the period, not the years around them', () => {
    const year = (target: number) =>
      plan('plan/indicator-target-outside-period', (p) => {
        indicator(p).baseline.year = 2024;
        indicator(p).target.year = target;
      });
    expect(year(2026)).toEqual([]);
    expect(year(2027)).toEqual([]);
    expect(pointers(year(2025))).toEqual(['/objectives/0/indicators/0/target/year']);
    expect(pointers(year(2028))).toEqual(['/objectives/0/indicators/0/target/year']);
  });

  it('looks at the indicators of measures as well as of objectives', () => {
    const found = plan('plan/indicator-target-outside-period', (p) => {
      m(p, 1).indicators = [
        { id: 'I9', name: 'Researchers served', unit: 'people', target: { value: 50, year: 2030 } },
      ];
    });
    expect(pointers(found)).toEqual(['/measures/1/indicators/0/target/year']);
  });
});

describe('milestones', () => {
  it('accepts milestones due on the first and the last day of their schedule', () => {
    expect(
      plan('plan/milestone-outside-schedule', (p) => {
        const { start, end, milestones } = m(p, 0).schedule;
        milestones[0]!.due = start;
        milestones[1]!.due = end;
      }),
    ).toEqual([]);
  });

  it('reports milestones due one day before the start or after the end', () => {
    const found = plan('plan/milestone-outside-schedule', (p) => {
      const { milestones } = m(p, 0).schedule;
      milestones[0]!.due = '2026-01-31';
      milestones[1]!.due = '2027-07-01';
    });
    expect(pointers(found)).toEqual([
      '/measures/0/schedule/milestones/0/due',
      '/measures/0/schedule/milestones/1/due',
    ]);
  });

  it('accepts a milestone due on the day its dependency is due, not the day before', () => {
    expect(
      plan('plan/milestone-before-dependency', (p) => {
        m(p, 0).schedule.milestones[1]!.due = '2026-05-31';
      }),
    ).toEqual([]);
    const found = plan('plan/milestone-before-dependency', (p) => {
      m(p, 0).schedule.milestones[1]!.due = '2026-05-30';
    });
    expect(pointers(found)).toEqual(['/measures/0/schedule/milestones/1/dependsOn/0']);
    expect(found[0]?.message).toContain('M1-a');
  });

  it('reports a circle of dependencies once, however many milestones it passes', () => {
    const found = plan('plan/milestone-cycle', (p) => {
      const [a, b] = m(p, 0).schedule.milestones as { dependsOn?: string[] }[];
      a!.dependsOn = ['M2-a'];
      b!.dependsOn = ['M1-a'];
      m(p, 1).schedule.milestones[0]!.dependsOn = ['M1-b'];
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/M1-a -> M2-a -> M1-b -> M1-a|M1-b -> M1-a -> M2-a -> M1-b/);
  });

  it('reports two separate circles once each', () => {
    const found = plan('plan/milestone-cycle', (p) => {
      const [a] = m(p, 0).schedule.milestones as { dependsOn?: string[] }[];
      a!.dependsOn = ['M1-b'];
      m(p, 1).schedule.milestones.push({
        id: 'M2-b',
        title: 'Review',
        due: '2026-10-31',
        dependsOn: [],
      });
      m(p, 1).schedule.milestones[0]!.dependsOn = ['M2-b'];
      (m(p, 1).schedule.milestones[1] as { dependsOn?: string[] }).dependsOn = ['M2-a'];
    });
    expect(found).toHaveLength(2);
  });
});

describe('money', () => {
  it('accepts a secured amount equal to the budget', () => {
    expect(plan('plan/secured-exceeds-budget', (p) => (m(p, 0).budget!.secured = 400000))).toEqual(
      [],
    );
  });

  it('reports a secured amount one unit above the budget, with both amounts', () => {
    const found = plan('plan/secured-exceeds-budget', (p) => (m(p, 0).budget!.secured = 400001));
    expect(pointers(found)).toEqual(['/measures/0/budget/secured']);
    expect(found[0]?.message).toContain('400001 USD');
    expect(found[0]?.message).toContain('400000 USD');
  });

  it('lets budget lines differ from 100 by floating-point noise only', () => {
    const shares = (...percents: number[]) =>
      plan('plan/breakdown-sum', (p) => {
        m(p, 0).budget!.breakdown = percents.map((percent, i) => ({ label: `line ${i}`, percent }));
      });
    expect(shares(10, 20, 70)).toEqual([]);
    expect(shares(100 / 3, 100 / 3, 100 / 3)).toEqual([]);
    expect(shares(70, 30.0000005)).toEqual([]);
    expect(shares(70, 29.9999995)).toEqual([]);
    const above = shares(70, 30.00001);
    expect(pointers(above)).toEqual(['/measures/0/budget/breakdown']);
    expect(above[0]?.message).toContain('100.00001%');
    expect(pointers(shares(70, 29.99999))).toEqual(['/measures/0/budget/breakdown']);
  });

  it('accepts partners financing exactly 100%, and reports a share just above the tolerance', () => {
    const financing = (...percents: number[]) =>
      plan('plan/partner-financing-sum', (p) => {
        m(p, 0).partners = percents.map((financingPercent, i) => ({
          name: `Partner ${i}`,
          role: 'funding',
          financingPercent,
        }));
      });
    expect(financing(40, 60)).toEqual([]);
    expect(financing(10, 20, 70)).toEqual([]);
    expect(financing(40, 60.0000005)).toEqual([]);
    // The tolerance itself is not above it: 40 + (60 + 1e-6) is the number 100 + 1e-6.
    expect(financing(40, 60 + 1e-6)).toEqual([]);
    const above = financing(40, 60.00001);
    expect(pointers(above)).toEqual(['/measures/0/partners']);
    expect(above[0]?.message).toContain('100.00001%');
  });

  it('accepts an in-kind contribution without an amount or a currency', () => {
    expect(
      plan('plan/amount-without-currency', (p) => {
        p.arrangements.contributions = [
          { member: 'Example University', category: 'academia', kind: 'in-kind' },
        ] as unknown as Plan['arrangements']['contributions'];
      }),
    ).toEqual([]);
  });

  it('reports an amount without a currency, naming the member', () => {
    const found = plan('plan/amount-without-currency', (p) => {
      delete (p.arrangements.contributions[0] as { currency?: string }).currency;
    });
    expect(pointers(found)).toEqual(['/arrangements/contributions/0/amount']);
    expect(found[0]?.message).toContain('Example Administration');
  });
});

describe('first results', () => {
  const estimate = (months: number) =>
    plan('plan/first-results-after-end', (p) => {
      m(p, 0).schedule.end = '2026-07-31';
      m(p, 0).schedule.milestones = [];
      m(p, 0).estimates.monthsToFirstResults = months;
    });

  it('accepts first results the day after the last day of the schedule', () => {
    expect(estimate(6)).toEqual([]);
  });

  it('reports first results a few days later, with the months the measure runs', () => {
    const found = estimate(6.2);
    expect(pointers(found)).toEqual(['/measures/0/estimates/monthsToFirstResults']);
    expect(found[0]?.message).toContain('6.2');
    expect(found[0]?.message).toContain('6 months');
  });
});

describe('duplicate ids', () => {
  it('reports an indicator id used twice, in an objective and a measure', () => {
    const found = plan('plan/duplicate-id', (p) => {
      m(p, 0).indicators = [
        { id: 'I1', name: 'Courses given', unit: 'courses', target: { value: 4, year: 2027 } },
      ];
    });
    expect(pointers(found)).toEqual(['/measures/0/indicators/0/id']);
    expect(found[0]?.message).toContain('"I1"');
    expect(found[0]?.message).toContain('/objectives/0/indicators/0/id');
  });

  it('reports a mandate id used twice', () => {
    const found = plan('plan/duplicate-id', (p) => {
      p.mandates.push({ ...p.mandates[0]!, number: 'Resolution 214 (rev.)' });
    });
    expect(pointers(found)).toEqual(['/mandates/1/id']);
    expect(found[0]?.message).toContain('res-214');
  });

  it('lets an objective and a measure share an id: they are different kinds', () => {
    expect(plan('plan/duplicate-id', (p) => (m(p, 0).id = 'O1'))).toEqual([]);
  });
});

describe('communication group', () => {
  const group = (p: Plan) =>
    p.arrangements.communicationGroup as { members: string[]; chair?: string };

  it('reports an unknown office code of the chair and of a member', () => {
    const found = plan('plan/unknown-office', (p) => {
      group(p).chair = 'adis-ababa';
      group(p).members = ['GS', 'adis-ababa'];
    });
    expect(pointers(found)).toEqual([
      '/arrangements/communicationGroup/chair',
      '/arrangements/communicationGroup/members/1',
    ]);
    expect(found[0]?.message).toContain('"adis-ababa"');
    expect(found[0]?.hint).toContain('"addis-ababa"');
  });

  it('accepts a chair who is a member, and reports one who is not', () => {
    expect(plan('plan/chair-not-member', (p) => (group(p).chair = 'TSB'))).toEqual([]);
    const found = plan('plan/chair-not-member', (p) => (group(p).chair = 'BR'));
    expect(pointers(found)).toEqual(['/arrangements/communicationGroup/chair']);
    expect(found[0]?.message).toContain('BR');
  });
});

describe('initiative catalogue dates', () => {
  const first = (c: Catalogue) =>
    c.initiatives[0] as Catalogue['initiatives'][number] & {
      end?: string;
      start?: string;
    };

  it('accepts an initiative that starts and ends in the same period', () => {
    for (const [start, end] of [
      ['2019', '2019'],
      ['2019', '2019-06'],
      ['2019-06', '2019'],
      ['2019-06-01', '2019-06-01'],
    ] as const) {
      const found = catalogue('catalogue/date-order', (c) => {
        first(c).start = start;
        first(c).end = end;
        first(c).status = 'completed';
      });
      expect(found, `${start} to ${end}`).toEqual([]);
    }
    const found = catalogue('catalogue/date-order', (c) => {
      first(c).start = '2019-06-02';
      first(c).end = '2019-06-01';
      first(c).status = 'completed';
    });
    expect(pointers(found)).toEqual(['/initiatives/0/end']);
  });

  it('accepts an active initiative ending on the catalogue date, not the day before', () => {
    expect(catalogue('catalogue/ended-but-active', (c) => (first(c).end = '2025-12-31'))).toEqual(
      [],
    );
    expect(catalogue('catalogue/ended-but-active', (c) => (first(c).end = '2025'))).toEqual([]);
    const found = catalogue('catalogue/ended-but-active', (c) => (first(c).end = '2025-12-30'));
    expect(pointers(found)).toEqual(['/initiatives/0/status']);
  });

  it('accepts an active initiative starting on the catalogue date, not the day after', () => {
    expect(
      catalogue('catalogue/active-before-start', (c) => (first(c).start = '2025-12-31')),
    ).toEqual([]);
    const found = catalogue('catalogue/active-before-start', (c) => (first(c).start = '2026'));
    expect(pointers(found)).toEqual(['/initiatives/0/status']);
  });

  it('accepts reach figures of the catalogue date, not of the day after', () => {
    const reach = (asOf: string) =>
      catalogue('catalogue/reach-after-as-of', (c) => (first(c).reach![0]!.asOf = asOf));
    expect(reach('2025-12-31')).toEqual([]);
    expect(pointers(reach('2026-01-01'))).toEqual(['/initiatives/0/reach/0/asOf']);
  });
});

describe('needs assessment levels', () => {
  it('accepts a target equal to the current level and reports one below it', () => {
    const target = (value: number) =>
      assessment('assessment/target-below-current', (a) => (a.pillars.talent.target = value));
    expect(target(1)).toEqual([]);
    expect(pointers(target(0.5))).toEqual(['/pillars/talent/target']);
  });
});

describe('scoring profile thresholds', () => {
  const preference = (value: Record<string, unknown>) =>
    profile('profile/preference-thresholds', (p) => {
      p['method'] = { name: 'promethee-ii', preference: value };
      p['weighting'] = { type: 'equal' };
      p['criteria'] = [{ id: 'need-severity' }, { id: 'risk' }];
    });

  it('needs q below p for level and linear, not equal to it', () => {
    for (const type of ['level', 'linear']) {
      expect(preference({ type, q: 1, p: 2 }), type).toEqual([]);
      expect(pointers(preference({ type, q: 2, p: 2 })), type).toEqual(['/method/preference']);
      expect(pointers(preference({ type, p: 2 })), type).toEqual(['/method/preference']);
      expect(pointers(preference({ type, q: 1 })), type).toEqual(['/method/preference']);
    }
  });

  it('needs p above 0 for v-shape, s above 0 for gaussian and q for u-shape', () => {
    expect(preference({ type: 'v-shape', p: 0.5 })).toEqual([]);
    expect(pointers(preference({ type: 'v-shape', p: 0 }))).toEqual(['/method/preference']);
    expect(preference({ type: 'gaussian', s: 0.5 })).toEqual([]);
    expect(pointers(preference({ type: 'gaussian', s: 0 }))).toEqual(['/method/preference']);
    expect(preference({ type: 'u-shape', q: 0 })).toEqual([]);
    expect(pointers(preference({ type: 'u-shape' }))).toEqual(['/method/preference']);
    expect(preference({ type: 'usual' })).toEqual([]);
  });

  it('accepts AHP judgements whose products differ from 1 by the tolerance of 0.001', () => {
    const judged = (a: number, b: number) => {
      const document = scoringProfileInput() as Profile;
      document['criteria'] = [{ id: 'need-severity' }, { id: 'risk' }];
      document['weighting'] = {
        type: 'ahp',
        judgements: [
          [1, a],
          [b, 1],
        ],
      };
      return all(validateScoringProfile(document)).map((issue) => issue.code);
    };
    expect(judged(4, 0.25)).toEqual([]);
    expect(judged(4, 0.25024)).toEqual([]);
    expect(judged(4, 0.24976)).toEqual([]);
    expect(judged(4, 0.2503)).toEqual(['profile/weighting']);
    expect(judged(4, 0.2497)).toEqual(['profile/weighting']);
  });

  it('warns about judgements above the consistency limit, not below it', () => {
    // Saaty's example of mild inconsistency: CR is about 0.004.
    const judged = (maxConsistencyRatio: number) =>
      profile('profile/inconsistent-judgements', (p) => {
        p['criteria'] = [{ id: 'need-severity' }, { id: 'risk' }, { id: 'feasibility' }];
        p['weighting'] = {
          type: 'ahp',
          judgements: [
            [1, 3, 5],
            [1 / 3, 1, 2],
            [1 / 5, 1 / 2, 1],
          ],
          maxConsistencyRatio,
        };
      });
    expect(judged(0.01)).toEqual([]);
    const found = judged(0.001);
    expect(pointers(found)).toEqual(['/weighting/judgements']);
    expect(found[0]?.message).toMatch(/ratio is 0\.00\d/);
    expect(found[0]?.message).toContain('0.001');
  });
});

describe('repeated entries and titles', () => {
  it('reports a repeat in a list of two, and each further repeat once', () => {
    expect(
      pointers(plan('plan/duplicate-entry', (p) => (m(p, 1).targetCountries = ['NPL', 'NPL']))),
    ).toEqual(['/measures/1/targetCountries/1']);
    expect(
      pointers(
        plan('plan/duplicate-entry', (p) => (m(p, 1).targetCountries = ['NPL', 'NPL', 'NPL'])),
      ),
    ).toEqual(['/measures/1/targetCountries/1', '/measures/1/targetCountries/2']);
  });

  it('finds repeats in long lists as in short ones', () => {
    const asia = ['AFG', 'BGD', 'BTN', 'KHM', 'CHN', 'IND', 'IDN', 'IRN', 'JPN', 'LAO'];
    const more = ['MYS', 'MDV', 'MNG', 'MMR', 'NPL', 'PAK', 'PHL', 'LKA', 'THA', 'VNM'];
    const found = plan('plan/duplicate-entry', (p) => {
      m(p, 1).targetCountries = [...asia, ...more, 'IND', 'NPL', 'IND'];
    });
    expect(pointers(found)).toEqual([
      '/measures/1/targetCountries/20',
      '/measures/1/targetCountries/21',
      '/measures/1/targetCountries/22',
    ]);
  });

  it('compares titles without regard to case, spacing or character width', () => {
    for (const title of [
      ' ai  SKILLS programme for officials ',
      'ＡＩ skills programme for\tofficials',
    ]) {
      const found = plan('plan/duplicate-title', (p) => (m(p, 1).title = title));
      expect(pointers(found), title).toEqual(['/measures/1/title']);
    }
    expect(
      plan('plan/duplicate-title', (p) => (m(p, 1).title = 'AI skills programme for officers')),
    ).toEqual([]);
    expect(
      plan('plan/duplicate-title', (p) => (m(p, 1).title = 'AI skillsprogramme for officials')),
    ).toEqual([]);
  });

  it('folds case to lower case, which keeps Maße and Masse apart', () => {
    const titles = (first: string, second: string) =>
      plan('plan/duplicate-title', (p) => {
        m(p, 0).title = first;
        m(p, 1).title = second;
      });
    expect(pointers(titles('Maße der Verwaltung', 'MASSE DER VERWALTUNG'))).toEqual([]);
    expect(pointers(titles('Maße der Verwaltung', 'MAẞE DER VERWALTUNG'))).toEqual([
      '/measures/1/title',
    ]);
  });

  it('resolves a reference to a milestone id used twice to the first milestone', () => {
    const copy = (p: Plan) =>
      m(p, 1).schedule.milestones.push({
        id: 'M1-a',
        title: 'Late copy',
        due: '2027-06-30',
        dependsOn: [],
      });
    // M1-b depends on M1-a: the first (due 2026-05-31) is earlier, the copy would be later.
    expect(plan('plan/milestone-before-dependency', copy)).toEqual([]);
    expect(pointers(plan('plan/duplicate-id', copy))).toEqual([
      '/measures/1/schedule/milestones/1/id',
    ]);
  });

  it('looks for circles past a dependency that does not resolve', () => {
    const found = plan('plan/milestone-cycle', (p) => {
      const [a] = m(p, 0).schedule.milestones as { dependsOn?: string[] }[];
      a!.dependsOn = ['M9-z', 'M1-b'];
    });
    expect(pointers(found)).toEqual(['/measures/0/schedule/milestones/1/dependsOn/0']);
  });
});
