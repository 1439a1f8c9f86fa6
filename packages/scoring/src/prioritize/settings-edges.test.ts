import { describe, expect, it } from 'vitest';
import { parseInitiativeCatalogue } from '@itu-aicb/core';
import type { OfficialLanguage, ScoringProfileInput } from '@itu-aicb/core';
import { fr } from '../locales/fr.js';
import {
  criterionContext,
  criterionValue,
  readField,
  referenceCurrency,
  resolveCriteria,
} from './derive-criteria.js';
import { methodSettings, preferences, spotisBounds } from './method-settings.js';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';
import { initiativeCatalogueInput } from '../../../core/test/fixtures.js';
import { plan, profile } from '../../test/plans.js';

/** The wording and language labels are resolved in. */
interface Speech {
  readonly wording: PrioritizeWording;
  readonly language: OfficialLanguage;
}

const english: Speech = { wording: englishPrioritizeWording, language: 'en' };
const french: Speech = { wording: fr.prioritize, language: 'fr' };

describe('resolveCriteria', () => {
  const criteria = profile({
    criteria: [
      { id: 'need-severity', weight: 1 },
      { id: 'costs', field: 'budget.amount', weight: 1, direction: 'benefit' as const },
      { id: 'feasibility', weight: 1, label: { en: 'Doability', fr: 'Faisabilité propre' } },
      {
        id: 'reach',
        field: 'estimates.beneficiaries',
        weight: 1,
        direction: 'benefit' as const,
        label: { en: 'Reach' },
      },
    ],
  });

  it('treats a criterion read from a field as the profile’s own, a benefit by default', () => {
    // A profile typed by hand may leave out the direction the document rules ask for.
    const undirected = {
      ...criteria,
      criteria: criteria.criteria.map((criterion) => ({ ...criterion, direction: undefined })),
    };
    const [need, costs] = resolveCriteria(undirected);
    expect(need).toMatchObject({
      builtIn: true,
      label: 'Need severity addressed',
      direction: 'benefit',
    });
    expect(costs).toMatchObject({ builtIn: false, label: 'costs', direction: 'benefit' });
    expect(costs?.definition).toBeUndefined();
    // Typed by hand, a built-in id read from a field is the profile's own too.
    const [own, field] = resolveCriteria({
      ...criteria,
      criteria: [
        { id: 'people', weight: 1 },
        { id: 'risk', field: 'estimates.risk', direction: 'cost', weight: 1 },
      ],
    });
    expect(own).toMatchObject({ builtIn: false, label: 'people', definition: undefined });
    expect(field).toMatchObject({ builtIn: false, label: 'risk', definition: undefined });
  });

  it('labels in the language asked for: own label, built-in name, English label, id', () => {
    const labels = (speech?: Speech) =>
      resolveCriteria(criteria, speech).map((criterion) => criterion.label);
    expect(labels()).toEqual(['Need severity addressed', 'costs', 'Doability', 'Reach']);
    expect(labels(english)).toEqual(['Need severity addressed', 'costs', 'Doability', 'Reach']);
    expect(labels(french)).toEqual([
      fr.prioritize.criteria['need-severity'],
      'costs',
      'Faisabilité propre',
      'Reach',
    ]);
    expect(fr.prioritize.criteria['need-severity']).not.toBe('Need severity addressed');
  });
});

describe('referenceCurrency and criterionContext', () => {
  const currency = (budgets: readonly (string | undefined)[]) => {
    const rows = plan(
      budgets.map((code, i) => ({
        id: `M${i}`,
        budget: code === undefined ? undefined : { amount: 1000, currency: code },
      })),
    );
    return referenceCurrency({
      plan: rows,
      profile: profile({}),
      assessments: [],
      catalogues: [],
      asOf: '2026-01-01',
    });
  };

  it('takes the most used budget currency, the first on a tie', () => {
    expect(currency(['USD', 'EUR', 'EUR'])).toBe('EUR');
    expect(currency(['EUR', 'USD', 'EUR'])).toBe('EUR');
    expect(currency(['USD', 'EUR'])).toBe('USD');
    expect(currency(['USD', undefined, undefined, undefined])).toBe('USD');
    expect(currency([undefined, undefined])).toBeUndefined();
  });

  it('collects the initiative ids of every catalogue', () => {
    const context = criterionContext({
      plan: plan([{ id: 'A' }]),
      profile: profile({}),
      assessments: [],
      catalogues: [parseInitiativeCatalogue(initiativeCatalogueInput())],
      asOf: '2026-01-01',
    });
    expect([...context.initiativeIds]).toEqual(['itu-academy', 'ai-for-good']);
  });
});

describe('readField and criterionValue', () => {
  const [measure] = plan([{ id: 'A' }]).measures;
  const m = measure!;

  it('reads numbers as they are and lists by their length', () => {
    expect(readField(m, 'estimates.beneficiaries')).toBe(2000);
    expect(readField(m, 'targetCountries')).toBe(2);
    expect(readField(m, 'title')).toBeUndefined();
    expect(readField(m, 'estimates')).toBeUndefined();
    expect(readField(m, 'budget.amount.value')).toBeUndefined();
    expect(readField(m, 'targetCountries.length')).toBeUndefined();
  });

  it('gives no value for null or a non-finite number', () => {
    expect(readField({ ...m, budget: null } as never, 'budget.amount')).toBeUndefined();
    expect(readField({ ...m, extra: Infinity } as never, 'extra')).toBeUndefined();
    expect(readField({ ...m, extra: '3' } as never, 'extra')).toBeUndefined();
  });

  it('says which field has no value', () => {
    const criteria = resolveCriteria(
      profile({
        criteria: [
          {
            id: 'people',
            field: 'estimates.beneficiaries',
            weight: 1,
            direction: 'benefit' as const,
          },
          {
            id: 'months',
            field: 'estimates.monthsToFirstResults',
            weight: 1,
            direction: 'benefit' as const,
          },
        ],
      }),
    );
    const context = criterionContext({
      plan: plan([{ id: 'A' }]),
      profile: profile({}),
      assessments: [],
      catalogues: [],
      asOf: '2026-01-01',
    });
    const [unplanned] = plan([{ id: 'B', estimates: { beneficiaries: 10 } }]).measures;
    expect(criteria.map((criterion) => criterionValue(criterion, m, context))).toEqual([
      { value: 2000, facts: {} },
      { value: 6, facts: {} },
    ]);
    expect(criteria.map((criterion) => criterionValue(criterion, unplanned!, context))).toEqual([
      { value: 10, facts: {} },
      { value: undefined, facts: { missing: 'no value at estimates.monthsToFirstResults' } },
    ]);
  });
});

describe('method settings', () => {
  it('takes each criterion’s preference function, else the method’s, else usual', () => {
    const all = { q: 1, p: 2, s: 3 };
    const promethee = profile({
      method: { name: 'promethee-ii', preference: { type: 'linear', q: 0.5, p: 4 } },
      criteria: [
        { id: 'risk', weight: 1, preference: { type: 'usual', ...all } },
        { id: 'feasibility', weight: 1, preference: { type: 'u-shape', ...all } },
        { id: 'alignment', weight: 1, preference: { type: 'v-shape', ...all } },
        { id: 'coordination', weight: 1, preference: { type: 'level', ...all } },
        { id: 'co-financing', weight: 1, preference: { type: 'gaussian', ...all } },
        { id: 'need-severity', weight: 1 },
      ],
    });
    expect(preferences(promethee, resolveCriteria(promethee))).toEqual([
      { type: 'usual' },
      { type: 'u-shape', q: 1 },
      { type: 'v-shape', p: 2 },
      { type: 'level', q: 1, p: 2 },
      { type: 'gaussian', s: 3 },
      { type: 'linear', q: 0.5, p: 4 },
    ]);
    const plain = profile({ method: { name: 'promethee-ii' } });
    expect(preferences(plain, resolveCriteria(plain))).toEqual(
      plain.criteria.map(() => ({ type: 'usual' })),
    );
  });

  it('notes observed SPOTIS bounds only for criteria without natural ones', () => {
    const natural = resolveCriteria(
      profile({
        criteria: [
          { id: 'risk', weight: 1 },
          { id: 'feasibility', weight: 1 },
        ],
      }),
    );
    const notes: string[] = [];
    expect(spotisBounds(natural, [[1, 2]], notes)).toEqual([
      [1, 5],
      [1, 5],
    ]);
    expect(notes).toEqual([]);
    const own = resolveCriteria(
      profile({
        criteria: [
          { id: 'risk', weight: 1 },
          {
            id: 'people',
            field: 'estimates.beneficiaries',
            weight: 1,
            direction: 'benefit' as const,
          },
          { id: 'places', field: 'targetCountries', weight: 1, direction: 'benefit' as const },
        ],
      }),
    );
    expect(
      spotisBounds(
        own,
        [
          [2, 10, 3],
          [3, 40, 3],
        ],
        notes,
      ),
    ).toEqual([
      [1, 5],
      [10, 40],
      [2.5, 3.5],
    ]);
    expect(notes).toEqual([
      'SPOTIS bounds for people, places are the range the measures span, so adding a measure can move them.',
    ]);
  });

  it('resolves the method, keeping only the parameters the profile gives', () => {
    const criteria = [
      { id: 'risk', weight: 1 },
      { id: 'people', field: 'estimates.beneficiaries', weight: 1, direction: 'benefit' as const },
    ];
    const matrix = [
      [2, 10],
      [3, 40],
    ];
    const settings = (method: ScoringProfileInput['method']) => {
      const notes: string[] = [];
      const p = profile({ method, criteria });
      return { settings: methodSettings(p, resolveCriteria(p), matrix, notes), notes };
    };
    const vikor = settings({ name: 'vikor', v: 0.3 });
    expect(Object.keys(vikor.settings).sort()).toEqual(['bounds', 'name', 'preference', 'v']);
    expect(vikor.settings.v).toBe(0.3);
    expect(vikor.notes).toEqual([]);
    const topsis = settings({ name: 'topsis', normalization: 'vector' });
    expect(Object.keys(topsis.settings).sort()).toEqual([
      'bounds',
      'name',
      'normalization',
      'preference',
    ]);
    const spotis = settings({ name: 'spotis' });
    expect(Object.keys(spotis.settings).sort()).toEqual(['bounds', 'name', 'preference']);
    expect(spotis.settings.bounds).toEqual([
      [1, 5],
      [10, 40],
    ]);
    expect(spotis.notes).toEqual([
      'SPOTIS bounds for people are the range the measures span, so adding a measure can move them.',
    ]);
  });
});
