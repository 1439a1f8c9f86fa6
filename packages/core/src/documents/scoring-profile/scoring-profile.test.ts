import { describe, expect, it } from 'vitest';
import { parseScoringProfile, validateDocument, validateScoringProfile } from '@itu-aicb/core';
import type { ValidationResult } from '@itu-aicb/core';
import { scoringProfileInput } from '../../../test/fixtures.js';

type Input = ReturnType<typeof scoringProfileInput> & Record<string, unknown>;

const findings = (result: ValidationResult<unknown>) =>
  [...(result.ok ? [] : result.issues), ...result.warnings].map((issue) => [
    issue.code,
    issue.pointer,
  ]);

const check = (edit: (input: Input) => void) => {
  const input = scoringProfileInput() as Input;
  edit(input);
  return validateScoringProfile(input);
};

describe('ScoringProfile', () => {
  it('accepts a complete profile and applies the defaults', () => {
    const profile = parseScoringProfile(scoringProfileInput());
    expect(profile.weighting).toEqual({ type: 'direct' });
    expect(profile.ties).toEqual({ policy: 'min', tolerance: 1e-9 });
    expect(validateDocument(scoringProfileInput()).ok).toBe(true);
  });

  it('names unknown and repeated criteria, with the closest built-in one', () => {
    const result = check((input) => {
      input.criteria[1] = { id: 'need-severty', weight: 1 } as never;
      input.criteria[2] = { id: 'need-severity', weight: 1 };
    });
    expect(findings(result)).toEqual([
      ['profile/duplicate-criterion', '/criteria/2/id'],
      ['profile/unknown-criterion', '/criteria/1/id'],
    ]);
    expect(result.ok || result.issues[1]?.hint).toBe('Did you mean "need-severity"?');
  });

  it('checks the fields and directions of the profile’s own criteria', () => {
    const result = check((input) => {
      input.criteria[4] = { id: 'gender', field: 'estimates.scores.gender', weight: 1 } as never;
      input.criteria.push({ id: 'money', field: 'budget.amout', direction: 'cost', weight: 1 });
      input.criteria.push({ id: 'risk2', field: 'risk', direction: 'cost', weight: 1 } as never);
      input.criteria[3] = { id: 'risk', field: 'estimates.risk', weight: 1 } as never;
    });
    expect(findings(result)).toEqual([
      ['profile/invalid-field', '/criteria/3/field'],
      ['profile/invalid-field', '/criteria/4'],
      ['profile/invalid-field', '/criteria/5/field'],
      ['profile/invalid-field', '/criteria/6/field'],
    ]);
    expect(result.ok || result.issues[2]?.hint).toBe('Did you mean "budget.amount"?');
  });

  it('needs every weight with direct weighting, and not all zero', () => {
    expect(
      findings(check((input) => delete (input.criteria[0] as { weight?: number }).weight)),
    ).toEqual([['profile/weighting', '/criteria/0']]);
    expect(
      findings(
        check((input) => {
          for (const criterion of input.criteria) criterion.weight = 0;
        }),
      ),
    ).toEqual([['profile/weighting', '/criteria']]);
  });

  it('checks AHP judgements are square, with a unit diagonal, and reciprocal', () => {
    const ahp = (judgements: number[][]) =>
      check((input) => {
        input.criteria = [{ id: 'need-severity' }, { id: 'risk' }, { id: 'feasibility' }] as never;
        input.weighting = { type: 'ahp', judgements };
      });
    const good = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    expect(findings(ahp(good))).toEqual([]);
    expect(findings(ahp(good.slice(0, 2)))).toEqual([
      ['profile/weighting', '/weighting/judgements'],
    ]);
    const broken = good.map((row) => [...row]);
    broken[2]![0] = 5;
    broken[1]![1] = 2;
    expect(findings(ahp(broken))).toEqual([
      ['profile/weighting', '/weighting/judgements/2/0'],
      ['profile/weighting', '/weighting/judgements/1/1'],
    ]);
  });

  it('checks that a rank order lists every criterion once', () => {
    const order = (ids: string[]) =>
      check((input) => {
        input.criteria = [{ id: 'need-severity' }, { id: 'risk' }] as never;
        input.weighting = { type: 'rank-order', order: ids };
      });
    expect(findings(order(['risk', 'need-severity']))).toEqual([]);
    expect(findings(order(['risk']))).toEqual([['profile/weighting', '/weighting/order']]);
    expect(findings(order(['risk', 'need-severity', 'risk']))).toEqual([
      ['profile/weighting', '/weighting/order'],
    ]);
    expect(findings(order(['risk', 'need-severity', 'cost']))).toEqual([
      ['profile/weighting', '/weighting/order/2'],
    ]);
  });

  it('checks PROMETHEE thresholds and warns about settings the method does not use', () => {
    const result = check((input) => {
      input.method = { name: 'promethee-ii', preference: { type: 'linear', q: 2, p: 1 } } as never;
      (input.criteria[0] as Record<string, unknown>)['preference'] = { type: 'gaussian' };
      (input.criteria[1] as Record<string, unknown>)['preference'] = { type: 'v-shape', p: 1 };
    });
    expect(findings(result)).toEqual([
      ['profile/preference-thresholds', '/method/preference'],
      ['profile/preference-thresholds', '/criteria/0/preference'],
    ]);
    const unused = check((input) => {
      input.method = { name: 'topsis', v: 0.3 } as never;
      input.weighting = { type: 'equal' };
    });
    expect(unused.ok).toBe(true);
    expect(findings(unused).map(([, pointer]) => pointer)).toEqual([
      '/method/v',
      '/criteria/0/weight',
      '/criteria/1/weight',
      '/criteria/2/weight',
      '/criteria/3/weight',
      '/criteria/4/weight',
    ]);
  });
});
