// A budget currency the profile gives no rate for is said in the notes, not only per value.
import { describe, expect, it } from 'vitest';
import { parseScoringProfile, parseWorkPlan } from '@itu-aicb/core';
import type { ScoringProfileInput } from '@itu-aicb/core';
import { prioritizeMeasures } from '../index.js';
import { fr } from '../locales/fr.js';
import { scoringProfileInput, workPlanInput } from '../../../core/test/fixtures.js';

const input = workPlanInput();
const template = input.measures[0]!;
input.measures = [
  ['A', 'USD'],
  ['B', 'CHF'],
  ['C', 'CHF'],
  ['D', 'EUR'],
].map(([id, currency]) => ({
  ...template,
  id: id!,
  title: `Measure ${id}`,
  schedule: { ...template.schedule, milestones: [] },
  budget: { amount: 100000, currency: currency!, secured: 0 },
})) as never;
const plan = parseWorkPlan(input);

const notes = (currency: ScoringProfileInput['currency'], criterion = 'cost-per-beneficiary') =>
  prioritizeMeasures({
    plan,
    profile: parseScoringProfile({
      ...scoringProfileInput(),
      method: { name: 'weighted-sum' },
      criteria: [
        { id: criterion, weight: 1 },
        { id: 'feasibility', weight: 1 },
      ],
      currency,
    }),
  }).notes;

describe('a missing exchange rate', () => {
  it('is a note per currency, naming the currencies and how many measures it leaves without a cost', () => {
    const said = notes({ code: 'USD', rates: { EUR: 1.08 } }).filter((note) =>
      note.includes('exchange rate'),
    );
    expect(said).toEqual([
      'The scoring profile gives no exchange rate from CHF to USD, so the cost per beneficiary of 2 measures budgeted in CHF is missing; add it under `currency.rates`.',
    ]);
    expect(notes({ code: 'USD', rates: {} }).filter((note) => note.includes('EUR'))).toHaveLength(
      1,
    );
  });

  it('is not said when every currency has a rate, or when costs are not compared', () => {
    const rated = notes({ code: 'USD', rates: { CHF: 1.12, EUR: 1.08 } });
    expect(rated.some((note) => note.includes('exchange rate'))).toBe(false);
    const uncompared = notes({ code: 'USD', rates: {} }, 'risk');
    expect(uncompared.some((note) => note.includes('exchange rate'))).toBe(false);
  });

  it('is said in the chosen language', () => {
    const said = prioritizeMeasures({
      plan,
      locale: fr,
      profile: parseScoringProfile({
        ...scoringProfileInput(),
        method: { name: 'weighted-sum' },
        criteria: [{ id: 'cost-per-beneficiary', weight: 1 }],
        currency: { code: 'USD', rates: { EUR: 1.08 } },
      }),
    }).notes;
    expect(said).toContain(
      'Le profil de notation ne donne aucun taux de change de CHF en USD : le coût par bénéficiaire de 2 mesures budgétées en CHF manque ; ajoutez-le sous `currency.rates`.',
    );
  });
});
