import { englishScoringLocale as scoring } from '@itu-aicb/scoring';
import type { ReportLocale } from '../words/report-locale.js';
import { englishReportWording } from '../words/en.js';

/**
 * English: the scoring locale in English with the words of the report. It is the default, and the
 * package face exports it as `englishReportLocale`.
 *
 * @example
 * ```ts
 * englishReportLocale.report.sections.timeline;
 * //=> 'Timeline'
 * ```
 */
export const en: ReportLocale = { ...scoring, report: englishReportWording };
