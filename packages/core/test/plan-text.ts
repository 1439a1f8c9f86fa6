// A small valid work plan as YAML text, for tests that read plan text: one objective and one
// measure, written so that each line stays where the tests expect it.

/**
 * The plan's text; `measure` adds fields to its one measure (after `status: pipeline`, on line 11).
 * Without estimates the measure has a `plan/missing-estimates` note at line 10, column 5.
 */
export const smallPlanText = (measure = ''): string =>
  [
    'kind: WorkPlan',
    'schemaVersion: 1',
    'id: p',
    'title: Plan',
    'status: draft',
    'period: {start: 2026-01-01, end: 2026-12-31}',
    'owner: ITU Council',
    'objectives: [{id: O1, title: Talent, pillars: [talent]}]',
    'measures:',
    '  - {id: M1, title: Training, objectives: [O1], kind: training, pillars: [talent], lead: BDT,',
    `     schedule: {start: 2026-02-01, end: 2026-06-30}, status: pipeline${measure}}`,
    'arrangements: {leadBureau: BDT, reporting: {cadence: annual, body: Council}}',
  ].join('\n');
