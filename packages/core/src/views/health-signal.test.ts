import { describe, expect, it } from 'vitest';
import {
  HEALTH_SIGNALS,
  HEALTH_STATES,
  describeHealthSignal,
  healthFormat,
  parseProgressReport,
  parseWorkPlan,
  planHealth,
} from '@itu-aicb/core';
import type { HealthSignalParams } from '@itu-aicb/core';
import { ar } from '@itu-aicb/core/locales/ar';
import { en } from '@itu-aicb/core/locales/en';
import { es } from '@itu-aicb/core/locales/es';
import { fr } from '@itu-aicb/core/locales/fr';
import { ru } from '@itu-aicb/core/locales/ru';
import { zh } from '@itu-aicb/core/locales/zh';
import { progressReportInput, workPlanInput } from '../../test/fixtures.js';

const OTHERS = [ar, es, fr, ru, zh];

/** Figures for every signal, with dates and numbers that must show in each sentence. */
const PARAMS: { readonly [S in keyof HealthSignalParams]: HealthSignalParams[S] } = {
  'past-end': { end: '2026-06-30' },
  'milestone-overdue': { due: '2026-05-31' },
  'forecast-beyond-end': { forecast: '2027-09-30', end: '2027-06-30' },
  suspended: {},
  'not-started': { start: '2026-02-01' },
  'milestone-slipped': { due: '2026-12-15', forecast: '2027-01-31' },
  overspent: { spent: 1.04, elapsed: 0.7 },
  'spend-ahead': { spent: 0.8, elapsed: 0.3 },
  'spend-behind': { spent: 0.1, elapsed: 0.6 },
  'indicator-behind': { actual: 1200, date: '2026-06-30', expected: 2400.4 },
  'high-risk': { risk: 'Procurement of servers delayed' },
};

const sentence = (locale: typeof en, signal: keyof HealthSignalParams, dates: 'iso' | 'intl') =>
  describeHealthSignal(
    { signal, subject: 'M1', params: PARAMS[signal], detail: '' } as never,
    locale,
    dates,
  );

describe('the words of plan health', () => {
  it('name every state and signal in each language, apart from English', () => {
    for (const locale of OTHERS) {
      for (const state of HEALTH_STATES) {
        expect(locale.health.states[state]).not.toBe(en.health.states[state]);
      }
      for (const signal of HEALTH_SIGNALS) {
        expect(locale.health.signals[signal]).not.toBe(en.health.signals[signal]);
      }
    }
  });

  it.each(HEALTH_SIGNALS)('say %s with its figures in every language', (signal) => {
    for (const locale of [en, ...OTHERS]) {
      const iso = sentence(locale, signal, 'iso');
      expect(iso).not.toMatch(/undefined|NaN|\{|\}/);
      for (const value of Object.values(PARAMS[signal])) {
        if (typeof value === 'string' && /^\d{4}-/.test(value)) expect(iso).toContain(value);
      }
      const intl = sentence(locale, signal, 'intl');
      expect(intl).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (locale !== en && signal !== 'high-risk') {
        expect(iso).not.toBe(sentence(en, signal, 'iso'));
      }
    }
  });

  it('write dates, shares and numbers with Intl for people, ISO for machines', () => {
    expect(healthFormat('fr', 'intl').date('2026-10-31')).toBe('31 octobre 2026');
    expect(healthFormat('fr').date('2026-10-31')).toBe('2026-10-31');
    expect(healthFormat('ru').percent(0.45)).toBe(
      new Intl.NumberFormat('ru', { style: 'percent' }).format(0.45),
    );
    expect(healthFormat('es').number(1234.5)).toBe('1234,5');
  });
});

describe('planHealth with a locale', () => {
  const plan = parseWorkPlan(workPlanInput());
  const report = parseProgressReport(progressReportInput());

  it('keeps codes, states and figures, and words the signals in the language', () => {
    const english = planHealth(plan, [report], '2026-12-20');
    const signals = english.measures.flatMap((measure) => measure.signals);
    expect(signals.length).toBeGreaterThan(0);
    for (const locale of OTHERS) {
      const health = planHealth(plan, [report], '2026-12-20', { locale });
      const localized = health.measures.flatMap((measure) => measure.signals);
      expect(localized.map(({ signal, subject, params }) => ({ signal, subject, params }))).toEqual(
        signals.map(({ signal, subject, params }) => ({ signal, subject, params })),
      );
      expect(health.measures.map((m) => m.state)).toEqual(english.measures.map((m) => m.state));
      localized.forEach((signal, index) => {
        expect(signal.detail).not.toBe(signals[index]?.detail);
        expect(signal.detail).toBe(describeHealthSignal(signal, locale));
      });
    }
  });

  it('gives titles in the language where the plan has them, and says when it falls back', () => {
    const input = workPlanInput();
    (input.measures[0] as { title: unknown }).title = {
      en: 'AI skills programme for officials',
      fr: 'Former des agents',
    };
    const french = planHealth(parseWorkPlan(input), [], '2026-12-20', { locale: fr });
    expect(french.measures.map((m) => [m.title, m.titleLanguage])).toEqual([
      ['Former des agents', 'fr'],
      [plan.measures[1]?.title.en, 'en'],
    ]);
  });
});
