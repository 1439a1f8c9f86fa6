import { describe, expect, it } from 'vitest';
import { parseNeedsAssessment } from '@itu-aicb/core';
import type { ScoringProfileInput } from '@itu-aicb/core';
import { ScoringError, prioritizeMeasures, topsis } from '../index.js';
import { needsAssessmentInput } from '../../../core/test/fixtures.js';
import { plan, profile } from '../../test/plans.js';

const nepal = parseNeedsAssessment({
  ...needsAssessmentInput(),
  id: 'na-npl',
  scope: { type: 'country', country: 'NPL' },
  maturityTier: 0,
  pillars: { talent: { current: 2, target: 4 } },
  priorityNeeds: [],
});
const ethiopia = parseNeedsAssessment(needsAssessmentInput());

const estimates = (feasibility: number | undefined, risk: number) => ({
  estimates: { beneficiaries: 100, ...(feasibility === undefined ? {} : { feasibility }), risk },
});
const threeMeasures = plan([
  { id: 'A', ...estimates(4, 2) },
  { id: 'B', ...estimates(3, 3) },
  { id: 'C', ...estimates(5, 4) },
]);
const feasibilityAndRisk = profile({
  method: { name: 'weighted-sum', normalization: 'min-max' },
  criteria: [
    { id: 'feasibility', weight: 1 },
    { id: 'risk', weight: 1 },
  ],
});

describe('prioritizeMeasures: criteria', () => {
  it('derives need severity as the sum of gaps weighted by (5 - tier) / 5', () => {
    // ETH (tier 1): talent 1 -> 3, compute 0.5 -> 2; NPL (tier 0): talent 2 -> 4.
    // A: talent in ETH and NPL = 2 * 0.8 + 2 * 1 = 3.6. C: talent and compute in ETH =
    // 2 * 0.8 + 1.5 * 0.8 = 2.8. B: data in NPL, which is not assessed: missing.
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', pillars: ['talent'], targetCountries: ['ETH', 'NPL'] },
        { id: 'B', pillars: ['data'], targetCountries: ['NPL'] },
        { id: 'C', pillars: ['talent', 'compute'], targetCountries: ['ETH'] },
      ]),
      assessments: [ethiopia, nepal],
      profile: profile({
        method: { name: 'weighted-sum' },
        criteria: [
          { id: 'need-severity', weight: 1 },
          { id: 'vulnerable-reach', weight: 1 },
        ],
      }),
    });
    const byId = Object.fromEntries(result.ranking.map((r) => [r.measureId, r.values]));
    expect(byId['A']?.[0]?.raw).toBeCloseTo(3.6, 12);
    expect(byId['C']?.[0]?.raw).toBeCloseTo(2.8, 12);
    expect(byId['B']?.[0]).toMatchObject({
      raw: null,
      value: expect.closeTo(2.8, 12) as number,
      filled: 'worst',
      missing: 'no assessment covers its countries and pillars',
    });
    expect([byId['A']?.[1]?.raw, byId['B']?.[1]?.raw, byId['C']?.[1]?.raw]).toEqual([2, 1, 1]);
    expect(result.notes.slice(1)).toEqual([
      '1 missing value was filled with the worst value of the other measures; each is flagged.',
    ]);
  });

  it('counts LDC, LLDC and SIDS reach once per country, and reads fields of the profile’s own', () => {
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', targetCountries: ['ETH', 'KEN', 'FJI'] },
        { id: 'B', targetCountries: ['KEN'] },
      ]),
      profile: profile({
        method: { name: 'weighted-sum' },
        criteria: [
          { id: 'vulnerable-reach', weight: 1 },
          { id: 'countries', field: 'targetCountries', direction: 'benefit', weight: 1 },
          { id: 'gender', field: 'estimates.scores.gender', direction: 'benefit', weight: 1 },
        ],
        missingData: 'median',
      }),
    });
    const [first, second] = result.ranking;
    expect(first?.values.map((v) => v.raw)).toEqual([2, 3, null]);
    expect(second?.values.map((v) => v.raw)).toEqual([0, 1, null]);
    expect(result.notes[1]).toBe('No measure has a value for gender; it cannot change the order.');
  });

  it('compares costs per beneficiary in the profile’s currency, and flags a missing rate', () => {
    const measures = plan([
      { id: 'A', budget: { amount: 400000, currency: 'USD', secured: 0 } },
      {
        id: 'B',
        budget: { amount: 300000, currency: 'CHF', secured: 0 },
        estimates: { beneficiaries: 300 },
      },
    ]);
    const costs = (currency?: ScoringProfileInput['currency']) =>
      prioritizeMeasures({
        plan: measures,
        profile: profile({
          method: { name: 'weighted-sum' },
          criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
          ...(currency === undefined ? {} : { currency }),
        }),
      }).ranking.map((r) => [r.measureId, r.values[0]?.raw, r.values[0]?.missing]);
    // A: 400,000 / 2,000 = 200 USD. B: 300,000 CHF / 300 = 1,000 CHF = 1,120 USD at 1.12.
    expect(costs({ code: 'USD', rates: { CHF: 1.12 } })).toEqual([
      ['A', 200, undefined],
      ['B', 1120.0000000000002, undefined],
    ]);
    expect(costs()).toEqual([
      ['A', 200, undefined],
      ['B', null, 'no exchange rate from CHF to USD'],
    ]);
  });
});

describe('prioritizeMeasures: ranking and explanation', () => {
  it('ranks a hand-computed weighted sum and gives exact contributions', () => {
    // min-max: feasibility A (4-3)/2 = 0.5, B 0, C 1; risk (cost) A (4-2)/2 = 1, B 0.5, C 0.
    // Scores with weights 0.5, 0.5: A 0.75, B 0.25, C 0.5.
    const result = prioritizeMeasures({ plan: threeMeasures, profile: feasibilityAndRisk });
    expect(result.ranking.map((r) => [r.measureId, r.rank, r.score])).toEqual([
      ['A', 1, 0.75],
      ['C', 2, 0.5],
      ['B', 3, 0.25],
    ]);
    expect(result.ranking[0]?.values.map((v) => v.contribution)).toEqual([0.25, 0.5]);
    expect(result.criteria.map((c) => [c.id, c.direction, c.weight])).toEqual([
      ['feasibility', 'benefit', 0.5],
      ['risk', 'cost', 0.5],
    ]);
    expect(result.ranking.map((r) => r.reason)).toEqual([
      'ranked 1st of 3. Strengths: lowest risk (2/5); weaknesses: none stands out.',
      'ranked 2nd of 3. Strengths: most feasible (5/5); weaknesses: highest risk (4/5).',
      'ranked 3rd of 3. Strengths: none stands out; weaknesses: least feasible (3/5).',
    ]);
  });

  it('applies the missing-data policy: worst, median, exclude or fail', () => {
    const measures = plan([
      { id: 'A', ...estimates(4, 2) },
      { id: 'B', ...estimates(undefined, 3) },
      { id: 'C', ...estimates(5, 4) },
    ]);
    const run = (missingData: 'worst' | 'median' | 'exclude' | 'fail') =>
      prioritizeMeasures({ plan: measures, profile: { ...feasibilityAndRisk, missingData } });
    const filled = (missingData: 'worst' | 'median') =>
      run(missingData).ranking.find((r) => r.measureId === 'B')?.values[0];
    expect(filled('worst')).toMatchObject({ raw: null, value: 4, filled: 'worst' });
    expect(filled('median')).toMatchObject({ raw: null, value: 4.5, filled: 'median' });
    const excluded = run('exclude');
    expect(excluded.ranking.map((r) => r.measureId)).toEqual(['A', 'C']);
    expect(excluded.excluded).toEqual([
      {
        measureId: 'B',
        title: 'Measure B',
        titleLanguage: 'en',
        missing: ['Feasibility: no estimates.feasibility'],
      },
    ]);
    expect(() => run('fail')).toThrow(expect.objectContaining({ code: 'missing-value', row: 1 }));
  });

  it('runs the method the profile names on the matrix it reports', () => {
    const result = prioritizeMeasures({
      plan: threeMeasures,
      profile: { ...feasibilityAndRisk, method: { name: 'topsis' } },
    });
    const direct = topsis(result.matrix as number[][], {
      weights: [1, 1],
      directions: ['benefit', 'cost'],
    });
    expect(result.details.scores).toEqual(direct.scores);
    expect(result.matrix).toEqual([
      [4, 2],
      [3, 3],
      [5, 4],
    ]);
  });

  it('decomposes PROMETHEE II net flows and SPOTIS distances exactly by criterion', () => {
    for (const name of ['promethee-ii', 'spotis'] as const) {
      const result = prioritizeMeasures({
        plan: threeMeasures,
        profile: { ...feasibilityAndRisk, method: { name } },
      });
      for (const entry of result.ranking) {
        const sum = entry.values.reduce((total, v) => total + v.contribution, 0);
        expect(sum).toBeCloseTo(entry.score, 12);
      }
    }
  });

  it('sets weights from a rank order or AHP judgements and reports the consistency', () => {
    const byOrder = prioritizeMeasures({
      plan: threeMeasures,
      profile: profile({
        method: { name: 'weighted-sum' },
        criteria: [{ id: 'feasibility' }, { id: 'risk' }],
        weighting: { type: 'rank-order', order: ['risk', 'feasibility'] },
      }),
    });
    // Rank-order centroid for two criteria: (1 + 1/2) / 2 = 0.75 and (1/2) / 2 = 0.25.
    expect(byOrder.criteria.map((c) => c.weight)).toEqual([0.25, 0.75]);
    const byAhp = prioritizeMeasures({
      plan: threeMeasures,
      profile: profile({
        method: { name: 'weighted-sum' },
        criteria: [{ id: 'feasibility' }, { id: 'risk' }],
        weighting: {
          type: 'ahp',
          judgements: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      }),
    });
    expect(byAhp.criteria.map((c) => c.weight)).toEqual([0.75, 0.25]);
    expect(byAhp.consistency).toMatchObject({ consistencyRatio: 0, acceptable: true });
  });

  it('names the criterion and measure when the method cannot take the values', () => {
    const result = () =>
      prioritizeMeasures({
        plan: plan([
          { id: 'A', mandates: [], sdgTargets: [] },
          { id: 'B', mandates: ['res-214'] },
        ]),
        profile: profile({
          method: { name: 'weighted-product' },
          criteria: [{ id: 'alignment', weight: 1 }],
        }),
      });
    expect(result).toThrow(ScoringError);
    expect(result).toThrow(/criterion alignment, measure A/);
  });

  it('needs two measures to rank', () => {
    expect(() =>
      prioritizeMeasures({ plan: plan([{ id: 'A' }]), profile: feasibilityAndRisk }),
    ).toThrow(expect.objectContaining({ code: 'too-few-alternatives' }));
  });

  it('gives the same ranking whatever the order of the measures', () => {
    const reversed = plan([
      { id: 'C', ...estimates(5, 4) },
      { id: 'B', ...estimates(3, 3) },
      { id: 'A', ...estimates(4, 2) },
    ]);
    for (const name of ['topsis', 'vikor', 'promethee-ii', 'copras'] as const) {
      const p = { ...feasibilityAndRisk, method: { name } };
      const forward = prioritizeMeasures({ plan: threeMeasures, profile: p }).ranking;
      const backward = prioritizeMeasures({ plan: reversed, profile: p }).ranking;
      expect(backward.map((r) => [r.measureId, r.rank])).toEqual(
        forward.map((r) => [r.measureId, r.rank]),
      );
      backward.forEach((r, i) => {
        expect(r.score).toBeCloseTo(forward[i]?.score ?? Number.NaN, 12);
      });
    }
  });
});

describe('prioritizeMeasures: targets, as-of date and completeness', () => {
  const reachProfile = profile({
    method: { name: 'weighted-sum' },
    criteria: [
      { id: 'need-severity', weight: 1 },
      { id: 'vulnerable-reach', weight: 1 },
      { id: 'feasibility', weight: 1 },
    ],
  });
  const untargeted = { targetCountries: [], targetRegions: [] };

  it('treats a measure without targets as missing data, and one marked global as reaching all', () => {
    const result = (global: boolean | undefined) =>
      prioritizeMeasures({
        plan: plan([
          { id: 'A', targetCountries: ['ETH'], ...estimates(3, 2) },
          {
            id: 'B',
            ...untargeted,
            ...(global === undefined ? {} : { global }),
            ...estimates(4, 2),
          },
        ]),
        assessments: [ethiopia, nepal],
        profile: reachProfile,
      });
    const b = (global: boolean | undefined) =>
      result(global).ranking.find((r) => r.measureId === 'B');
    // Without targets, B's need and reach are unknown and filled with A's (the worst of the others).
    expect(b(undefined)?.values.slice(0, 2)).toMatchObject([
      {
        raw: null,
        filled: 'worst',
        missing: 'no target countries or regions, and not marked global',
      },
      {
        raw: null,
        filled: 'worst',
        missing: 'no target countries or regions, and not marked global',
      },
    ]);
    expect(b(undefined)?.completeness).toEqual({
      criteria: 3,
      measured: 1,
      filled: 2,
      share: 1 / 3,
    });
    expect(b(false)?.values[1]?.raw).toBeNull();
    // Marked global, B addresses both assessed countries: ETH and NPL, both LDCs in 2026.
    expect(b(true)?.values[1]?.raw).toBe(2);
    expect(b(true)?.completeness.measured).toBe(3);
  });

  it('reads LDC membership on the as-of date, counting and flagging an uncertain one', () => {
    const run = (asOf?: string) =>
      prioritizeMeasures({
        plan: plan([
          { id: 'A', targetCountries: ['BGD'] },
          { id: 'B', targetCountries: ['KEN'] },
        ]),
        profile: profile({
          method: { name: 'weighted-sum' },
          criteria: [{ id: 'vulnerable-reach', weight: 1 }],
        }),
        ...(asOf === undefined ? {} : { asOf }),
      });
    // Default: the plan period's start (2026-01-01), when Bangladesh is an LDC.
    const before = run();
    expect(before.asOf).toEqual({ date: '2026-01-01', source: 'plan-period-start' });
    expect(before.ranking[0]?.values[0]).toMatchObject({ criterion: 'vulnerable-reach', raw: 1 });
    expect(before.notes[0]).toBe(
      "LDC, LLDC and SIDS memberships are read on 2026-01-01, the start of the plan's period.",
    );
    expect(run('2026-11-23').ranking[0]?.reason).toContain(
      'reaches one LDC, LLDC or SIDS on 2026-11-23',
    );
    // After 2026-11-24 the graduation awaits the General Assembly's decision: counted, flagged.
    const after = run('2026-12-01');
    expect(after.asOf).toEqual({ date: '2026-12-01', source: 'option' });
    expect(after.ranking[0]?.measureId).toBe('A');
    expect(after.ranking[0]?.values[0]?.raw).toBe(1);
    expect(after.ranking[0]?.reason).toContain('on 2026-12-01, 1 of them uncertain');
    expect(after.notes[0]).toContain('BGD (ldc: outcome-pending');
    expect(() => run('2026-02-30')).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it('keeps Bhutan in reach after its LDC graduation on 2023-12-13, as an LLDC', () => {
    const reach = (asOf: string) =>
      prioritizeMeasures({
        plan: plan([
          { id: 'A', targetCountries: ['BTN', 'BGD'] },
          { id: 'B', targetCountries: ['KEN'] },
        ]),
        profile: profile({
          method: { name: 'weighted-sum' },
          criteria: [{ id: 'vulnerable-reach', weight: 1 }],
        }),
        asOf,
      }).ranking[0]?.values[0]?.raw;
    expect(reach('2023-12-12')).toBe(2);
    expect(reach('2023-12-14')).toBe(2);
  });

  it('lists a measure below the profile minimum apart as not enough data to rank', () => {
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', targetCountries: ['ETH'], ...estimates(3, 2) },
        { id: 'B', targetCountries: ['NPL'], ...estimates(4, 3) },
        { id: 'C', ...untargeted, ...estimates(5, 1) },
      ]),
      assessments: [ethiopia, nepal],
      profile: { ...reachProfile, minimumCompleteness: 0.5 },
    });
    expect(result.ranking.map((r) => [r.measureId, r.completeness.measured])).toEqual([
      ['B', 3],
      ['A', 3],
    ]);
    expect(result.incomplete).toEqual([
      {
        measureId: 'C',
        title: 'Measure C',
        titleLanguage: 'en',
        completeness: { criteria: 3, measured: 1, filled: 2, share: 1 / 3 },
        missing: [
          'Need severity addressed: no target countries or regions, and not marked global',
          'Reach to LDCs, LLDCs and SIDS: no target countries or regions, and not marked global',
        ],
      },
    ]);
    expect(result.notes).toContain(
      '1 measure has fewer than 50% of the criteria measured and is listed apart as not enough data to rank.',
    );
  });

  it('judges strengths on quartiles, so that one outlier does not make a high cost low', () => {
    // Costs per beneficiary 10, 20, ..., 70 and 1,000 (budget / 1,000 beneficiaries). On a
    // min-max scale 70 sits at 0.94 of the way to the best; among the measured values it is the
    // second highest, at or below the lower quartile of (negated) costs.
    const costs = [10, 20, 30, 40, 50, 60, 70, 1000];
    const result = prioritizeMeasures({
      plan: plan(
        costs.map((cost, i) => ({
          id: `M${i}`,
          budget: { amount: cost * 1000, currency: 'USD', secured: 0 },
          estimates: { beneficiaries: 1000 },
        })),
      ),
      profile: profile({
        method: { name: 'weighted-sum' },
        criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
      }),
    });
    const reason = (id: string) => result.ranking.find((r) => r.measureId === id)?.reason;
    expect(reason('M6')).toBe(
      'ranked 7th of 8. Strengths: none stands out; weaknesses: high cost per beneficiary (USD 70).',
    );
    expect(reason('M0')).toBe(
      'ranked 1st of 8. Strengths: lowest cost per beneficiary (USD 10); weaknesses: none stands out.',
    );
    expect(reason('M3')).toBe(
      'ranked 4th of 8. Strengths: none stands out; weaknesses: none stands out.',
    );
  });

  it('says what a score means under the method, for this run only', () => {
    const result = prioritizeMeasures({
      plan: threeMeasures,
      profile: { ...feasibilityAndRisk, method: { name: 'topsis' } },
    });
    expect(result.scoreMeaning).toMatch(/closeness to the ideal.*between 0.*and 1/);
    expect(result.scoreMeaning).toMatch(/Scores compare measures only within this run\.$/);
  });
});
