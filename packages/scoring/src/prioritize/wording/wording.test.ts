import { describe, expect, it } from 'vitest';
import {
  parseNeedsAssessment,
  parseScoringProfile,
  parseWorkPlan,
  validateWorkPlan,
} from '@itu-aicb/core';
import { ar } from '@itu-aicb/scoring/locales/ar';
import { en } from '@itu-aicb/scoring/locales/en';
import { es } from '@itu-aicb/scoring/locales/es';
import { fr } from '@itu-aicb/scoring/locales/fr';
import { ru } from '@itu-aicb/scoring/locales/ru';
import { zh } from '@itu-aicb/scoring/locales/zh';
import { englishScoringLocale, prioritizeMeasures } from '../../index.js';
import {
  needsAssessmentInput,
  scoringProfileInput,
  workPlanInput,
} from '../../../../core/test/fixtures.js';

const ALL = [ar, en, es, fr, ru, zh];
const OTHERS = [ar, es, fr, ru, zh];

/** Four measures that differ on every built-in criterion, one of them with a French title. */
function fourMeasures() {
  const input = workPlanInput();
  const template = input.measures[0]!;
  input.measures = [
    { id: 'A', risk: 1, feasibility: 5, beneficiaries: 1000, months: 3 },
    { id: 'B', risk: 3, feasibility: 3, beneficiaries: 100, months: 12 },
    { id: 'C', risk: 5, feasibility: 1, beneficiaries: 10, months: 30 },
    { id: 'D', risk: 2, feasibility: 4, beneficiaries: undefined, months: 6 },
  ].map(({ id, risk, feasibility, beneficiaries, months }) => ({
    ...template,
    id,
    schedule: { ...template.schedule, milestones: [] },
    title: id === 'A' ? { en: 'Measure A', fr: 'Mesure A' } : `Measure ${id}`,
    estimates: {
      risk,
      feasibility,
      monthsToFirstResults: months,
      ...(beneficiaries === undefined ? {} : { beneficiaries }),
    },
  })) as never;
  return parseWorkPlan(input);
}

const profile = parseScoringProfile({
  ...scoringProfileInput(),
  method: { name: 'weighted-sum', normalization: 'min-max' },
  missingData: 'worst',
  criteria: [
    { id: 'need-severity', weight: 1 },
    { id: 'vulnerable-reach', weight: 1 },
    { id: 'cost-per-beneficiary', weight: 1 },
    { id: 'initiative-leverage', weight: 1 },
    { id: 'co-financing', weight: 1 },
    { id: 'coordination', weight: 1 },
    { id: 'alignment', weight: 1 },
    { id: 'feasibility', weight: 1 },
    { id: 'risk', weight: 1 },
    { id: 'time-to-results', weight: 1 },
  ],
});
const assessments = [parseNeedsAssessment(needsAssessmentInput())];
const broken = /undefined|NaN|\[object |\$\{/;

describe('prioritisation in the six languages', () => {
  const plan = fourMeasures();
  const english = prioritizeMeasures({ plan, profile, assessments });

  it('keeps English by default, the same as the English locale', () => {
    expect(
      prioritizeMeasures({ plan, profile, assessments, locale: englishScoringLocale }),
    ).toEqual(english);
    expect(english.ranking.map((entry) => entry.reason).join(' ')).toContain('ranked 1st of 4');
  });

  it.each(OTHERS.map((locale) => [locale.language, locale] as const))(
    '%s: same ranking, numbers and ids; reasons, notes and names in the language',
    (_, locale) => {
      const result = prioritizeMeasures({ plan, profile, assessments, locale });
      const strip = (r: typeof result) =>
        r.ranking.map(({ measureId, rank, score, completeness }) => ({
          measureId,
          rank,
          score,
          completeness,
        }));
      expect(strip(result)).toEqual(strip(english));
      expect(result.matrix).toEqual(english.matrix);
      result.ranking.forEach((entry, i) => {
        const before = english.ranking[i]!;
        expect(entry.reason, entry.measureId).not.toMatch(broken);
        expect(entry.reason).not.toBe(before.reason);
        expect(entry.reason).toContain(String(entry.rank));
      });
      for (const note of result.notes) expect(note).not.toMatch(broken);
      expect(result.notes).not.toEqual(english.notes);
      expect(result.criteria.map((c) => c.label)).not.toContain('Risk');
      expect(result.criteria.map((c) => c.id)).toEqual(english.criteria.map((c) => c.id));
      const filled = result.ranking.flatMap((entry) => entry.values.filter((v) => v.missing));
      expect(filled.length).toBeGreaterThan(0);
      for (const value of filled) expect(value.missing).not.toMatch(/^no /);
    },
  );

  it('shows a title in the language where the plan has one, and says when it falls back', () => {
    const result = prioritizeMeasures({ plan, profile, assessments, locale: fr });
    const byId = new Map(result.ranking.map((entry) => [entry.measureId, entry]));
    expect(byId.get('A')).toMatchObject({ title: 'Mesure A', titleLanguage: 'fr' });
    expect(byId.get('B')).toMatchObject({ title: 'Measure B', titleLanguage: 'en' });
  });

  it('serves core validators as their locale too', () => {
    for (const locale of ALL) {
      const result = validateWorkPlan({ kind: 'WorkPlan', schemaVersion: 1 }, { locale });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message).not.toMatch(broken);
    }
  });

  it('reads every phrase of every built-in criterion as a strength, a weakness and extremes', () => {
    const facts = {
      gaps: [
        { place: 'ETH', pillar: 'talent' as const, gap: 2, tierWeight: 0.8, vulnerable: true },
        { place: 'NPL', pillar: 'compute' as const, gap: 1, tierWeight: 1, vulnerable: false },
      ],
      uncertainCountries: ['BGD ldc: outcome-pending'],
      asOf: '2026-01-01',
      currency: 'USD',
    };
    for (const locale of ALL) {
      for (const [id, phrase] of Object.entries(locale.prioritize.phrases)) {
        for (const value of [0, 1, 3]) {
          for (const strong of [true, false]) {
            for (const extreme of [true, false]) {
              const text = phrase({ value, facts, strong, extreme });
              expect(text, `${locale.language} ${id}`).not.toMatch(broken);
              expect(text.trim(), `${locale.language} ${id}`).not.toBe('');
            }
          }
        }
      }
    }
  });
});
