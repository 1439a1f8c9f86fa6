import { describe, expect, it } from 'vitest';
import { parseScoringProfile } from '@itu-aicb/core';
import { resolveCriteria } from './derive-criteria.js';
import { explainRank } from './explain.js';
import { spreadOf, standing } from './spread.js';
import { scoringProfileInput } from '../../../core/test/fixtures.js';

describe('spreadOf and standing', () => {
  it('has no spread without measured values', () => {
    expect(spreadOf([], 'benefit')).toBeUndefined();
  });

  it('counts a value on the quartile as a strength or a weakness', () => {
    // 1..5: lower quartile 2, median 3, upper quartile 4.
    const benefit = spreadOf([5, 1, 4, 2, 3], 'benefit')!;
    expect(benefit).toEqual({ lower: 2, median: 3, upper: 4, best: 5, worst: 1 });
    expect([1, 2, 3, 4, 5].map((x) => standing(x, 'benefit', benefit))).toEqual([
      'weakness',
      'weakness',
      undefined,
      'strength',
      'strength',
    ]);
    const cost = spreadOf([5, 1, 4, 2, 3], 'cost')!;
    expect([1, 2, 3, 4, 5].map((x) => standing(x, 'cost', cost))).toEqual([
      'strength',
      'strength',
      undefined,
      'weakness',
      'weakness',
    ]);
  });
});

describe('explainRank', () => {
  const ids = ['a', 'b', 'c', 'd', 'z', 'u', 'v', 's'];
  const criteria = resolveCriteria(
    parseScoringProfile({
      ...scoringProfileInput(),
      criteria: ids.map((id) => ({
        id,
        field: 'estimates.beneficiaries',
        direction: 'benefit',
        weight: 1,
      })),
    }),
  );
  const spread = spreadOf([1, 2, 3, 4, 5], 'benefit');
  const entry = (value: number, filled?: 'worst' | 'median') => ({
    value,
    normalized: 0,
    ...(filled === undefined ? {} : { filled }),
  });

  it('lists strengths and unknown values by weight, leaving out weightless criteria', () => {
    const reason = explainRank({
      rank: 1,
      total: 5,
      criteria,
      // a, b, c, d strong; z weak but weightless; u and v filled; s without a spread.
      weights: [0.1, 0.4, 0.2, 0.3, 0, 0.05, 0.15, 0.5],
      spreads: [spread, spread, spread, spread, spread, spread, spread],
      values: [
        entry(5),
        entry(5),
        entry(5),
        entry(5),
        entry(1),
        entry(1, 'worst'),
        entry(3, 'median'),
        entry(1),
      ],
      facts: [{}, {}, {}, {}, {}, {}, { missing: 'no value at estimates.v' }],
    });
    expect(reason).toBe(
      'ranked 1st of 5. Strengths: strong on b (5); strong on d (5); strong on c (5); weaknesses: none stands out; unknown: v (no value at estimates.v; counted as the median); u (missing; counted as the worst).',
    );
  });

  it('skips criteria beyond the values given', () => {
    const reason = explainRank({
      rank: 2,
      total: 2,
      criteria,
      weights: [0.5, 0.5],
      spreads: [spread, spread],
      values: [entry(1)],
      facts: [],
    });
    expect(reason).toBe('ranked 2nd of 2. Strengths: none stands out; weaknesses: weak on a (1).');
  });
});
