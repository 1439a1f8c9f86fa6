import { ru as scoring } from '@itu-aicb/scoring/locales/ru';
import type { ReportLocale } from '../words/report-locale.js';
import { russianReportWording } from '../words/ru.js';

/**
 * Russian: the scoring locale in Russian with the words of the report. Import it from its own entry,
 * `@itu-aicb/report/locales/ru`; it also serves the validators and `prioritizeMeasures`.
 *
 * @example
 * ```ts
 * ru.report.sections.timeline;
 * //=> 'График'
 * ```
 */
export const ru: ReportLocale = { ...scoring, report: russianReportWording };
