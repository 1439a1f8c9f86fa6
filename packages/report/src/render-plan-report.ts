import {
  ScoringError,
  defaultScoringProfile,
  needsCoverage,
  prioritizeMeasures,
} from '@itu-aicb/scoring';
import type { Prioritization } from '@itu-aicb/scoring';
import { pickText } from '@itu-aicb/core';
import { escapeHtml, phrase } from './html/markup.js';
import { PAGE_STYLE } from './html/page-style.js';
import type { PlanReportInput } from './report-input.js';
import { AT_A_GLANCE } from './sections/at-a-glance.js';
import { FINDINGS } from './sections/findings.js';
import { MONITORING } from './sections/monitoring.js';
import { NEEDS } from './sections/needs.js';
import { PRIORITIES } from './sections/priorities.js';
import type { ReportContext, ReportSection } from './sections/report-context.js';
import { dateHtml, documentText } from './sections/report-context.js';
import { STABILITY } from './sections/stability.js';
import type { ReportStability } from './sections/stability-analysis.js';
import { stabilityAnalysis } from './sections/stability-analysis.js';
import { TIMELINE } from './sections/timeline.js';
import { reportFormats } from './words/formats.js';
import { ENGLISH } from './words/report-language.js';

/** The sections in their order; a section whose content is `undefined` is left out. */
const SECTIONS: readonly ReportSection[] = [
  AT_A_GLANCE,
  PRIORITIES,
  STABILITY,
  NEEDS,
  TIMELINE,
  MONITORING,
  FINDINGS,
];

/**
 * The anchors and headings of the report's sections, in order: the plan at a glance, priorities,
 * how sure the ranking is, needs and coverage, timeline, plan health and monitoring (only with
 * monitoring input), findings of validation.
 *
 * @example
 * ```ts
 * REPORT_SECTIONS.map((section) => section.id)[0];
 * //=> 'at-a-glance'
 * ```
 */
export const REPORT_SECTIONS: readonly { readonly id: string; readonly title: string }[] =
  SECTIONS.map(({ id }) => ({ id, title: ENGLISH.report.sections[id] }));

function context(input: PlanReportInput): ReportContext {
  const given = input.locale;
  const locale = given ?? ENGLISH;
  const words = locale.report;
  // The error's message is the scoring kernel's, in English; its code says the same in any language.
  const explained = <T>(compute: () => T): T | string => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof ScoringError) return words.page.cannotRank(error.message, error.code);
      throw error;
    }
  };
  const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
  const plan = input.plan;
  const profile = input.profile ?? defaultScoringProfile();
  const assessments = input.assessments ?? [];
  const catalogues = input.catalogues ?? [];
  const ranking: Prioritization | string =
    plan === undefined
      ? words.page.noPlanToRank
      : explained(() =>
          prioritizeMeasures({
            plan,
            profile,
            assessments,
            catalogues,
            ...(given === undefined ? {} : { locale: given }),
          }),
        );
  let sensitivity: ReportStability | string | undefined;
  if (input.sensitivity !== false && typeof ranking !== 'string' && ranking.ranking.length > 1) {
    const options = input.sensitivity ?? {};
    sensitivity = explained(() => stabilityAnalysis(ranking, profile, options));
  }
  return {
    input,
    asOf,
    plan,
    ranking,
    sensitivity,
    coverage: plan === undefined ? undefined : needsCoverage({ plan, assessments, catalogues }),
    locale,
    given,
    words,
    formats: reportFormats(locale.intl),
  };
}

/**
 * Writes the report of a plan as one self-contained HTML page: no script, no request for
 * anything outside it, charts drawn as inline SVG with their numbers in tooltips and tables, and
 * print styles. Sections: the plan at a glance, priorities, how sure the ranking is, needs and
 * coverage, timeline, plan health and monitoring (with `monitoring` input), findings of
 * validation. Text from the files is escaped and marked with its language and direction.
 *
 * With a `locale` (imported from `@itu-aicb/report/locales/<tag>`), the page is in that language:
 * `lang` and `dir` on the page (right to left for Arabic, with the layout mirrored; the charts
 * keep their axes left to right), numbers, money and dates written for the language, ITU terms
 * and country names in it, and the files' own texts in it where they have them.
 *
 * @param input - The documents, findings, date and options; see {@link PlanReportInput}.
 * @returns The HTML text of the page.
 * @throws Only for a programmer error in the input (such as an `asOf` that is not a date); a plan
 *   that cannot be ranked is said in the page.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const html = renderPlanReport({ plan, asOf: '2026-06-30' });
 * html.startsWith('<!doctype html>');
 * //=> true
 * // In French, with `import { fr as french } from '@itu-aicb/report/locales/fr'`:
 * declare const french: ReportLocale;
 * renderPlanReport({ plan, asOf: '2026-06-30', locale: french }).includes('<html lang="fr" dir="ltr">');
 * ```
 */
export function renderPlanReport(input: PlanReportInput): string {
  const report = context(input);
  const { words, locale } = report;
  const sections = SECTIONS.flatMap((section) => {
    const html = section.render(report);
    return html === undefined ? [] : [{ id: section.id, title: words.sections[section.id], html }];
  });
  const plan = report.plan;
  const title =
    plan === undefined ? words.page.untitled : pickText(plan.title, locale.language).text;
  const shown = plan === undefined ? undefined : pickText(plan.title, locale.language).language;
  const others =
    plan === undefined
      ? []
      : Object.entries(plan.title).filter(
          ([language, text]) => language !== shown && text !== undefined && text !== '',
        );
  const translations =
    others.length === 0
      ? ''
      : `<ul class="translations" aria-label="${escapeHtml(words.page.otherLanguages)}">${others
          .map(([language, text]) => `<li>${phrase(text ?? '', language)}</li>`)
          .join('')}</ul>`;
  return [
    '<!doctype html>',
    `<html lang="${locale.language}" dir="${locale.direction}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(words.page.windowTitle(title))}</title>`,
    `<style>${PAGE_STYLE}</style></head>`,
    '<body>',
    '<header>',
    `<h1>${plan === undefined ? escapeHtml(words.page.untitled) : documentText(report, plan.title)}</h1>`,
    translations,
    `<p>${words.page.asOf(dateHtml(report, report.asOf))}${plan === undefined ? '' : ` · ${escapeHtml(words.page.plan)} <code>${escapeHtml(plan.id)}</code>`}</p>`,
    `<nav aria-label="${escapeHtml(words.page.navigation)}"><ol>${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></nav>`,
    '</header>',
    '<main>',
    ...sections.map(
      (s, index) =>
        `<section id="${s.id}" aria-labelledby="${s.id}-heading"><h2 id="${s.id}-heading">${escapeHtml(report.formats.number(index + 1))}. ${escapeHtml(s.title)}</h2>${s.html}</section>`,
    ),
    '</main>',
    '</body></html>',
    '',
  ].join('\n');
}
