// The report of the example workspace and of small plans built for one point each, through the
// package entry.
import { describe, expect, it } from 'vitest';
import type { ValidationIssue, WorkPlan } from '@itu-aicb/core';
import { HEALTH_STATES, ITU_OFFICES, planHealth, summarizeWorkPlan } from '@itu-aicb/core';
import {
  prioritizationSensitivity,
  prioritizeMeasures,
  resolution1332Lenses,
} from '@itu-aicb/scoring';
import {
  HEALTH_STATE_LABELS,
  REPORT_SECTIONS,
  englishReportLocale,
  monitoringFromReports,
  renderPlanReport,
  stabilityCaveat,
} from '@itu-aicb/report';
import { exampleWorkspace } from './example-workspace.js';

const AS_OF = '2026-06-30';
const workspace = await exampleWorkspace();
const html = renderPlanReport({ ...workspace, asOf: AS_OF });

/** The ids of the page's sections, in order. */
const sectionIds = (page: string): string[] =>
  [...page.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1] ?? '');

/** A copy of the example plan with a changed title and first measure. */
function planWith(title: WorkPlan['title'], measureTitle?: string): WorkPlan {
  const [first, ...rest] = workspace.plan.measures;
  if (first === undefined) throw new Error('the example plan has no measures');
  return {
    ...workspace.plan,
    title,
    measures: [{ ...first, title: { en: measureTitle ?? first.title.en } }, ...rest],
  };
}

describe('renderPlanReport', () => {
  it('writes one page with sections 1 to 5 and 7, and no monitoring section without its input', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(sectionIds(html)).toEqual([
      'at-a-glance',
      'priorities',
      'stability',
      'needs',
      'timeline',
      'findings',
    ]);
    expect(REPORT_SECTIONS.map((s) => s.id)).toContain('monitoring');
  });

  it('needs no script and refers to nothing outside the page', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
  });

  it('gives every chart a title, a description and a table of its numbers', () => {
    const figures = html.split('<figure ').slice(1);
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const figure of figures) {
      expect(figure).toMatch(/<svg [^>]*role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(figure).toMatch(/<title id="[^"]+-title">[^<]+<\/title><desc id="[^"]+-desc">/);
      // The table follows its summary rather than sitting in a closed details, so it prints.
      expect(figure).toMatch(
        /<details class="numbers"><summary>[^<]+<\/summary><\/details><table>/,
      );
    }
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toMatch(/details\.numbers \+ table \{ display: table; \}/);
  });

  it('splits each score into its criteria and puts every contribution in a tooltip and the table', () => {
    const ranked = prioritizeMeasures(workspace);
    const top = ranked.ranking[0]!;
    const contribution = top.values[0]!.contribution.toFixed(4);
    const label = ranked.criteria[0]!.label;
    expect(html).toContain(
      `<title>${top.measureId}, ${label}: contribution ${contribution}</title>`,
    );
    expect(html).toContain(`<td>${top.measureId}</td><td class="num">${top.score.toFixed(4)}</td>`);
  });

  it('names methods, pillars and offices in words rather than by their codes', () => {
    const { report: words, terms } = englishReportLocale;
    const method = workspace.profile.method.name;
    expect(html).toContain(`ranked by ${words.common.methods[method]} with the scoring profile`);
    expect(html).not.toContain(`ranked by ${method} `);
    // The other methods of the agreement table by name.
    expect(html).toContain(`Agreement of other methods with ${words.common.methods[method]}`);
    for (const other of ['weighted-sum', 'promethee-ii'] as const) {
      expect(html).toContain(`<td>${words.common.methods[other]}</td>`);
      expect(html).not.toContain(`<td>${other}</td>`);
    }
    const summary = summarizeWorkPlan(workspace.plan);
    // Pillar bars and their tooltips say the pillar's name.
    for (const [pillar, group] of Object.entries(summary.byPillar)) {
      const name = terms.pillars[pillar as keyof typeof terms.pillars];
      expect(html).toContain(`<title>${name}: ${words.common.measures(group.measures)}</title>`);
      expect(html).not.toContain(`<title>${pillar}: `);
    }
    // An office that leads measures is named by its city and as an office.
    const offices = ITU_OFFICES.filter((office) => office.id in summary.byLead);
    expect(offices.length).toBeGreaterThan(0);
    for (const office of offices) {
      const name = words.atAGlance.office[office.type](office.city);
      expect(html).toContain(`<title>${office.city} (${name}): `);
      expect(html).toContain(`${office.id} <span class="muted">${name}</span>`);
      expect(html).not.toContain(`<title>${office.id}: `);
    }
  });

  it('states the caveat when the first measure is first in less than half the draws', () => {
    const ranked = prioritizeMeasures(workspace);
    const sensitivity = prioritizationSensitivity(ranked, workspace.profile, {
      samples: 1000,
      seed: 1,
    });
    const caveat = stabilityCaveat(ranked, sensitivity);
    expect(
      sensitivity.acceptability.find((a) => a.measureId === ranked.ranking[0]?.measureId)
        ?.byRank[0],
    ).toBeLessThan(0.5);
    expect(caveat).toBeDefined();
    expect(html).toContain('<p class="caveat" role="note">');
    expect(html).toContain(caveat!.slice(0, 60));
  });

  /**
   * The rank-acceptability chart of a page: per ranked measure, its rank cells drawn one by one,
   * its ranks at 0.0% in the table and their runs side by side, and its bands; and the rectangles
   * of the whole chart.
   */
  function acceptability(page: string) {
    const start = page.indexOf('<figure id="chart-acceptability"');
    const chart = page.slice(start, page.indexOf('<table>', start));
    const body = page.slice(page.indexOf('<tbody>', start), page.indexOf('</tbody>', start));
    const rows = prioritizeMeasures(workspace).ranking.map(({ measureId }) => {
      const row = body.slice(body.indexOf(`<td>${measureId}</td>`));
      const cells = [...row.slice(0, row.indexOf('</tr>')).matchAll(/<td[^>]*>([^<]*)<\/td>/g)];
      // After the measure, its first-in share and its expected rank: one cell per rank column.
      const never = cells.slice(3).map((cell) => cell[1] === '0.0%');
      return {
        drawn: chart.split(`<title>${measureId} at rank `).length - 1,
        columns: never.length,
        never: never.filter(Boolean).length,
        runs: never.filter((zero, index) => zero && never[index - 1] !== true).length,
        bands:
          chart.split(`<title>${measureId} at the other ranks: 0.0% of draws</title>`).length - 1,
      };
    });
    return { rows, rectangles: chart.split('<rect ').length - 1 };
  }

  it('draws each run of ranks a measure never took as one band, the table giving each rank', () => {
    const { rows, rectangles } = acceptability(html);
    for (const { drawn, columns, never, runs, bands } of rows) {
      expect(drawn + never).toBe(columns);
      expect(bands).toBe(runs);
    }
    expect(rows.filter((row) => row.bands > 0).length).toBeGreaterThan(0);
    // Nothing else is drawn: one rectangle per cell with a share and per band.
    expect(rectangles).toBe(rows.reduce((sum, row) => sum + row.drawn + row.bands, 0));
  });

  it('draws each of those cells with its own tooltip for a locale without the band tooltip', () => {
    const { otherRanks, ...words } = englishReportLocale.report.stability.acceptability;
    expect(otherRanks).toBeDefined();
    const locale = {
      ...englishReportLocale,
      report: {
        ...englishReportLocale.report,
        stability: { ...englishReportLocale.report.stability, acceptability: words },
      },
    };
    const { rows, rectangles } = acceptability(
      renderPlanReport({ ...workspace, asOf: AS_OF, locale }),
    );
    for (const { drawn, columns, bands } of rows) expect([drawn, bands]).toEqual([columns, 0]);
    expect(rectangles).toBe(rows.reduce((sum, row) => sum + row.columns, 0));
  });

  it('leaves out section 3 on request, and has no caveat then', () => {
    const page = renderPlanReport({ ...workspace, asOf: AS_OF, sensitivity: false });
    expect(sectionIds(page)).not.toContain('stability');
    expect(page).not.toContain('class="caveat"');
  });

  it('lists every uncovered need and every overlap, and marks the overdue milestone', () => {
    const uncovered = /Assessed needs no measure addresses \((\d+)\)/.exec(html)?.[1];
    const section = html.slice(
      html.indexOf('<section id="needs"'),
      html.indexOf('<section id="timeline"'),
    );
    const uncoveredTable = section.slice(
      section.indexOf('Assessed needs no measure'),
      section.indexOf('Overlaps between'),
    );
    expect(Number(uncovered)).toBeGreaterThan(5);
    expect(uncoveredTable.match(/<tr>/g)).toHaveLength(Number(uncovered) + 1);
    expect(html).toContain(
      'Overdue milestones on <time datetime="2026-06-30">June 30, 2026</time> (1)',
    );
    expect(html).toContain('TAL-01-a, due April 30, 2026: overdue');
  });

  it('marks Arabic and Chinese text with its language and direction', () => {
    const page = renderPlanReport({
      ...workspace,
      plan: planWith(
        { en: 'Joint work plan', ar: 'خطة العمل المشتركة', zh: '联合工作计划' },
        'تدريب المسؤولين',
      ),
      asOf: AS_OF,
      sensitivity: false,
    });
    expect(page).toContain('<span lang="ar" dir="rtl">خطة العمل المشتركة</span>');
    expect(page).toContain('<span lang="zh" dir="auto">联合工作计划</span>');
    expect(page).toContain('<span lang="ar" dir="rtl">تدريب المسؤولين</span>');
  });

  it('escapes text from the files', () => {
    const page = renderPlanReport({
      ...workspace,
      plan: planWith({ en: '<script>alert(1)</script>' }, '"><img src=x onerror=alert(1)>'),
      asOf: AS_OF,
      sensitivity: false,
    });
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it("shows section 6 with every measure's health state and the three lenses from the reports", () => {
    const asOf = '2026-12-01';
    const monitoring = monitoringFromReports({ ...workspace, asOf });
    const page = renderPlanReport({ ...workspace, asOf, monitoring });
    expect(sectionIds(page)).toEqual([
      'at-a-glance',
      'priorities',
      'stability',
      'needs',
      'timeline',
      'monitoring',
      'findings',
    ]);
    const section = page.slice(
      page.indexOf('<section id="monitoring"'),
      page.indexOf('<section id="findings"'),
    );
    expect(section).toContain('6. Plan health and monitoring');
    const health = planHealth(workspace.plan, workspace.reports, asOf);
    expect(health.measures.map((measure) => measure.measure)).toEqual(
      workspace.plan.measures.map((measure) => measure.id),
    );
    // Each measure's row names the state planHealth gives it, in words.
    for (const measure of health.measures) {
      const row = new RegExp(
        `<tr><td><span[^>]*>${measure.measure}</span></td><td><span class="swatch"[^>]*></span>${HEALTH_STATE_LABELS[measure.state]}</td>`,
      );
      expect(section, measure.measure).toMatch(row);
    }
    // The example has measures in more than one state, and the counts add up to the plan's.
    expect(new Set(health.measures.map((measure) => measure.state)).size).toBeGreaterThan(1);
    for (const state of HEALTH_STATES) {
      const count = health.measures.filter((measure) => measure.state === state).length;
      expect(section).toContain(`</span>${HEALTH_STATE_LABELS[state]} (${count})</li>`);
    }
    for (const title of [
      'Intersectoral coordination',
      'Regional empowerment',
      'Membership engagement',
    ]) {
      expect(section).toContain(`<h3>${title}</h3>`);
    }
    const lenses = resolution1332Lenses({ ...workspace, asOf });
    const { reached, targeted } = lenses.regional.countries;
    expect(section).toContain(
      `Target countries reached: ${((reached / targeted) * 100).toFixed(1)}%`,
    );
    expect(section).toContain(`${lenses.membership.delivered} of ${lenses.membership.pledged}`);
  });

  it('shows the milestones in section 5 as the progress reports and section 6 do', () => {
    const asOf = '2026-12-01';
    const monitoring = monitoringFromReports({ ...workspace, asOf });
    const page = renderPlanReport({ ...workspace, asOf, monitoring });
    const timeline = page.slice(
      page.indexOf('<section id="timeline"'),
      page.indexOf('<section id="monitoring"'),
    );
    const overdueTable = timeline.slice(timeline.indexOf('Overdue milestones on'));
    const health = planHealth(workspace.plan, workspace.reports, asOf);
    // The same overdue milestones as plan health, whose signals section 6 shows.
    const overdueCount = /Overdue milestones on <time[^>]*>[^<]*<\/time> \((\d+)\)/.exec(timeline);
    expect(Number(overdueCount?.[1] ?? 0)).toBe(health.overdueMilestones.length);
    const signalled = health.measures.flatMap((measure) =>
      measure.signals.filter((signal) => signal.signal === 'milestone-overdue'),
    );
    expect(signalled).toHaveLength(health.overdueMilestones.length);
    for (const late of health.overdueMilestones) {
      expect(overdueTable).toContain(`<td>${late.measure}</td>`);
      expect(overdueTable).toContain(`<td class="num">${late.daysOverdue}</td>`);
    }
    // Milestones a report says were reached (TAL-01-a and MOD-01-a in the example) are shown done
    // on their date and are not overdue; a re-forecast one is shown at its new date.
    const reported = workspace.reports.flatMap((report) =>
      report.asOf <= asOf ? report.measureProgress.flatMap((measure) => measure.milestones) : [],
    );
    const achieved = reported.filter((entry) => entry.achieved !== undefined);
    expect(achieved.length).toBeGreaterThan(0);
    for (const { milestone, achieved: on } of achieved) {
      expect(timeline).toMatch(new RegExp(`${milestone}: .*?<td>done on <time datetime="${on}">`));
      expect(timeline).toContain(`${milestone}, due `);
      expect(timeline).not.toMatch(new RegExp(`${milestone}, due [^<]*: overdue`));
      expect(overdueTable).not.toContain(`${milestone}:`);
    }
    const reached = new Set(achieved.map((entry) => entry.milestone));
    for (const { milestone, forecast } of reported) {
      if (forecast === undefined || reached.has(milestone)) continue;
      expect(timeline).toMatch(
        new RegExp(`${milestone}: .*?re-forecast to <time datetime="${forecast}">`),
      );
    }
    // Without the reports, the plan's own flags: the reached milestones count as overdue.
    const planOnly = renderPlanReport({ ...workspace, asOf });
    expect(planOnly).toContain(`${[...reached][0]}, due `);
    expect(planOnly).toMatch(new RegExp(`${[...reached][0]}, due [^<]*: overdue`));
  });

  it('builds the monitoring views without changing its input', () => {
    const before = JSON.stringify(workspace);
    const monitoring = monitoringFromReports({ ...workspace, asOf: '2026-07-31' });
    expect(JSON.stringify(workspace)).toBe(before);
    expect(monitoring.asOf).toBe('2026-07-31');
    expect(monitoring.health).toHaveLength(workspace.plan.measures.length);
    expect(monitoring.lenses.map((lens) => lens.items.length)).toEqual([3, 5, 2]);
  });

  it('lists the findings by file with line and column, and reports without a plan', () => {
    const finding: ValidationIssue = {
      code: 'schema/unknown-key',
      severity: 'error',
      path: ['measures', 0, 'titel'],
      pointer: '/measures/0/titel',
      message: 'Unknown key "titel".',
      hint: 'Did you mean "title"?',
      source: 'work-plan.yaml',
      position: { line: 12, column: 5, offset: 300, endLine: 12, endColumn: 10, endOffset: 305 },
    };
    const page = renderPlanReport({ findings: [finding], asOf: AS_OF });
    expect(page).toContain('<code>work-plan.yaml</code> (1 finding)');
    expect(page).toContain('<td>12:5</td>');
    expect(page).toContain('There is no valid work plan');
    expect(sectionIds(page)).toEqual([
      'at-a-glance',
      'priorities',
      'needs',
      'timeline',
      'findings',
    ]);
  });

  it('does not change its input and gives the same page for the same input', () => {
    const before = JSON.stringify(workspace);
    expect(renderPlanReport({ ...workspace, asOf: AS_OF })).toBe(html);
    expect(JSON.stringify(workspace)).toBe(before);
  });
});
