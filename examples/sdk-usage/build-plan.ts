// Builds a work plan in code, fully typed, validates it and prints its summary.
//   pnpm --filter ./examples/sdk-usage build-plan
import { parseWorkPlan, summarizeWorkPlan, validateWorkPlan } from '@itu-aicb/core';
import type { MeasureInput, WorkPlan, WorkPlanInput } from '@itu-aicb/core';
import { isMain } from './workspace.js';

/** A measure for the talent pillar in one region; the compiler checks every field and code. */
function trainingMeasure(id: string, region: string, countries: string[]): MeasureInput {
  return {
    id,
    title: {
      en: `AI skills for public officials in ${region}`,
      fr: `Compétences en IA pour les fonctionnaires (${region})`,
    },
    objectives: ['O1'],
    kind: 'training',
    pillars: ['talent'],
    lead: 'BDT',
    contributors: ['TSB'],
    targetCountries: countries,
    buildsOn: ['itu-academy'],
    schedule: { start: '2026-03-01', end: '2026-12-31' },
    budget: { amount: 250_000, currency: 'USD', secured: 100_000 },
    status: 'pipeline',
    estimates: { beneficiaries: 1_200, feasibility: 4, risk: 2, monthsToFirstResults: 4 },
  };
}

/** The plan, as a typed input. */
export function examplePlan(): WorkPlanInput {
  return {
    kind: 'WorkPlan',
    schemaVersion: 1,
    id: 'plan-in-code',
    title: 'A work plan built in code',
    status: 'draft',
    period: { start: '2026-01-01', end: '2027-12-31' },
    owner: 'ITU Council',
    objectives: [{ id: 'O1', title: 'Close the AI talent gap', pillars: ['talent'] }],
    measures: [
      trainingMeasure('M-1', 'East Africa', ['ETH', 'MWI']),
      trainingMeasure('M-2', 'South Asia', ['NPL', 'BTN']),
    ],
    arrangements: { leadBureau: 'BDT', reporting: { cadence: 'annual', body: 'ITU Council' } },
  };
}

/** Validates the plan and describes it in a few lines. */
export function describePlan(input: WorkPlanInput): string[] {
  const result = validateWorkPlan(input);
  if (!result.ok) return result.issues.map((issue) => `${issue.pointer} ${issue.message}`);
  const plan: WorkPlan = parseWorkPlan(input);
  const summary = summarizeWorkPlan(plan);
  return [
    `${plan.title.en}: ${summary.total.measures} measures`,
    ...Object.entries(summary.total.budget).map(
      ([currency, money]) => `budget ${currency} ${money.amount} (secured ${money.secured})`,
    ),
    ...result.warnings.map((issue) => `${issue.severity} ${issue.code}: ${issue.message}`),
  ];
}

if (isMain(import.meta.url)) {
  for (const line of describePlan(examplePlan())) console.log(line);
}
