import { describe, expect, it } from 'vitest';
import { parseNeedsAssessment } from '@itu-aicb/core';
import type { ScoringProfile, ScoringProfileInput } from '@itu-aicb/core';
import { ScoringError, prioritizeMeasures } from '../index.js';
import { ahpWeights } from '../weights/ahp.js';
import { criticWeights } from '../weights/critic-weights.js';
import { entropyWeights } from '../weights/entropy-weights.js';
import { standardDeviationWeights } from '../weights/standard-deviation-weights.js';
import { resolveCriteria } from './derive-criteria.js';
import { weighCriteria } from './weigh-criteria.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';
import { needsAssessmentInput } from '../../../core/test/fixtures.js';
import { plan, profile } from '../../test/plans.js';

const estimates = (feasibility: number, risk: number) => ({
  estimates: { beneficiaries: 100, feasibility, risk },
});

const twoCriteria = (method: ScoringProfileInput['method']) =>
  profile({
    method,
    criteria: [
      { id: 'feasibility', weight: 1 },
      { id: 'risk', weight: 1 },
    ],
  });

const asOfHead = (date: string, source: string) =>
  `LDC, LLDC and SIDS memberships are read on ${date}, ${source}.`;
const uncertainTail = (list: string) =>
  ` Uncertain on that date and counted as members, since no graduation is assumed before it is decided: ${list}.`;

describe('prioritizeMeasures: the as-of date', () => {
  const run = (asOf: string) => () =>
    prioritizeMeasures({
      plan: plan([
        { id: 'A', ...estimates(4, 2) },
        { id: 'B', ...estimates(3, 3) },
      ]),
      profile: twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
      asOf,
    });

  it.each(['2026-1-01', '+012026-01', '2026-02-30', 'x2026-01-01', '2026-01-011'])(
    'refuses %j with invalid-option naming it',
    (asOf) => {
      expect(run(asOf)).toThrow(
        expect.objectContaining({
          code: 'invalid-option',
          message: `asOf must be a YYYY-MM-DD date, not "${asOf}".`,
        }),
      );
    },
  );

  it('lists uncertain memberships of target and assessed countries, sorted by code', () => {
    const bangladesh = parseNeedsAssessment({
      ...needsAssessmentInput(),
      id: 'na-bgd',
      scope: { type: 'country', country: 'BGD' },
    });
    const asia = parseNeedsAssessment({
      ...needsAssessmentInput(),
      id: 'na-asp',
      scope: { type: 'region', region: 'ASP' },
    });
    const notes = (targets: readonly (readonly string[])[], assessments = [bangladesh, asia]) =>
      prioritizeMeasures({
        plan: plan(
          targets.map((targetCountries, i) => ({
            id: `M${i}`,
            targetCountries,
            ...estimates(4 - i, 2 + i),
          })),
        ),
        profile: twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
        assessments,
        asOf: '2030-01-01',
      }).notes[0];
    // KHM is uncertain as an LDC on 2030-01-01 (outcome pending), BGD too (event unconfirmed).
    expect(notes([['KHM'], ['ETH']])).toBe(
      asOfHead('2030-01-01', 'the date asked for') +
        uncertainTail('BGD (ldc: unconfirmed-event); KHM (ldc: outcome-pending)'),
    );
    expect(notes([['KHM'], ['BGD']], [asia])).toBe(
      asOfHead('2030-01-01', 'the date asked for') +
        uncertainTail('BGD (ldc: unconfirmed-event); KHM (ldc: outcome-pending)'),
    );
    expect(notes([['ETH'], ['RWA']], [asia])).toBe(asOfHead('2030-01-01', 'the date asked for'));
  });

  it('joins the uncertain groups of one country with commas', () => {
    // Before the groups' records start, every group is uncertain.
    const notes = prioritizeMeasures({
      plan: plan([
        { id: 'A', targetCountries: ['KEN'], ...estimates(4, 2) },
        { id: 'B', targetCountries: ['ETH'], ...estimates(3, 3) },
      ]),
      profile: twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
      asOf: '2020-06-30',
    }).notes[0];
    expect(notes).toBe(
      asOfHead('2020-06-30', 'the date asked for') +
        uncertainTail(
          'ETH (ldc: before-record, lldc: before-record, sids: before-record); KEN (ldc: before-record, lldc: before-record, sids: before-record)',
        ),
    );
  });
});

describe('prioritizeMeasures: minimum completeness', () => {
  const rank = (minimumCompleteness: number) =>
    prioritizeMeasures({
      plan: plan([
        { id: 'A', estimates: { beneficiaries: 100, feasibility: 4 } },
        { id: 'B', ...estimates(3, 3) },
        { id: 'C', ...estimates(5, 4) },
      ]),
      profile: {
        ...twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
        minimumCompleteness,
      },
    });

  it('ranks a measure whose measured share equals the minimum, and adds no note', () => {
    const result = rank(0.5);
    expect(result.incomplete).toEqual([]);
    expect(result.rows).toEqual(['A', 'B', 'C']);
    expect(result.notes.filter((note) => note.includes('listed apart'))).toEqual([]);
    expect(result.ranking.find((r) => r.measureId === 'A')?.completeness).toEqual({
      criteria: 2,
      measured: 1,
      filled: 1,
      share: 0.5,
    });
  });

  it('counts a profile typed without criteria as complete, so it reaches the weights', () => {
    const base = twoCriteria({ name: 'weighted-sum', normalization: 'min-max' });
    expect(() =>
      prioritizeMeasures({
        plan: plan([
          { id: 'A', ...estimates(4, 2) },
          { id: 'B', ...estimates(3, 3) },
        ]),
        profile: { ...base, criteria: [], minimumCompleteness: 1 },
      }),
    ).toThrow(expect.objectContaining({ code: 'zero-weights' }));
  });

  it('sets it apart just above that share', () => {
    const result = rank(0.51);
    expect(result.incomplete.map((entry) => entry.measureId)).toEqual(['A']);
    expect(result.notes).toContain(
      '1 measure has fewer than 51% of the criteria measured and is listed apart as not enough data to rank.',
    );
  });
});

describe('prioritizeMeasures: notes on rates and constant criteria', () => {
  it('notes each currency without a rate, sorted by code', () => {
    const budget = (currency: string) => ({ budget: { amount: 1000, currency } });
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', ...budget('USD') },
        { id: 'B', ...budget('USD') },
        { id: 'C', ...budget('GBP') },
        { id: 'D', ...budget('EUR') },
        { id: 'E', ...budget('GBP') },
      ]),
      profile: profile({
        method: { name: 'weighted-sum', normalization: 'min-max' },
        criteria: [
          { id: 'cost-per-beneficiary', weight: 1 },
          { id: 'feasibility', weight: 1 },
        ],
      }),
    });
    const noRate = (currency: string, measures: number) =>
      `The scoring profile gives no exchange rate from ${currency} to USD, so the cost per beneficiary of ${measures} measure${measures === 1 ? '' : 's'} budgeted in ${currency} is missing; add it under \`currency.rates\`.`;
    expect(result.notes.filter((note) => note.includes('exchange rate'))).toEqual([
      noRate('EUR', 1),
      noRate('GBP', 2),
    ]);
  });

  it('names the criteria every measure shares under VIKOR only', () => {
    const rows = plan([
      { id: 'A', ...estimates(4, 2) },
      { id: 'B', ...estimates(4, 3) },
      { id: 'C', ...estimates(4, 4) },
    ]);
    const constantNotes = (name: 'vikor' | 'topsis') =>
      prioritizeMeasures({ plan: rows, profile: twoCriteria({ name }) }).notes.filter((note) =>
        note.startsWith('Every measure has the same value'),
      );
    expect(constantNotes('vikor')).toEqual([
      'Every measure has the same value on Feasibility; VIKOR leaves that criterion out of S and R.',
    ]);
    expect(constantNotes('topsis')).toEqual([]);
    const varied = prioritizeMeasures({
      plan: plan([
        { id: 'A', ...estimates(4, 2) },
        { id: 'B', ...estimates(3, 3) },
      ]),
      profile: twoCriteria({ name: 'vikor' }),
    });
    expect(varied.notes.filter((note) => note.startsWith('Every measure'))).toEqual([]);
  });
});

describe('prioritizeMeasures: errors and results', () => {
  it('names the criterion and measure of a method error and keeps its row and column', () => {
    let caught: unknown;
    try {
      prioritizeMeasures({
        plan: plan([
          { id: 'A', ...estimates(4, 2) },
          { id: 'B', ...estimates(3, 3), mandates: [], sdgTargets: [] },
        ]),
        profile: profile({
          method: { name: 'weighted-product' },
          criteria: [
            { id: 'feasibility', weight: 1 },
            { id: 'alignment', weight: 1 },
          ],
        }),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    const error = caught as ScoringError;
    expect(error.message).toMatch(/ \(criterion alignment, measure B\)$/);
    expect(error.row).toBe(1);
    expect(error.column).toBe(1);
    expect(error.cause).toBeInstanceOf(ScoringError);
  });

  it('passes an error that names no place on unchanged', () => {
    const base = twoCriteria({ name: 'weighted-sum', normalization: 'min-max' });
    let caught: unknown;
    try {
      prioritizeMeasures({
        plan: plan([
          { id: 'A', ...estimates(4, 2) },
          { id: 'B', ...estimates(3, 3) },
        ]),
        profile: {
          ...base,
          weighting: { type: 'rank-order', order: ['risk'], scheme: 'centroid' },
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    const error = caught as ScoringError;
    expect(error.code).toBe('invalid-option');
    expect(error.message).toBe('The rank order does not list the criterion "feasibility".');
    expect([error.row, error.column]).toEqual([undefined, undefined]);
  });

  it('notes AHP judgements above the profile limit, naming that limit', () => {
    const judgements = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', ...estimates(4, 2), targetCountries: ['ETH'] },
        { id: 'B', ...estimates(3, 3), targetCountries: ['ETH', 'RWA'] },
      ]),
      profile: profile({
        method: { name: 'weighted-sum', normalization: 'min-max' },
        criteria: [
          { id: 'feasibility', weight: 1 },
          { id: 'risk', weight: 1 },
          { id: 'country-count', field: 'targetCountries', direction: 'benefit', weight: 1 },
        ],
        weighting: { type: 'ahp', judgements, maxConsistencyRatio: 0.05 },
      }),
    });
    const ratio = ahpWeights(judgements).consistencyRatio;
    expect(result.notes).toContain(
      `The AHP judgements are inconsistent: CR = ${ratio.toFixed(3)} is above 0.05; review them.`,
    );
    expect(result.consistency?.acceptable).toBe(false);
  });

  it('leaves out consistency without AHP, and missing for measured values', () => {
    const result = prioritizeMeasures({
      plan: plan([
        { id: 'A', ...estimates(4, 2) },
        { id: 'B', ...estimates(3, 3) },
      ]),
      profile: twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
    });
    expect(Object.keys(result)).not.toContain('consistency');
    for (const entry of result.ranking)
      for (const value of entry.values) expect(Object.keys(value)).not.toContain('missing');
  });

  it('orders tied measures in plan order', () => {
    const result = prioritizeMeasures({
      plan: plan(['A', 'B', 'C', 'D'].map((id) => ({ id, ...estimates(4, 2) }))),
      profile: twoCriteria({ name: 'weighted-sum', normalization: 'min-max' }),
    });
    expect(result.ranking.map((r) => [r.measureId, r.rank])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
      ['D', 1],
    ]);
  });
});

describe('weighCriteria', () => {
  const speech = { wording: englishPrioritizeWording, language: 'en' as const };
  const base = profile({
    method: { name: 'weighted-sum', normalization: 'min-max' },
    criteria: [
      { id: 'feasibility', weight: 3 },
      { id: 'risk', weight: 1 },
      { id: 'country-count', field: 'targetCountries', direction: 'benefit', weight: 4 },
    ],
  });
  const criteria = resolveCriteria(base, speech);
  const matrix = [
    [4, 2, 1],
    [3, 5, 2],
    [5, 4, 7],
    [1, 3, 2],
  ];
  const directions = criteria.map((criterion) => criterion.direction);
  const weigh = (weighting: ScoringProfile['weighting']) =>
    weighCriteria({ ...base, weighting }, criteria, matrix, directions);

  it('scales direct weights and splits equal ones', () => {
    expect(weigh({ type: 'direct' }).weights).toEqual([3 / 8, 1 / 8, 4 / 8]);
    expect(weigh({ type: 'equal' }).weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('takes ranks from the order, with its scheme', () => {
    // Ranks feasibility 2, risk 3, country-count 1. Sum: (n - r + 1) / 6; centroid: ROC.
    expect(
      weigh({ type: 'rank-order', order: ['country-count', 'feasibility', 'risk'], scheme: 'sum' })
        .weights,
    ).toEqual([2 / 6, 1 / 6, 3 / 6]);
    const centroid = weigh({
      type: 'rank-order',
      order: ['country-count', 'feasibility', 'risk'],
      scheme: 'centroid',
    }).weights;
    [(1 / 2 + 1 / 3) / 3, 1 / 3 / 3, (1 + 1 / 2 + 1 / 3) / 3].forEach((w, j) => {
      expect(centroid[j]).toBeCloseTo(w, 12);
    });
  });

  it('computes objective weights with their own method', () => {
    const entropy = weigh({ type: 'entropy' }).weights;
    const critic = weigh({ type: 'critic' }).weights;
    const deviation = weigh({ type: 'standard-deviation' }).weights;
    expect(entropy).toEqual(entropyWeights(matrix));
    expect(critic).toEqual(criticWeights(matrix, { directions }));
    expect(deviation).toEqual(standardDeviationWeights(matrix));
    expect(new Set([entropy, critic, deviation].map((w) => JSON.stringify(w))).size).toBe(3);
  });

  it('reads the AHP random-index table and accepts a ratio equal to the limit', () => {
    const judgements = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const ratio = ahpWeights(judgements, { randomIndex: 'alonso-lamata-2006' }).consistencyRatio;
    const at = (maxConsistencyRatio: number) =>
      weigh({ type: 'ahp', judgements, randomIndex: 'alonso-lamata-2006', maxConsistencyRatio })
        .consistency;
    expect(at(ratio)).toMatchObject({
      consistencyRatio: ratio,
      randomIndex: { table: 'alonso-lamata-2006' },
      acceptable: true,
    });
    expect(at(ratio / 2)?.acceptable).toBe(false);
  });
});
