import { describe, expect, it } from 'vitest';
import { parseNeedsAssessment, parseScoringProfile } from '@itu-aicb/core';
import type { NeedsAssessment } from '@itu-aicb/core';
import { criterionContext } from '../derive-criteria.js';
import {
  assessmentsAddressed,
  hasTargets,
  isVulnerable,
  latestAssessments,
  needGaps,
  vulnerability,
} from './assessments.js';
import type { NeedGap } from './criterion.js';
import { formatNumber, plural } from './criterion.js';
import { needSeverity } from './need-severity.js';
import { needsAssessmentInput, scoringProfileInput } from '../../../../core/test/fixtures.js';
import { plan as planOf } from '../../../test/plans.js';

const assessment = (id: string, edit: Record<string, unknown>): NeedsAssessment =>
  parseNeedsAssessment({ ...needsAssessmentInput(), id, ...edit });

describe('plural and formatNumber', () => {
  it.each([
    [1, 'country', '1 country'],
    [2, 'country', '2 countries'],
    [0, 'measure', '0 measures'],
    [1, 'measure', '1 measure'],
    [3, 'initiative', '3 initiatives'],
    [2, 'yes', '2 yess'],
  ])('plural(%d, %s) is %s', (n, word, text) => {
    expect(plural(n, word)).toBe(text);
  });

  it('rounds to the digits asked for, one by default', () => {
    expect(formatNumber(1234.5678)).toBe('1,234.6');
    expect(formatNumber(1.23456, 3)).toBe('1.235');
    expect(formatNumber(2.5, 0)).toBe('3');
  });
});

describe('vulnerability and targets', () => {
  it('tells members, uncertain members and others apart on a date', () => {
    expect(vulnerability('ETH', '2026-01-01')).toEqual({ status: 'member', uncertain: [] });
    expect(vulnerability('BGD', '2030-01-01')).toEqual({
      status: 'uncertain',
      uncertain: ['ldc: unconfirmed-event'],
    });
    expect(vulnerability('KEN', '2026-01-01')).toEqual({ status: 'not-member', uncertain: [] });
    expect([isVulnerable('ETH', '2026-01-01'), isVulnerable('BGD', '2030-01-01')]).toEqual([
      true,
      true,
    ]);
    expect(isVulnerable('KEN', '2026-01-01')).toBe(false);
  });

  it('keeps each answer by date and country, and answers alike after dropping the kept ones', () => {
    const before = vulnerability('ETH', '2026-01-01');
    expect(before).toEqual({ status: 'member', uncertain: [] });
    expect(vulnerability('ETH', '2026-01-01')).toBe(before);
    // Kept beside answers asked after it.
    vulnerability('KEN', '2026-01-01');
    expect(vulnerability('ETH', '2026-01-01')).toBe(before);
    // Another date of a country asked before has an answer of its own.
    expect(vulnerability('BGD', '2026-01-01').status).toBe('member');
    expect(vulnerability('BGD', '2030-01-01')).toEqual({
      status: 'uncertain',
      uncertain: ['ldc: unconfirmed-event'],
    });
    expect(Object.isFrozen(before) && Object.isFrozen(before.uncertain)).toBe(true);
    // More dates than are kept: the first answer is worked out again, and is the same.
    const day = Date.UTC(2000, 0, 1);
    for (let index = 0; index < 5000; index += 1) {
      vulnerability('KEN', new Date(day + index * 86_400_000).toISOString().slice(0, 10));
    }
    const again = vulnerability('ETH', '2026-01-01');
    expect(again).not.toBe(before);
    expect(again).toEqual(before);
    expect(() => vulnerability('BGD', '2026-13-01')).toThrow(RangeError);
    expect(() => vulnerability('BGD', '2026-13-01')).toThrow(RangeError);
  });

  it('counts countries, regions or global as targets', () => {
    const plan = planOf([
      { id: 'C', targetCountries: ['ETH'], targetRegions: [] },
      { id: 'R', targetCountries: [], targetRegions: ['AFR'] },
      { id: 'G', targetCountries: [], targetRegions: [], global: true },
      { id: 'N', targetCountries: [], targetRegions: [] },
    ]);
    expect(plan.measures.map(hasTargets)).toEqual([true, true, true, false]);
  });
});

describe('assessments a measure addresses', () => {
  const ethiopiaOld = assessment('eth-old', { date: '2025-01-01' });
  const ethiopia = assessment('eth-new', {});
  const ethiopiaSameDay = assessment('eth-same', {});
  const kenya = assessment('ken', { scope: { type: 'country', country: 'KEN' }, maturityTier: 2 });
  const nepal = assessment('npl', { scope: { type: 'country', country: 'NPL' } });
  const africa = assessment('afr', { scope: { type: 'region', region: 'AFR' } });
  const asia = assessment('asp', { scope: { type: 'region', region: 'ASP' } });

  it('keeps the newest assessment of each place, the first of a same-day pair', () => {
    const ids = (list: NeedsAssessment[]) => latestAssessments(list).map((a) => a.id);
    expect(ids([ethiopiaOld, ethiopia, africa, asia])).toEqual(['eth-new', 'afr', 'asp']);
    expect(ids([ethiopia, ethiopiaOld])).toEqual(['eth-new']);
    expect(ids([ethiopia, ethiopiaSameDay])).toEqual(['eth-new']);
  });

  it('matches target countries, else target regions, else all for a global measure', () => {
    const plan = planOf([
      { id: 'C', targetCountries: ['ETH'], targetRegions: ['ASP'] },
      { id: 'R', targetCountries: [], targetRegions: ['AFR'] },
      { id: 'G', targetCountries: [], targetRegions: [], global: true },
      { id: 'N', targetCountries: [], targetRegions: [] },
    ]);
    const all = [ethiopia, kenya, nepal, africa, asia];
    expect(plan.measures.map((m) => assessmentsAddressed(m, all).map((a) => a.id))).toEqual([
      ['eth-new'],
      ['eth-new', 'ken', 'afr'],
      ['eth-new', 'ken', 'npl', 'afr', 'asp'],
      [],
    ]);
  });

  it('gives one gap per addressed assessment and pillar, vulnerable for LDC countries only', () => {
    const [global] = planOf([
      { id: 'G', targetCountries: [], targetRegions: [], global: true, pillars: ['talent'] },
    ]).measures;
    expect(needGaps(global!, [ethiopia, kenya, africa], '2026-01-01')).toEqual([
      { place: 'ETH', pillar: 'talent', gap: 2, tierWeight: 0.8, vulnerable: true },
      { place: 'KEN', pillar: 'talent', gap: 2, tierWeight: 0.6, vulnerable: false },
      { place: 'AFR', pillar: 'talent', gap: 2, tierWeight: 0.8, vulnerable: false },
    ]);
  });
});

describe('need severity', () => {
  const gap = (place: string, pillar: NeedGap['pillar'], size: number, vulnerable: boolean) => ({
    place,
    pillar,
    gap: size,
    tierWeight: 1,
    vulnerable,
  });
  const gaps: NeedGap[] = [
    gap('ETH', 'talent', 2, true),
    gap('ETH', 'compute', 1.5, true),
    gap('NPL', 'data', 0, true),
    gap('KEN', 'talent', 1, false),
  ];
  const phrase = (facts: Parameters<typeof needSeverity.phrase>[0]['facts'], strong = true) =>
    [false, true].map((extreme) => needSeverity.phrase({ value: 1, facts, strong, extreme }));

  it('names the pillars and places with a gap, and the vulnerable ones on the date', () => {
    expect(phrase({ gaps, asOf: '2026-01-01' })).toEqual([
      'large gap in talent and skills and computing power addressed in 2 countries, 1 of them LDC, LLDC or SIDS on 2026-01-01',
      'largest gap in talent and skills and computing power addressed in 2 countries, 1 of them LDC, LLDC or SIDS on 2026-01-01',
    ]);
    expect(phrase({ gaps: [gaps[0]!, gaps[3]!, gap('NPL', 'talent', 0.5, true)] })).toEqual([
      'large gap in talent and skills addressed in 3 countries, 2 of them LDC, LLDC or SIDS on the as-of date',
      'largest gap in talent and skills addressed in 3 countries, 2 of them LDC, LLDC or SIDS on the as-of date',
    ]);
    expect(phrase({ gaps: [gaps[3]!, gap('NPL', 'data', 0, true)], asOf: '2026-01-01' })).toEqual([
      'large gap in talent and skills addressed in 1 country',
      'largest gap in talent and skills addressed in 1 country',
    ]);
    // Pillars go by their names, abbreviations as written.
    expect(
      phrase({ gaps: [gap('ETH', 'models', 1, false), gap('ETH', 'strategy', 1, false)] }),
    ).toEqual([
      'large gap in AI models and national AI strategy addressed in 1 country',
      'largest gap in AI models and national AI strategy addressed in 1 country',
    ]);
    expect(phrase({})).toEqual([
      'large gap addressed in 0 countries',
      'largest gap addressed in 0 countries',
    ]);
  });

  it('says small for a weak value', () => {
    expect(phrase({ gaps }, false)).toEqual([
      'small assessed need addressed',
      'smallest assessed need addressed',
    ]);
  });

  it('sums gap times tier weight and keeps the gaps and date as facts', () => {
    const plan = planOf([
      { id: 'A', targetCountries: ['ETH'], pillars: ['talent', 'compute', 'data'] },
      { id: 'B', targetCountries: ['KEN'], pillars: ['talent'] },
      { id: 'N', targetCountries: [], targetRegions: [] },
    ]);
    const context = criterionContext({
      plan,
      profile: parseScoringProfile(scoringProfileInput()),
      assessments: [assessment('eth', {})],
      catalogues: [],
      asOf: '2026-03-01',
    });
    const [a, b, none] = plan.measures.map((m) => needSeverity.value(m, context));
    // ETH, tier 1: talent 1 -> 3 and compute 0.5 -> 2, each weighted 0.8; no data level.
    expect(a).toEqual({
      value: 2 * 0.8 + 1.5 * 0.8,
      facts: {
        gaps: [
          { place: 'ETH', pillar: 'talent', gap: 2, tierWeight: 0.8, vulnerable: true },
          { place: 'ETH', pillar: 'compute', gap: 1.5, tierWeight: 0.8, vulnerable: true },
        ],
        asOf: '2026-03-01',
      },
    });
    expect(b).toEqual({
      value: undefined,
      facts: { missing: 'no assessment covers its countries and pillars' },
    });
    expect(none).toEqual({
      value: undefined,
      facts: { missing: 'no target countries or regions, and not marked global' },
    });
  });
});
