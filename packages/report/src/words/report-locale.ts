import type { ScoringLocale } from '@itu-aicb/scoring';
import type { ReportWording } from './report-wording.js';

/**
 * A scoring locale with the words of the report: one object serves the validators of
 * `@itu-aicb/core`, `prioritizeMeasures` and `renderPlanReport`. Import one per language from its
 * own entry, `@itu-aicb/report/locales/<tag>`; English is the default and is
 * `englishReportLocale`.
 *
 * @example
 * ```ts
 * declare const arabic: ReportLocale;
 * declare const plan: WorkPlan;
 * const html = renderPlanReport({ plan, asOf: '2026-06-30', locale: arabic });
 * html.includes('<html lang="ar" dir="rtl">'); // for the Arabic locale
 * ```
 */
export interface ReportLocale extends ScoringLocale {
  /** The words of the report in the locale's language. */
  readonly report: ReportWording;
}
