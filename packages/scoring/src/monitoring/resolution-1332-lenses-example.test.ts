import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '@itu-aicb/core/node';
import { resolution1332Lenses } from '../index.js';

const root = new URL('../../../../examples/itu-ai-capacity-building/', import.meta.url);

describe('resolution1332Lenses on the example workspace, as of 2026-12-01', async () => {
  const loaded = await loadPlanFiles('.', { cwd: root.pathname });
  const [plan] = loaded.plans;
  const lenses = resolution1332Lenses({
    plan: plan!,
    reports: loaded.reports,
    asOf: '2026-12-01',
    assessments: loaded.assessments,
    catalogues: loaded.catalogues,
  });

  it('reads the workspace without errors', () => {
    expect(loaded.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(loaded.reports.map((report) => report.id)).toEqual([
      'itu-aicb-2026-h1',
      'itu-aicb-2026-h2',
    ]);
  });

  it('counts joint measures, overlaps and meetings', () => {
    const { intersectoral } = lenses;
    // M-TAL-02 and M-INF-01 are BDT's with offices only: one bureau each. The other 7 of 9 are joint.
    expect(intersectoral.jointMeasures).toEqual([
      'M-TAL-01',
      'M-CMP-01',
      'M-DAT-01',
      'M-MOD-01',
      'M-STR-01',
      'M-COO-01',
      'M-CMP-02',
    ]);
    expect([intersectoral.measures, intersectoral.jointShare]).toEqual([9, 7 / 9]);
    // Four global overlaps from the catalogue; no regional joint measure can cover a global one.
    expect(
      intersectoral.overlaps.map((o) => [o.pillar, o.region, o.bureaus.join('+'), o.coveredBy]),
    ).toEqual([
      ['cooperation', 'global', 'BDT+GS', []],
      ['models', 'global', 'GS+TSB', []],
      ['strategy', 'global', 'BDT+TSB', []],
      ['talent', 'global', 'BDT+GS+TSB', []],
    ]);
    expect(intersectoral.overlapCoverage).toBe(0);
    // Quarterly meetings from 2026-01-01: floor(11 / 3) + 1 = 4 expected; held in February, May
    // and September.
    expect(intersectoral.meetings).toEqual({
      held: 3,
      expected: 4,
      cadence: 'quarterly',
      cadenceSource: 'communication-group',
      rate: 0.75,
      dates: ['2026-02-10', '2026-05-20', '2026-09-15'],
    });
  });

  it('counts office-led measures, countries reached and the money and people by region', () => {
    const { regional } = lenses;
    expect(regional.officeLed).toEqual(['M-MOD-01']);
    expect(regional.officeCoLed).toEqual([
      'M-TAL-01',
      'M-TAL-02',
      'M-INF-01',
      'M-DAT-01',
      'M-STR-01',
      'M-COO-01',
    ]);
    expect(regional.officeShare).toBe(7 / 9);
    expect(regional.countries).toEqual({
      targeted: 15,
      reached: 11,
      reachedShare: 11 / 15,
      byGroup: {
        ldc: { targeted: 11, reached: 7 },
        lldc: { targeted: 8, reached: 8 },
        sids: { targeted: 2, reached: 1 },
      },
      notReached: ['KIR', 'SDN', 'SEN', 'YEM'],
    });
    expect(Object.keys(regional.byRegion)).toEqual([
      'AFR',
      'ASP',
      'AMS',
      'ARB',
      'CIS',
      'EUR',
      'global',
    ]);
    expect(Object.values(regional.byRegion).map((region) => region.measures)).toEqual([
      5, 5, 3, 2, 1, 1, 1,
    ]);
    // People reached add up, over the regions, to the 4,137 the latest reports count.
    const people = Object.values(regional.byRegion).reduce((sum, r) => sum + r.beneficiaries, 0);
    expect(people).toBeCloseTo(4137, 9);
    expect(regional.byRegion['ASP']).toEqual({
      measures: 5,
      budget: { USD: 1435000, CHF: 225000 },
      beneficiaries: 2035,
    });
  });

  it('counts pledges delivered, members and partners', () => {
    expect(lenses.membership).toEqual({
      pledged: 2,
      delivered: 1,
      deliveryShare: 0.5,
      byCategoryAndKind: [
        {
          category: 'member-state',
          kind: 'financial',
          pledged: 1,
          delivered: 1,
          pledgedAmount: { USD: 250000 },
          // The latest delivery is cumulative: USD 150,000 by 2026-09-30.
          deliveredAmount: { USD: 150000 },
        },
        {
          category: 'academia',
          kind: 'expertise',
          pledged: 1,
          delivered: 0,
          pledgedAmount: {},
          deliveredAmount: {},
        },
      ],
      contributingMembers: ['Example Member State'],
      pledgingMembers: 2,
      partnersByRole: {
        implementing: [
          'Asia-Pacific Telecommunity',
          'UN Office for South-South Cooperation',
          'UNDP',
        ],
        funding: ['Cloud provider consortium'],
      },
    });
  });
});
