import { es as scoring } from '@itu-aicb/scoring/locales/es';
import type { ReportLocale } from '../words/report-locale.js';
import { spanishReportWording } from '../words/es.js';

/**
 * Spanish: the scoring locale in Spanish with the words of the report. Import it from its own entry,
 * `@itu-aicb/report/locales/es`; it also serves the validators and `prioritizeMeasures`.
 *
 * @example
 * ```ts
 * es.report.sections.timeline;
 * //=> 'Calendario'
 * ```
 */
export const es: ReportLocale = { ...scoring, report: spanishReportWording };
