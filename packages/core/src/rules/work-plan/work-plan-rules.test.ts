// Work-plan rules past their main case: the lists and places each rule also looks at, what it
// leaves to another rule, and the values its message names.
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { workPlanInput } from '../../../test/fixtures.js';
import { naming } from '../../../test/naming.js';

type Plan = ReturnType<typeof workPlanInput>;
type Measure = Plan['measures'][number] & { global?: boolean };
type Milestone = Measure['schedule']['milestones'][number] & { dependsOn?: string[] };

/** Every finding after one change to a fresh plan, as `[code, pointer, message]`. */
function plan(change: (document: Plan) => void): [string, string, string][] {
  const document = workPlanInput();
  change(document);
  const result = validateWorkPlan(document);
  return [...('issues' in result ? result.issues : []), ...result.warnings].map(
    (issue: ValidationIssue) => [issue.code, issue.pointer, issue.message],
  );
}
/** The findings with `code` after one change, as `[pointer, message]`. */
const only = (code: string, change: (document: Plan) => void) =>
  plan(change)
    .filter(([found]) => found === code)
    .map(([, pointer, message]) => [pointer, message]);

const m = (p: Plan, i: number) => p.measures[i] as Measure;
/** Sets each milestone's dependencies, by id, on the first measure's schedule. */
const milestones = (p: Plan, dependencies: Record<string, string[]>) => {
  m(p, 0).schedule.milestones = Object.entries(dependencies).map(([id, dependsOn]) => ({
    id,
    title: `Step ${id}`,
    due: '2026-06-30',
    dependsOn,
  })) as Milestone[];
  m(p, 1).schedule.milestones = [];
};

describe('plan/milestone-cycle', () => {
  it('reports a circle that starts past the first milestone, with its milestones only', () => {
    const found = only('plan/milestone-cycle', (p) => {
      milestones(p, { A: ['B'], B: ['C'], C: ['B'] });
    });
    expect(found).toEqual([
      ['/measures/0/schedule/milestones/2/dependsOn/0', naming('B -> C -> B')],
    ]);
    expect(found[0]?.[1]).not.toContain('A ->');
  });

  it('reports a circle once when a milestone lists the same dependency twice', () => {
    expect(
      only('plan/milestone-cycle', (p) => {
        milestones(p, { A: ['B'], B: ['A', 'A'] });
      }),
    ).toHaveLength(1);
  });

  it('reports two circles through one milestone, and circles of ids that join alike', () => {
    expect(
      only('plan/milestone-cycle', (p) => {
        milestones(p, { A: ['B', 'C'], B: ['A'], C: ['A'] });
      }),
    ).toEqual([
      [expect.any(String), naming('A -> B -> A')],
      [expect.any(String), naming('A -> C -> A')],
    ]);
    // {A, BC} and {AB, C}: two circles whose ids give the same letters in a row.
    expect(
      only('plan/milestone-cycle', (p) => {
        milestones(p, { A: ['BC'], BC: ['A'], AB: ['C'], C: ['AB'] });
      }),
    ).toHaveLength(2);
  });
});

describe('plan/duplicate-entry', () => {
  it("looks at objectives' pillars and SDG targets, and at the arrangements' lists", () => {
    const found = only('plan/duplicate-entry', (p) => {
      p.objectives[1]!.pillars = ['compute', 'data', 'compute'];
      p.objectives[0]!.sdgTargets = ['4.4', '4.4'];
      p.arrangements.participatingBureaus = ['GS', 'TSB', 'GS'];
      p.arrangements.regionalOffices = ['addis-ababa', 'bangkok', 'bangkok'];
    });
    expect(found).toEqual([
      ['/objectives/0/sdgTargets/1', naming('"4.4"', 'sdgTargets')],
      ['/objectives/1/pillars/2', naming('"compute"', 'pillars')],
      ['/arrangements/participatingBureaus/2', naming('"GS"', 'participatingBureaus')],
      ['/arrangements/regionalOffices/2', naming('"bangkok"', 'regionalOffices')],
    ]);
  });
});

describe('plan/pillar-outside-objectives', () => {
  it('leaves a measure whose objectives do not resolve to plan/unresolved-objective', () => {
    const found = plan((p) => (m(p, 1).objectives = ['O9']));
    expect(found.map(([code]) => code)).toEqual([
      'plan/unresolved-objective',
      'plan/objective-without-measure',
    ]);
  });
});

describe('plan/unknown-office', () => {
  it('checks the lead of a measure, and a plan without a communication group', () => {
    expect(only('plan/unknown-office', (p) => (m(p, 1).lead = 'addis-abab'))).toEqual([
      ['/measures/1/lead', naming('"addis-abab"')],
    ]);
    expect(
      plan((p) => delete (p.arrangements as { communicationGroup?: unknown }).communicationGroup),
    ).toEqual([]);
  });
});

describe('dates', () => {
  it('names what ends before it starts, and what falls outside the period', () => {
    expect(only('plan/date-order', (p) => (p.period.end = '2025-12-31'))).toEqual([
      ['/period/end', naming('plan period', '2026-01-01', '2025-12-31')],
    ]);
    expect(only('plan/outside-period', (p) => (m(p, 1).schedule.end = '2028-01-31'))).toEqual([
      [
        '/measures/1/schedule/end',
        naming('end of measure "M2"', '2028-01-31', '2026-01-01', '2027-12-31'),
      ],
    ]);
    expect(
      only('plan/outside-period', (p) => (p.arrangements.reviews[0]!.date = '2028-01-01')),
    ).toEqual([['/arrangements/reviews/0/date', naming('review', '2028-01-01')]]);
  });
});

describe('targets', () => {
  it('leaves the regions of a measure whose countries are all unknown to plan/unknown-country', () => {
    const found = plan((p) => (m(p, 0).targetCountries = ['ETX']));
    expect(found.map(([code]) => code)).toEqual(['plan/unknown-country']);
  });

  it('accepts a global measure without targets, and reports one with a region only', () => {
    const global = (change: (measure: Measure) => void) =>
      only('plan/global-with-targets', (p) => {
        m(p, 1).global = true;
        change(m(p, 1));
      });
    expect(
      global((measure) => {
        measure.targetCountries = [];
        measure.targetRegions = [];
      }),
    ).toEqual([]);
    expect(
      global((measure) => {
        measure.targetCountries = [];
        measure.targetRegions = ['ASP'];
      }),
    ).toEqual([['/measures/1/global', naming('"M2"', '1 target region')]]);
    expect(
      global((measure) => {
        measure.targetCountries = ['NPL'];
        measure.targetRegions = ['ASP', 'AFR'];
      }),
    ).toEqual([['/measures/1/global', naming('"M2"', '3 target regions')]]);
  });
});

describe('plan/first-results-after-end', () => {
  it('gives the months a schedule runs with the days past its last whole month', () => {
    // 1 February to 15 March: one whole month and 15 days, 1.49 months, shown as 1.4.
    const found = only('plan/first-results-after-end', (p) => {
      m(p, 0).schedule.end = '2026-03-15';
      m(p, 0).schedule.milestones = [];
      m(p, 1).schedule.milestones = [];
      m(p, 0).estimates.monthsToFirstResults = 2;
    });
    expect(found).toEqual([
      ['/measures/0/estimates/monthsToFirstResults', naming('"M1"', '2 months', 'only 1.4 months')],
    ]);
  });
});
