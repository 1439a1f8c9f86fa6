import { fr as scoring } from '@itu-aicb/scoring/locales/fr';
import type { ReportLocale } from '../words/report-locale.js';
import { frenchReportWording } from '../words/fr.js';

/**
 * French: the scoring locale in French with the words of the report. Import it from its own entry,
 * `@itu-aicb/report/locales/fr`; it also serves the validators and `prioritizeMeasures`.
 *
 * @example
 * ```ts
 * fr.report.sections.timeline;
 * //=> 'Calendrier'
 * ```
 */
export const fr: ReportLocale = { ...scoring, report: frenchReportWording };
