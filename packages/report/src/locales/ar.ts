import { ar as scoring } from '@itu-aicb/scoring/locales/ar';
import type { ReportLocale } from '../words/report-locale.js';
import { arabicReportWording } from '../words/ar.js';

/**
 * Arabic: the scoring locale in Arabic with the words of the report. Import it from its own entry,
 * `@itu-aicb/report/locales/ar`; it also serves the validators and `prioritizeMeasures`.
 *
 * @example
 * ```ts
 * ar.report.sections.timeline;
 * //=> 'الجدول الزمني'
 * ```
 */
export const ar: ReportLocale = { ...scoring, report: arabicReportWording };
