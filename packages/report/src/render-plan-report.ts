import {
  ScoringError,
  defaultScoringProfile,
  needsCoverage,
  prioritizeMeasures,
} from '@itu-aicb/scoring';
import type { Prioritization } from '@itu-aicb/scoring';
import { escapeHtml, localized, mainText, phrase } from './html/markup.js';
import { PAGE_STYLE } from './html/page-style.js';
import type { PlanReportInput } from './report-input.js';
import { AT_A_GLANCE } from './sections/at-a-glance.js';
import { FINDINGS } from './sections/findings.js';
import { MONITORING } from './sections/monitoring.js';
import { NEEDS } from './sections/needs.js';
import { PRIORITIES } from './sections/priorities.js';
import type { ReportContext, ReportSection } from './sections/report-context.js';
import { STABILITY } from './sections/stability.js';
import type { ReportStability } from './sections/stability-analysis.js';
import { stabilityAnalysis } from './sections/stability-analysis.js';
import { TIMELINE } from './sections/timeline.js';

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
  SECTIONS.map(({ id, title }) => ({ id, title }));

const explained = <T>(compute: () => T): T | string => {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ScoringError)
      return `The measures cannot be ranked: ${error.message} [${error.code}]`;
    throw error;
  }
};

function context(input: PlanReportInput): ReportContext {
  const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
  const plan = input.plan;
  const profile = input.profile ?? defaultScoringProfile();
  const assessments = input.assessments ?? [];
  const catalogues = input.catalogues ?? [];
  const ranking: Prioritization | string =
    plan === undefined
      ? 'There is no valid work plan to rank.'
      : explained(() => prioritizeMeasures({ plan, profile, assessments, catalogues }));
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
  };
}

/**
 * Writes the report of a plan as one self-contained HTML page: no script, no request for
 * anything outside it, charts drawn as inline SVG with their numbers in tooltips and tables, and
 * print styles. Sections: the plan at a glance, priorities, how sure the ranking is, needs and
 * coverage, timeline, plan health and monitoring (with `monitoring` input), findings of
 * validation. Text from the files is escaped and marked with its language and direction.
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
 * ```
 */
export function renderPlanReport(input: PlanReportInput): string {
  const report = context(input);
  const sections = SECTIONS.flatMap((section) => {
    const html = section.render(report);
    return html === undefined ? [] : [{ ...section, html }];
  });
  const plan = report.plan;
  const title = plan === undefined ? 'Plan report' : mainText(plan.title).text;
  const translations =
    plan === undefined
      ? ''
      : `<ul class="translations">${Object.entries(plan.title)
          .filter(
            ([language, text]) => language !== mainText(plan.title).language && text !== undefined,
          )
          .map(([language, text]) => `<li>${phrase(text ?? '', language)}</li>`)
          .join('')}</ul>`;
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Report: ${title}`)}</title>`,
    `<style>${PAGE_STYLE}</style></head>`,
    '<body>',
    '<header>',
    `<h1>${plan === undefined ? 'Plan report' : localized(plan.title)}</h1>`,
    translations,
    `<p>As of ${escapeHtml(report.asOf)}${plan === undefined ? '' : ` · plan <code>${escapeHtml(plan.id)}</code>`}</p>`,
    `<nav aria-label="Sections"><ol>${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></nav>`,
    '</header>',
    '<main>',
    ...sections.map(
      (s, index) =>
        `<section id="${s.id}" aria-labelledby="${s.id}-heading"><h2 id="${s.id}-heading">${index + 1}. ${escapeHtml(s.title)}</h2>${s.html}</section>`,
    ),
    '</main>',
    '</body></html>',
    '',
  ].join('\n');
}
