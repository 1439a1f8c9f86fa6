import { describe, expect, it } from 'vitest';
import { parseInitiativeCatalogue, parseProgressReport, parseWorkPlan } from '@itu-aicb/core';
import { lensesTimeSeries, resolution1332Lenses } from '../index.js';
import {
  initiativeCatalogueInput,
  progressReportInput,
  workPlanInput,
} from '../../../core/test/fixtures.js';

// The fixture plan: M1 led by BDT with TSB and the Addis Ababa office (AFR: ETH, RWA), budget
// USD 400,000, partner UNDP (implementing); M2 led by TSB alone (ASP: NPL), no budget. One pledge:
// Example Administration (member state, financial, CHF 100,000). Annual reporting from
// 2026-01-01. The report (as of 2026-06-30): M1 reached ETH and 150 people, spent USD 90,000;
// CHF 50,000 delivered; one meeting on 2026-03-12.
const plan = parseWorkPlan(workPlanInput());
const report = parseProgressReport(progressReportInput());
const catalogue = parseInitiativeCatalogue(initiativeCatalogueInput());

describe('resolution1332Lenses', () => {
  const lenses = resolution1332Lenses({
    plan,
    reports: [report],
    asOf: '2026-06-30',
    catalogues: [catalogue],
  });

  it('counts joint measures, overlaps a joint measure covers, and meetings against the cadence', () => {
    const { intersectoral } = lenses;
    expect(intersectoral.jointMeasures).toEqual(['M1']);
    expect(intersectoral.jointShare).toBe(0.5);
    // ITU Academy (BDT) and AI for Good (GS) both serve talent everywhere; no measure joins BDT and GS.
    expect(intersectoral.overlaps).toEqual([
      {
        pillar: 'talent',
        region: 'global',
        bureaus: ['BDT', 'GS'],
        items: ['itu-academy', 'ai-for-good'],
        coveredBy: [],
      },
    ]);
    expect(intersectoral.overlapCoverage).toBe(0);
    // Annual cadence, 5 months in: floor(5 / 12) + 1 = 1 meeting expected, 1 held.
    expect(intersectoral.meetings).toEqual({
      held: 1,
      expected: 1,
      cadence: 'annual',
      cadenceSource: 'reporting',
      rate: 1,
      dates: ['2026-03-12'],
    });
  });

  it("expects meetings at the communication group's own cadence when the plan gives one", () => {
    const input = workPlanInput();
    (input.arrangements as { communicationGroup?: unknown }).communicationGroup = {
      name: 'Communication group',
      members: ['GS', 'TSB', 'BDT'],
      meetingCadence: 'quarterly',
    };
    const quarterly = resolution1332Lenses({
      plan: parseWorkPlan(input),
      reports: [report],
      asOf: '2026-06-30',
    });
    // Quarterly, 5 months in: floor(5 / 3) + 1 = 2 meetings expected, 1 held.
    expect(quarterly.intersectoral.meetings).toEqual({
      held: 1,
      expected: 2,
      cadence: 'quarterly',
      cadenceSource: 'communication-group',
      rate: 0.5,
      dates: ['2026-03-12'],
    });
  });

  it('counts office-led measures, money and people by region, and countries reached', () => {
    const { regional } = lenses;
    expect([regional.officeLed, regional.officeCoLed, regional.officeShare]).toEqual([
      [],
      ['M1'],
      0.5,
    ]);
    expect(regional.byRegion).toEqual({
      AFR: { measures: 1, budget: { USD: 400000 }, beneficiaries: 150 },
      ASP: { measures: 1, budget: {}, beneficiaries: 0 },
    });
    expect(regional.countries).toEqual({
      targeted: 3,
      reached: 1,
      reachedShare: 1 / 3,
      byGroup: {
        ldc: { targeted: 3, reached: 1 },
        lldc: { targeted: 3, reached: 1 },
        sids: { targeted: 0, reached: 0 },
      },
      notReached: ['NPL', 'RWA'],
    });
  });

  it('counts pledges delivered by category and kind, members and partners', () => {
    expect(lenses.membership).toEqual({
      pledged: 1,
      delivered: 1,
      deliveryShare: 1,
      byCategoryAndKind: [
        {
          category: 'member-state',
          kind: 'financial',
          pledged: 1,
          delivered: 1,
          pledgedAmount: { CHF: 100000 },
          deliveredAmount: { CHF: 50000 },
        },
      ],
      contributingMembers: ['Example Administration'],
      pledgingMembers: 1,
      partnersByRole: { implementing: ['UNDP'] },
    });
  });

  it('sees a joint measure that spans the bureaus of an overlap as covering it', () => {
    const input = workPlanInput();
    input.measures[0]!.contributors = ['GS'];
    input.measures[0]!.targetRegions = [];
    input.measures[0]!.targetCountries = [];
    (input.measures[0] as { global?: boolean }).global = true;
    const covered = resolution1332Lenses({
      plan: parseWorkPlan(input),
      reports: [],
      asOf: '2026-06-30',
      catalogues: [catalogue],
    });
    const talent = covered.intersectoral.overlaps.find((o) => o.pillar === 'talent');
    expect(talent?.coveredBy).toEqual(['M1']);
  });

  it('gives the lenses as of each report', () => {
    const series = lensesTimeSeries({ plan, reports: [report] });
    expect(series.map((l) => [l.asOf, l.membership.delivered])).toEqual([['2026-06-30', 1]]);
  });
});
