import { describe, expect, it } from 'vitest';
import { parseScoringProfile, parseWorkPlan } from '@itu-aicb/core';
import { ScoringError } from '../kernel/scoring-error.js';
import { resolveCriteria } from './derive-criteria.js';
import type { MeasureRow } from './missing-values.js';
import { fillMissing, keepRankable, missingValues } from './missing-values.js';
import { scoringProfileInput, workPlanInput } from '../../../core/test/fixtures.js';

const measure = parseWorkPlan(workPlanInput()).measures[0]!;
const criteria = resolveCriteria(
  parseScoringProfile({
    ...scoringProfileInput(),
    criteria: [
      { id: 'feasibility', weight: 1 },
      { id: 'risk', weight: 1 },
    ],
  }),
);

/** A row of the fixture's first measure under another id, with the given raw values. */
const row = (id: string, raw: (number | undefined)[], facts: MeasureRow['facts'] = []) => ({
  measure: { ...measure, id },
  raw,
  facts,
});

describe('missingValues', () => {
  it('names each missing value with its criterion and reason, or says missing', () => {
    expect(
      missingValues(
        row('A', [undefined, undefined], [{ missing: 'no estimates.feasibility' }]),
        criteria,
      ),
    ).toEqual(['Feasibility: no estimates.feasibility', 'Risk: missing']);
    expect(missingValues(row('A', [3, undefined, undefined]), criteria)).toEqual([
      'Risk: missing',
      ': missing',
    ]);
  });
});

describe('keepRankable', () => {
  it('fails on a missing value under fail, naming the measure, its row and every reason', () => {
    let caught: unknown;
    try {
      keepRankable([row('A', [1, 2]), row('B', [undefined, undefined])], criteria, 'fail');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    expect(caught).toMatchObject({
      code: 'missing-value',
      row: 1,
      message:
        "Measure B lacks a value (Feasibility: missing; Risk: missing) and the profile's missing-data policy is fail.",
    });
  });

  it.each([
    [
      'exclude',
      [row('A', [1, 2]), row('B', [undefined, 2]), row('C', [1, undefined])],
      'Prioritisation needs at least two measures to rank; 1 is left after excluding 2 with missing values.',
    ],
    [
      'exclude',
      [row('B', [undefined, 2]), row('C', [1, undefined])],
      'Prioritisation needs at least two measures to rank; 0 are left after excluding 2 with missing values.',
    ],
    [
      'worst',
      [row('A', [1, undefined])],
      'Prioritisation needs at least two measures to rank; 1 is left.',
    ],
    ['median', [], 'Prioritisation needs at least two measures to rank; 0 are left.'],
  ] as const)('under %s, says how many are left', (policy, rows, message) => {
    expect(() => keepRankable(rows, criteria, policy)).toThrow(
      expect.objectContaining({ code: 'too-few-alternatives', message }),
    );
  });
});

describe('fillMissing', () => {
  it('fills with the median of the known values, odd or even in number', () => {
    const notes: string[] = [];
    const { matrix, fill } = fillMissing(
      [
        row('A', [5, 4]),
        row('B', [1, 1]),
        row('C', [3, 3]),
        row('D', [undefined, 2]),
        row('E', [undefined, undefined]),
      ],
      criteria,
      'median',
      notes,
    );
    expect(fill).toBe('median');
    expect(matrix.map((r) => r)).toEqual([
      [5, 4],
      [1, 1],
      [3, 3],
      [3, 2],
      [3, 2.5],
    ]);
    expect(notes).toEqual([
      '3 missing values were filled with the median of the other measures; each is flagged.',
    ]);
  });

  it('adds no note when nothing is missing, and notes a criterion no measure has', () => {
    const notes: string[] = [];
    expect(fillMissing([row('A', [1, 2]), row('B', [2, 1])], criteria, 'worst', notes)).toEqual({
      matrix: [
        [1, 2],
        [2, 1],
      ],
      fill: 'worst',
    });
    expect(notes).toEqual([]);
    expect(fillMissing([], criteria, 'worst', notes).matrix).toEqual([]);
    expect(notes).toEqual([]);
  });
});
