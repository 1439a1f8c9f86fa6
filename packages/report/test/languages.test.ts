// The report in the six official languages, through the package entry and the locale entries.
import { describe, expect, it } from 'vitest';
import type { WorkPlan } from '@itu-aicb/core';
import { prioritizeMeasures } from '@itu-aicb/scoring';
import type { ReportLocale } from '@itu-aicb/report';
import {
  REPORT_SECTIONS,
  englishReportLocale,
  monitoringFromReports,
  renderPlanReport,
  scoreInWords,
  stabilityCaveat,
} from '@itu-aicb/report';
import { ar } from '@itu-aicb/report/locales/ar';
import { en } from '@itu-aicb/report/locales/en';
import { es } from '@itu-aicb/report/locales/es';
import { fr } from '@itu-aicb/report/locales/fr';
import { ru } from '@itu-aicb/report/locales/ru';
import { zh } from '@itu-aicb/report/locales/zh';
import { prioritizationSensitivity } from '@itu-aicb/scoring';
import { exampleWorkspace } from './example-workspace.js';

const AS_OF = '2026-12-01';
const workspace = await exampleWorkspace();
const OTHERS = [ar, es, fr, ru, zh];

/** The example plan with a French and Spanish title on its first measure and objective. */
function translatedPlan(): WorkPlan {
  const [measure, ...measures] = workspace.plan.measures;
  const [objective, ...objectives] = workspace.plan.objectives;
  if (measure === undefined || objective === undefined) throw new Error('the example changed');
  return {
    ...workspace.plan,
    measures: [
      {
        ...measure,
        title: { en: measure.title.en, fr: 'Former les formateurs', es: 'Formar formadores' },
      },
      ...measures,
    ],
    objectives: [
      { ...objective, title: { en: objective.title.en, fr: 'Compétences en IA' } },
      ...objectives,
    ],
  };
}

const plan = translatedPlan();
const pages = new Map(
  [en, ...OTHERS].map((locale) => [
    locale.language,
    renderPlanReport({
      ...workspace,
      plan,
      asOf: AS_OF,
      sensitivity: { samples: 200, seed: 1 },
      monitoring: monitoringFromReports({ ...workspace, plan, asOf: AS_OF }, { locale }),
      locale,
    }),
  ]),
);
const page = (locale: ReportLocale): string => pages.get(locale.language) ?? '';
/** The page without its style sheet, whose braces are CSS. */
const body = (html: string): string => html.slice(html.indexOf('</style>'));
/** Every text of the page outside tags. */
const texts = (html: string): string[] =>
  [...body(html).matchAll(/>([^<]+)</g)].map((match) => match[1] ?? '').filter((t) => t.trim());

describe('renderPlanReport in the six languages', () => {
  it('writes English by default, the same page as with the English locale', () => {
    const plain = renderPlanReport({ ...workspace, asOf: AS_OF, sensitivity: false });
    expect(plain).toBe(
      renderPlanReport({
        ...workspace,
        asOf: AS_OF,
        sensitivity: false,
        locale: englishReportLocale,
      }),
    );
    expect(plain).toContain('<html lang="en" dir="ltr">');
  });

  it.each([en, ...OTHERS].map((locale) => [locale.language, locale] as const))(
    '%s: lang and dir set, every section headed in the language, nothing left unfilled',
    (_, locale) => {
      const html = page(locale);
      expect(html).toContain(`<html lang="${locale.language}" dir="${locale.direction}">`);
      const headings = [...html.matchAll(/<h2 id="([^"]+)-heading">[^<]*?\. ([^<]+)<\/h2>/g)];
      expect(headings.map((match) => match[1])).toEqual(REPORT_SECTIONS.map((s) => s.id));
      for (const [, id, title] of headings)
        expect(title).toBe(locale.report.sections[id as keyof ReportLocale['report']['sections']]);
      expect(body(html)).not.toMatch(/undefined|NaN|\[object |\{|\}/);
      expect(texts(html).length).toBeGreaterThan(300);
    },
  );

  it.each(OTHERS.map((locale) => [locale.language, locale] as const))(
    '%s: no English heading, chart title, caption or table header is left',
    (_, locale) => {
      const html = page(locale);
      const english = en.report;
      const leftovers = [
        ...Object.values(english.sections),
        english.page.chartTable,
        english.atAGlance.budgetChart.title,
        english.atAGlance.objectives.caption,
        english.priorities.chart.title,
        english.priorities.rankedCaption,
        english.stability.acceptability.title,
        english.stability.weights.title,
        english.needs.chart.title,
        english.timeline.caption,
        english.monitoring.chart.title,
        english.monitoring.lenses.intersectoral.title,
        english.monitoring.lenses.membership.summary,
        english.findings.header[0],
        english.findings.header[1],
        ...Object.values(english.monitoring.states),
      ];
      const found = leftovers.filter((text) =>
        texts(html).some((piece) => piece.trim() === text || piece.includes(`${text}.`)),
      );
      expect(found).toEqual([]);
      // The tooltip of the ranks a measure never took, in the language: the words around the
      // measure and the share, in a tooltip of their own.
      const phrase = locale.report.stability.acceptability.otherRanks?.('MEASURE', 'SHARE') ?? '';
      const between = phrase.slice(phrase.indexOf('MEASURE') + 7, phrase.indexOf('SHARE'));
      const after = phrase.slice(phrase.indexOf('SHARE') + 5);
      expect(between.trim()).not.toBe('');
      const titles = html
        .split('<title>')
        .slice(1)
        .map((part) => part.slice(0, part.indexOf('</title>')));
      expect(titles.some((title) => title.includes(between) && title.endsWith(after))).toBe(true);
      expect(html).not.toContain(' at the other ranks: ');
      // The figures and their text alternatives are all there, in the language.
      expect(html.split('<figure ').length - 1).toBeGreaterThanOrEqual(10);
      expect(html).toContain(`<summary>${locale.report.page.chartTable}</summary>`);
    },
  );

  it("shows the plan's own text in the language where it has one, and marks the fallback", () => {
    const [measure] = plan.measures;
    const french = page(fr);
    expect(french).toContain('<span lang="fr" dir="auto">Compétences en IA</span>');
    expect(french).toContain('<span lang="fr" dir="auto">Former les formateurs</span>');
    // The second objective has no French title: English, marked.
    const second = plan.objectives[1]!;
    expect(french).toContain(
      `<span lang="en" dir="auto">${second.title.en}</span> <span class="fallback">(en anglais)</span>`,
    );
    expect(page(es)).toContain('<span lang="es" dir="auto">Formar formadores</span>');
    const arabic = page(ar);
    expect(arabic).toContain(
      `<span lang="en" dir="auto">${measure!.title.en}</span> <span class="fallback">(بالإنجليزية)</span>`,
    );
    expect(page(en)).not.toContain('class="fallback"');
  });

  it('writes dates, numbers and money for the language and keeps the ISO date machine-readable', () => {
    expect(page(fr)).toContain('<time datetime="2026-12-01">1 décembre 2026</time>');
    expect(page(es)).toContain('<time datetime="2026-12-01">1 de diciembre de 2026</time>');
    expect(page(zh)).toContain('<time datetime="2026-12-01">2026年12月1日</time>');
    expect(page(ar)).toMatch(/<time datetime="2026-12-01">1 ديسمبر 2026<\/time>/);
    // French groups thousands with a narrow no-break space and writes the percent after a space.
    expect(page(fr)).toMatch(
      /Budget 3\u202f950\u202f000\u00a0USD, dont 1\u202f434\u202f000 acquis \(36,3\u00a0%\)/,
    );
    expect(page(en)).toContain('Budget USD\u00a03,950,000, of which 1,434,000 secured (36.3%)');
    // Arabic keeps Latin digits, as in the ids around them.
    expect(page(ar)).not.toMatch(/[\u0660-\u0669]/);
  });

  it('names ITU terms from the locale and countries with Intl.DisplayNames', () => {
    for (const locale of OTHERS) {
      const html = page(locale);
      expect(html).toContain(locale.terms.bureaus.BDT);
      expect(html).toContain(locale.terms.pillars.talent);
      expect(html).toContain(`${locale.terms.regions.AFR} (AFR)`);
      const ethiopia = new Intl.DisplayNames([locale.intl], { type: 'region' }).of('ET') ?? '';
      expect(html).toContain(ethiopia);
    }
    expect(page(en)).toContain('Lao People&#39;s Democratic Republic');
  });

  it('words the ranking, the findings and the lenses in the language', () => {
    const french = prioritizeMeasures({ ...workspace, plan, locale: fr });
    expect(page(fr)).toContain(french.ranking[0]!.reason.slice(0, 40).replaceAll("'", '&#39;'));
    const finding = workspace.findings.find((f) => f.params !== undefined)!;
    expect(page(en)).toContain(finding.code);
    expect(page(ru)).not.toContain(finding.message.replaceAll('"', '&quot;'));
    const lenses = monitoringFromReports({ ...workspace, plan, asOf: AS_OF }, { locale: zh });
    expect(lenses.lenses.map((lens) => lens.title)).toEqual([
      zh.report.monitoring.lenses.intersectoral.title,
      zh.report.monitoring.lenses.regional.title,
      zh.report.monitoring.lenses.membership.title,
    ]);
    expect(lenses).toEqual({
      ...monitoringFromReports({ ...workspace, plan, asOf: AS_OF }),
      lenses: lenses.lenses,
      health: lenses.health,
    });
  });

  it('writes an Arabic chart label right to left, within its room', () => {
    const arabic = page(ar);
    const labels = [...arabic.matchAll(/<text [^>]*direction="rtl"[^>]*>/g)].map((m) => m[0]);
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(label).toContain('text-anchor=');
  });
});

describe('the sentences of the report in the six languages', () => {
  const ranked = prioritizeMeasures(workspace);
  const sensitivity = prioritizationSensitivity(ranked, workspace.profile, {
    samples: 200,
    seed: 1,
  });

  it.each(OTHERS.map((locale) => [locale.language, locale] as const))(
    '%s: the caveat and the reading of a score keep the ids and numbers',
    (_, locale) => {
      const caveat = stabilityCaveat(ranked, sensitivity, locale);
      const english = stabilityCaveat(ranked, sensitivity);
      expect(caveat).toBeDefined();
      expect(caveat).not.toBe(english);
      expect(caveat).toContain(ranked.ranking[0]!.measureId);
      for (const method of ['topsis', 'vikor', 'copras'] as const) {
        const reading = scoreInWords(0.5, method, locale);
        expect(reading).not.toBe(scoreInWords(0.5, method));
        expect(reading).toMatch(/0[.,]500/);
      }
    },
  );
});
