// Builds a large, valid work plan for benchmarks: `count` measures spread over four objectives.
import { PILLARS } from '../dist/index.js';

const REGIONS = {
  AFR: ['ETH', 'RWA', 'MWI'],
  ASP: ['NPL', 'BGD', 'LAO'],
  AMS: ['HTI', 'BOL'],
  ARB: ['SDN', 'YEM'],
};
const LEADS = ['BDT', 'TSB', 'GS', 'addis-ababa', 'bangkok'];

export function generatePlan(count) {
  const regionNames = Object.keys(REGIONS);
  const measures = [];
  for (let i = 0; i < count; i++) {
    const region = regionNames[i % regionNames.length];
    const pillar = PILLARS[i % PILLARS.length];
    measures.push({
      id: `M${i}`,
      title: { en: `Measure ${i} on ${pillar}`, fr: `Mesure ${i}` },
      description:
        'A measure generated for benchmarks, with a description of typical length for a plan.',
      objectives: [`O${i % 4}`],
      kind: 'training',
      pillars: [pillar],
      lead: LEADS[i % LEADS.length],
      contributors: [LEADS[(i + 1) % LEADS.length]],
      targetRegions: [region],
      targetCountries: REGIONS[region],
      targetGroups: ['women', 'youth'],
      buildsOn: [],
      partners: [{ name: 'UNDP', role: 'implementing', financingPercent: 25 }],
      schedule: {
        start: '2026-02-01',
        end: '2027-06-30',
        milestones: [
          { id: `M${i}-a`, title: 'Started', due: '2026-05-31' },
          { id: `M${i}-b`, title: 'Delivered', due: '2027-03-31', dependsOn: [`M${i}-a`] },
        ],
      },
      budget: {
        amount: 100000 + i,
        currency: 'USD',
        secured: 50000,
        breakdown: [{ label: 'delivery', percent: 100 }],
      },
      indicators: [
        {
          id: `I${i}`,
          name: 'People reached',
          unit: 'people',
          baseline: { value: 0, year: 2025 },
          target: { value: 500, year: 2027 },
        },
      ],
      sdgTargets: ['4.4'],
      status: 'pipeline',
      estimates: { beneficiaries: 500 + i, feasibility: 3, risk: 2, monthsToFirstResults: 6 },
    });
  }
  return {
    kind: 'WorkPlan',
    schemaVersion: 1,
    id: 'bench-plan',
    title: 'Benchmark plan',
    status: 'draft',
    period: { start: '2026-01-01', end: '2027-12-31' },
    owner: 'ITU Council',
    objectives: [0, 1, 2, 3].map((n) => ({
      id: `O${n}`,
      title: `Objective ${n}`,
      pillars: PILLARS,
    })),
    measures,
    arrangements: {
      leadBureau: 'BDT',
      // Every lead of a measure takes part in the arrangements, as plan/lead-outside-arrangements asks.
      participatingBureaus: ['TSB', 'GS'],
      regionalOffices: ['addis-ababa', 'bangkok'],
      reporting: { cadence: 'annual', body: 'CWG-WSIS&SDG' },
    },
  };
}
