import { describe, expect, it } from 'vitest';
import { parseInitiativeCatalogue, parseNeedsAssessment, parseWorkPlan } from '@itu-aicb/core';
import { needsCoverage } from '../index.js';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  workPlanInput,
} from '../../../core/test/fixtures.js';

// The fixture plan: M1 (BDT) works on talent in ETH and RWA (region AFR); M2 (TSB) on compute and
// data in NPL (region ASP). The ETH assessment (tier 1): talent 1 -> 3 (a high priority need),
// compute 0.5 -> 2.
const plan = parseWorkPlan(workPlanInput());
const ethiopia = parseNeedsAssessment(needsAssessmentInput());
const nepal = parseNeedsAssessment({
  ...needsAssessmentInput(),
  id: 'na-npl',
  scope: { type: 'country', country: 'NPL' },
  maturityTier: 0,
  pillars: { compute: { current: 1, target: 2 }, models: { current: 0, target: 1 } },
  priorityNeeds: [],
});

describe('needsCoverage', () => {
  it('lists the assessed needs no measure addresses, most severe first', () => {
    const coverage = needsCoverage({ plan, assessments: [ethiopia, nepal] });
    const show = (needs: typeof coverage.covered) =>
      needs.map((n) => [n.place, n.pillar, n.gap, n.severity, n.measures]);
    // Severity = gap * (5 - tier) / 5: ETH compute 1.5 * 0.8 = 1.2; NPL models 1 * 1 = 1.
    expect(show(coverage.uncovered)).toEqual([
      ['ETH', 'compute', 1.5, 1.2, []],
      ['NPL', 'models', 1, 1, []],
    ]);
    expect(show(coverage.covered)).toEqual([
      ['ETH', 'talent', 2, 1.6, ['M1']],
      ['NPL', 'compute', 1, 1, ['M2']],
    ]);
    expect(coverage.covered[0]?.priority).toBe('high');
  });

  it('uses only the newest assessment of a place', () => {
    const older = parseNeedsAssessment({
      ...needsAssessmentInput(),
      id: 'na-eth-2020',
      date: '2020-01-01',
      pillars: { data: { current: 0, target: 5 } },
    });
    const coverage = needsCoverage({ plan, assessments: [older, ethiopia] });
    expect([...coverage.uncovered, ...coverage.covered].map((n) => n.assessment)).not.toContain(
      'na-eth-2020',
    );
  });

  it('finds the same pillar in the same region under different bureaus', () => {
    const catalogue = initiativeCatalogueInput();
    const first = catalogue.initiatives[0] as Record<string, unknown>;
    catalogue.initiatives = [
      { ...first, id: 'tsb-talent-afr', owner: 'TSB', pillars: ['talent'], regions: ['AFR'] },
      { ...first, id: 'old-talent-afr', owner: 'GS', pillars: ['talent'], regions: ['AFR'], status: 'completed', end: '2020' },
      { ...first, id: 'bdt-compute-asp', owner: 'BDT', pillars: ['compute'], regions: ['ASP'] },
    ] as never;
    const coverage = needsCoverage({
      plan,
      assessments: [],
      catalogues: [parseInitiativeCatalogue(catalogue)],
    });
    expect(
      coverage.overlaps.map((o) => [o.pillar, o.region, o.bureaus, o.items.map((i) => i.id)]),
    ).toEqual([
      ['compute', 'ASP', ['BDT', 'TSB'], ['M2', 'bdt-compute-asp']],
      ['talent', 'AFR', ['BDT', 'TSB'], ['M1', 'tsb-talent-afr']],
    ]);
  });

  it('lets only a measure marked global address every place, and reads groups on the as-of date', () => {
    const input = workPlanInput();
    const template = input.measures[0]!;
    input.measures = [
      { ...template, id: 'G', targetCountries: [], targetRegions: [], pillars: ['compute'] },
    ] as never;
    const untargeted = needsCoverage({ plan: parseWorkPlan(input), assessments: [ethiopia, nepal] });
    expect(untargeted.covered).toEqual([]);
    expect(untargeted.overlaps).toEqual([]);
    input.measures = [{ ...input.measures[0]!, global: true }] as never;
    const global = needsCoverage({
      plan: parseWorkPlan(input),
      assessments: [ethiopia, nepal],
      asOf: '2026-12-01',
    });
    expect(global.asOf).toBe('2026-12-01');
    expect(global.covered.map((n) => [n.place, n.pillar, n.measures, n.vulnerable])).toEqual([
      ['ETH', 'compute', ['G'], true],
      ['NPL', 'compute', ['G'], true],
    ]);
    expect(untargeted.asOf).toBe('2026-01-01');
  });
});
