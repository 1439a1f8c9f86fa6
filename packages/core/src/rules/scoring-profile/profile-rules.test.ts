// The scoring-profile rules at their edges: each finding with its place and the values it was built
// from (`params`, the same in every language), and the settings next to it that stay quiet.
import { describe, expect, it } from 'vitest';
import { validateScoringProfile } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { scoringProfileInput } from '../../../test/fixtures.js';
import { naming } from '../../../test/naming.js';

type Profile = Record<string, unknown> & { criteria: Record<string, unknown>[] };

/** Every finding of a fresh profile after one change. */
function findings(change: (profile: Profile) => void): ValidationIssue[] {
  const profile = scoringProfileInput() as Profile;
  change(profile);
  const result = validateScoringProfile(profile);
  return [...(result.ok ? [] : result.issues), ...result.warnings];
}

/** The findings with `code`, as pointer and params. */
const found = (code: string, change: (profile: Profile) => void) =>
  findings(change)
    .filter((issue) => issue.code === code)
    .map(({ pointer, params }) => ({ pointer, params }));

const three = [{ id: 'need-severity' }, { id: 'risk' }, { id: 'feasibility' }];
const consistent = () => [
  [1, 3, 5],
  [1 / 3, 1, 2],
  [1 / 5, 1 / 2, 1],
];
const ahp =
  (judgements: number[][], criteria: object[] = three) =>
  (p: Profile) => {
    p.criteria = criteria as Profile['criteria'];
    p['weighting'] = { type: 'ahp', judgements };
  };

describe('profile/duplicate-criterion', () => {
  it('points to the first use of the id', () => {
    const change = (p: Profile) => (p.criteria[3] = { id: 'need-severity', weight: 1 });
    expect(found('profile/duplicate-criterion', change)).toEqual([
      { pointer: '/criteria/3/id', params: { id: 'need-severity', first: '/criteria/0/id' } },
    ]);
    expect(findings(change)[0]?.message).toEqual(naming('need-severity', '/criteria/0/id'));
  });
});

describe('profile/invalid-field', () => {
  it('tells a built-in id with a field from an own criterion without a direction', () => {
    expect(
      found('profile/invalid-field', (p) => {
        p.criteria[3] = { id: 'risk', field: 'estimates.risk', direction: 'cost' };
        p.criteria[4] = { id: 'gender', field: 'estimates.scores.gender' };
      }),
    ).toEqual([
      { pointer: '/criteria/3/field', params: { id: 'risk', problem: 'built-in' } },
      { pointer: '/criteria/4', params: { id: 'gender', problem: 'no-direction' } },
    ]);
  });

  it('reads a planner’s own score only under estimates.scores', () => {
    const field = (name: string) =>
      found('profile/invalid-field', (p) => {
        p.criteria[4] = { id: 'own', field: name, direction: 'benefit' };
      }).map(({ params }) => params?.['problem']);
    expect(field('estimates.scores.gender')).toEqual([]);
    expect(field('budget.amount')).toEqual([]);
    expect(field('myestimates.scores.gender')).toEqual(['unknown-field']);
    expect(field('estimates.scoresx.gender')).toEqual(['unknown-field']);
  });
});

describe('profile/weighting', () => {
  it('names a criterion without a weight', () => {
    const change = (p: Profile) => delete p.criteria[1]!['weight'];
    expect(found('profile/weighting', change)).toEqual([
      { pointer: '/criteria/1', params: { problem: 'missing-weight', detail: 'vulnerable-reach' } },
    ]);
  });

  it('reports weights that are all 0, not some of them, nor a missing one', () => {
    const weights = (...values: (number | undefined)[]) =>
      found('profile/weighting', (p) => {
        p.criteria = values.map((weight, i) => ({
          id: three[i]!.id,
          ...(weight === undefined ? {} : { weight }),
        }));
      });
    expect(weights(0, 0, 0)).toEqual([
      { pointer: '/criteria', params: { problem: 'zero-weights', detail: '' } },
    ]);
    expect(weights(0, 1, 0)).toEqual([]);
    expect(weights(0, undefined, 0).map(({ params }) => params?.['problem'])).toEqual([
      'missing-weight',
    ]);
  });

  it('wants one row and one column per criterion', () => {
    const rows = consistent();
    rows[1] = [1 / 3, 1];
    const change = ahp(rows);
    expect(found('profile/weighting', change)).toEqual([
      { pointer: '/weighting/judgements', params: { problem: 'matrix-size', detail: '3 x 3' } },
    ]);
    expect(findings(change)[0]?.message).toEqual(naming('3 x 3'));
    expect(found('profile/weighting', ahp(consistent().slice(0, 2)))).toHaveLength(1);
    expect(found('profile/weighting', ahp(consistent(), three.slice(0, 2)))).toHaveLength(1);
  });

  it('reports each entry off the diagonal once per pair, with its row and column', () => {
    const rows = consistent();
    rows[2]![0] = 5;
    rows[1]![1] = 2;
    expect(found('profile/weighting', ahp(rows))).toEqual([
      {
        pointer: '/weighting/judgements/2/0',
        params: { problem: 'not-reciprocal', detail: '5 at row 1, column 3' },
      },
      { pointer: '/weighting/judgements/1/1', params: { problem: 'diagonal', detail: 'row 2' } },
    ]);
    expect(found('profile/weighting', ahp(consistent()))).toEqual([]);
  });

  it('names the criteria a rank order leaves out', () => {
    const change = (p: Profile) => {
      p.criteria = three;
      p['weighting'] = { type: 'rank-order', order: ['risk'] };
    };
    expect(found('profile/weighting', change)).toEqual([
      {
        pointer: '/weighting/order',
        params: { problem: 'incomplete-order', detail: 'need-severity, feasibility' },
      },
    ]);
  });
});

describe('profile/preference-thresholds', () => {
  it('needs p for a v-shape function', () => {
    const change = (p: Profile) => {
      p['method'] = { name: 'promethee-ii', preference: { type: 'v-shape' } };
    };
    expect(found('profile/preference-thresholds', change)).toEqual([
      { pointer: '/method/preference', params: { type: 'v-shape' } },
    ]);
  });
});

describe('profile/inconsistent-judgements', () => {
  it('leaves judgements of another size than the criteria to profile/weighting', () => {
    // Inconsistent (A over B, B over C, C over A), but with a row and a column too few.
    const circle = [
      [1, 4, 1 / 4],
      [1 / 4, 1, 4],
      [4, 1 / 4, 1],
    ];
    expect(found('profile/inconsistent-judgements', ahp(circle))).toHaveLength(1);
    const four = [...three, { id: 'coordination' }];
    expect(found('profile/inconsistent-judgements', ahp(circle, four))).toEqual([]);
  });

  it('has nothing to say beyond the sizes of its random-index table', () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      Array.from({ length: 11 }, (_, j) => (i === j ? 1 : i < j ? 9 : 1 / 9)),
    );
    const criteria = eleven.map((_, i) => ({
      id: `c${i}`,
      field: 'estimates.risk',
      direction: 'cost',
    }));
    expect(findings(ahp(eleven, criteria))).toEqual([]);
  });
});

describe('profile/unused-setting', () => {
  const unused = (method: object, change: (p: Profile) => void = () => undefined) =>
    found('profile/unused-setting', (p) => {
      p['method'] = method;
      change(p);
    });

  it('keeps v to VIKOR and normalization to the weighted sum and TOPSIS', () => {
    expect(unused({ name: 'vikor', v: 0.3 })).toEqual([]);
    expect(unused({ name: 'topsis', v: 0.3 })).toEqual([
      { pointer: '/method/v', params: { setting: 'v', applies: 'vikor' } },
    ]);
    expect(unused({ name: 'weighted-sum', normalization: 'max' })).toEqual([]);
    expect(unused({ name: 'topsis', normalization: 'max' })).toEqual([]);
    expect(unused({ name: 'vikor', normalization: 'max' })).toEqual([
      {
        pointer: '/method/normalization',
        params: { setting: 'normalization', applies: 'weighted-sum and topsis' },
      },
    ]);
  });

  it('keeps preference functions to PROMETHEE II, for the method and each criterion', () => {
    const preferences = (p: Profile) => (p.criteria[1]!['preference'] = { type: 'usual' });
    const method = { preference: { type: 'usual' } };
    expect(unused({ name: 'promethee-ii', ...method }, preferences)).toEqual([]);
    const applies = { setting: 'preference', applies: 'promethee-ii' };
    expect(unused({ name: 'topsis', ...method }, preferences)).toEqual([
      { pointer: '/method/preference', params: applies },
      { pointer: '/criteria/1/preference', params: applies },
    ]);
  });

  it('keeps weights to direct weighting', () => {
    const change = (p: Profile) => {
      p.criteria = [{ id: 'risk', weight: 1 }, { id: 'need-severity' }];
      p['weighting'] = { type: 'equal' };
    };
    expect(unused({ name: 'topsis' }, change)).toEqual([
      { pointer: '/criteria/0/weight', params: { setting: 'weight', applies: 'direct weighting' } },
    ]);
  });
});
