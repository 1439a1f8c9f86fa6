import { describe, expect, it } from 'vitest';
import {
  parseInitiativeCatalogue,
  parseNeedsAssessment,
  parseScoringProfile,
} from '@itu-aicb/core';
import type { ScoringProfileInput } from '@itu-aicb/core';
import { criterionContext } from '../derive-criteria.js';
import type { BuiltInCriterion, CriterionFacts } from './criterion.js';
import { coFinancing } from './co-financing.js';
import { costPerBeneficiary } from './cost-per-beneficiary.js';
import { feasibility } from './feasibility.js';
import { initiativeLeverage } from './initiative-leverage.js';
import { risk } from './risk.js';
import { timeToResults } from './time-to-results.js';
import { vulnerableReach } from './vulnerable-reach.js';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  scoringProfileInput,
} from '../../../../core/test/fixtures.js';
import type { MeasureSpec } from '../../../test/plans.js';
import { plan as planOf } from '../../../test/plans.js';

/** A plan of the fixture's first measure with the given fields changed, and its context. */
function setting(specs: readonly MeasureSpec[], edit: Partial<ScoringProfileInput> = {}) {
  const plan = planOf(specs);
  const context = (asOf = '2026-01-01') =>
    criterionContext({
      plan,
      profile: parseScoringProfile({ ...scoringProfileInput(), ...edit }),
      assessments: [
        parseNeedsAssessment(needsAssessmentInput()),
        parseNeedsAssessment({
          ...needsAssessmentInput(),
          id: 'na-afr',
          scope: { type: 'region', region: 'AFR' },
        }),
      ],
      catalogues: [parseInitiativeCatalogue(initiativeCatalogueInput())],
      asOf,
    });
  return { measures: plan.measures, context };
}

const phrases = (criterion: BuiltInCriterion, value: number, facts: CriterionFacts = {}) =>
  [
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ].map(([strong, extreme]) =>
    criterion.phrase({ value, facts, strong: strong!, extreme: extreme! }),
  );

describe('phrases of the built-in criteria', () => {
  it.each([
    [
      feasibility,
      4.2,
      {},
      [
        'most feasible (4.2/5)',
        'highly feasible (4.2/5)',
        'least feasible (4.2/5)',
        'less feasible (4.2/5)',
      ],
    ],
    [risk, 2, {}, ['lowest risk (2/5)', 'low risk (2/5)', 'highest risk (2/5)', 'high risk (2/5)']],
    [
      timeToResults,
      6,
      {},
      [
        'fastest first results (6 months)',
        'quick first results (6 months)',
        'slowest first results (6 months)',
        'slow first results (6 months)',
      ],
    ],
    [
      coFinancing,
      0.25,
      {},
      [
        '25% co-financing secured',
        '25% co-financing secured',
        'lowest co-financing (25% secured)',
        'low co-financing (25% secured)',
      ],
    ],
    [
      costPerBeneficiary,
      1234.4,
      { currency: 'USD' },
      [
        'lowest cost per beneficiary (USD 1,234)',
        'low cost per beneficiary (USD 1,234)',
        'highest cost per beneficiary (USD 1,234)',
        'high cost per beneficiary (USD 1,234)',
      ],
    ],
    [
      costPerBeneficiary,
      20,
      {},
      [
        'lowest cost per beneficiary (20)',
        'low cost per beneficiary (20)',
        'highest cost per beneficiary (20)',
        'high cost per beneficiary (20)',
      ],
    ],
    [
      initiativeLeverage,
      2,
      {},
      [
        'builds on 2 existing initiatives',
        'builds on 2 existing initiatives',
        'builds on only 2 existing initiatives',
        'builds on only 2 existing initiatives',
      ],
    ],
    [
      initiativeLeverage,
      0,
      {},
      [
        'builds on 0 existing initiatives',
        'builds on 0 existing initiatives',
        'builds on no existing initiative',
        'builds on no existing initiative',
      ],
    ],
    [
      vulnerableReach,
      1,
      { asOf: '2026-01-01' },
      [
        'reaches one LDC, LLDC or SIDS on 2026-01-01',
        'reaches one LDC, LLDC or SIDS on 2026-01-01',
        'reaches only one LDC, LLDC or SIDS on 2026-01-01',
        'reaches only one LDC, LLDC or SIDS on 2026-01-01',
      ],
    ],
    [
      vulnerableReach,
      3,
      { uncertainCountries: ['BGD ldc: unconfirmed-event'] },
      [
        'reaches 3 LDCs, LLDCs or SIDS on the as-of date, 1 of them uncertain',
        'reaches 3 LDCs, LLDCs or SIDS on the as-of date, 1 of them uncertain',
        'reaches only 3 LDCs, LLDCs or SIDS on the as-of date, 1 of them uncertain',
        'reaches only 3 LDCs, LLDCs or SIDS on the as-of date, 1 of them uncertain',
      ],
    ],
    [
      vulnerableReach,
      0,
      { asOf: '2026-01-01' },
      [
        'reaches 0 LDCs, LLDCs or SIDS on 2026-01-01',
        'reaches 0 LDCs, LLDCs or SIDS on 2026-01-01',
        'reaches no LDC, LLDC or SIDS on 2026-01-01',
        'reaches no LDC, LLDC or SIDS on 2026-01-01',
      ],
    ],
    [
      vulnerableReach,
      0,
      {},
      [
        'reaches 0 LDCs, LLDCs or SIDS on the as-of date',
        'reaches 0 LDCs, LLDCs or SIDS on the as-of date',
        'reaches no LDC, LLDC or SIDS on the as-of date',
        'reaches no LDC, LLDC or SIDS on the as-of date',
      ],
    ],
  ] as const)('phrase %#', (criterion, value, facts, expected) => {
    expect(phrases(criterion, value, facts)).toEqual(expected);
  });
});

describe('values of the built-in criteria', () => {
  it('reads the estimates, naming the one that is missing', () => {
    const { measures, context } = setting([
      { id: 'A' },
      { id: 'B', estimates: { beneficiaries: 10 } },
    ]);
    const values = measures.map((m) =>
      [feasibility, risk, timeToResults].map((c) => c.value(m, context())),
    );
    expect(values).toEqual([
      [
        { value: 4, facts: {} },
        { value: 2, facts: {} },
        { value: 6, facts: {} },
      ],
      [
        { value: undefined, facts: { missing: 'no estimates.feasibility' } },
        { value: undefined, facts: { missing: 'no estimates.risk' } },
        { value: undefined, facts: { missing: 'no estimates.monthsToFirstResults' } },
      ],
    ]);
  });

  it('divides the budget, at the profile’s rate, by the beneficiaries', () => {
    const { measures, context } = setting(
      [
        { id: 'A' },
        { id: 'B', budget: undefined },
        { id: 'C', estimates: { beneficiaries: 0 } },
        {
          id: 'D',
          budget: { amount: 1000, currency: 'EUR', secured: 0 },
          estimates: { beneficiaries: 100 },
        },
        { id: 'E', budget: { amount: 1000, currency: 'CHF', secured: 0 } },
      ],
      { currency: { code: 'USD', rates: { EUR: 1.1 } } },
    );
    expect(measures.map((m) => costPerBeneficiary.value(m, context()))).toEqual([
      { value: 200, facts: { currency: 'USD' } },
      { value: undefined, facts: { missing: 'no budget' } },
      { value: undefined, facts: { missing: 'no estimate of beneficiaries' } },
      { value: (1000 * 1.1) / 100, facts: { currency: 'USD' } },
      { value: undefined, facts: { missing: 'no exchange rate from CHF to USD' } },
    ]);
    expect(costPerBeneficiary.value(measures[0]!, { ...context(), currency: undefined })).toEqual({
      value: undefined,
      facts: { missing: 'no exchange rate from USD to a common currency' },
    });
    expect(costPerBeneficiary.value(measures[3]!, { ...context(), currency: undefined })).toEqual({
      value: undefined,
      facts: { missing: 'no exchange rate from EUR to a common currency' },
    });
  });

  it('takes the secured share of the budget, capped at one', () => {
    const { measures, context } = setting([
      { id: 'A' },
      { id: 'B', budget: undefined },
      { id: 'C', budget: { amount: 0, currency: 'USD', secured: 0 } },
    ]);
    expect(measures.map((m) => coFinancing.value(m, context()))).toEqual([
      { value: 0.375, facts: {} },
      { value: undefined, facts: { missing: 'no budget' } },
      { value: undefined, facts: { missing: 'no budget' } },
    ]);
  });

  it('counts the catalogued initiatives a measure builds on', () => {
    const { measures, context } = setting([
      { id: 'A', buildsOn: ['itu-academy', 'ai-for-good'] },
      { id: 'B', buildsOn: [] },
    ]);
    expect(measures.map((m) => initiativeLeverage.value(m, context()))).toEqual([
      { value: 2, facts: { initiatives: ['itu-academy', 'ai-for-good'] } },
      { value: 0, facts: { initiatives: [] } },
    ]);
  });

  it('counts the vulnerable countries reached, flagging uncertain ones', () => {
    const { measures, context } = setting([
      { id: 'A', targetCountries: ['BGD', 'ETH', 'KEN'] },
      { id: 'B', targetCountries: [], targetRegions: ['AFR'] },
      { id: 'C', targetCountries: ['KEN'] },
    ]);
    expect(measures.map((m) => vulnerableReach.value(m, context('2030-01-01')))).toEqual([
      {
        value: 2,
        facts: {
          vulnerableCountries: ['BGD', 'ETH'],
          asOf: '2030-01-01',
          uncertainCountries: ['BGD ldc: unconfirmed-event'],
        },
      },
      { value: 1, facts: { vulnerableCountries: ['ETH'], asOf: '2030-01-01' } },
      { value: 0, facts: { vulnerableCountries: [], asOf: '2030-01-01' } },
    ]);
  });

  it('names every uncertain group of an uncertain country', () => {
    // Before the groups' records start, every group is uncertain.
    const { measures, context } = setting([{ id: 'A', targetCountries: ['KEN'] }]);
    expect(vulnerableReach.value(measures[0]!, context('2020-06-30'))).toEqual({
      value: 1,
      facts: {
        vulnerableCountries: ['KEN'],
        asOf: '2020-06-30',
        uncertainCountries: ['KEN ldc: before-record, lldc: before-record, sids: before-record'],
      },
    });
  });
});
