import { zh as scoring } from '@itu-aicb/scoring/locales/zh';
import type { ReportLocale } from '../words/report-locale.js';
import { chineseReportWording } from '../words/zh.js';

/**
 * Chinese: the scoring locale in Chinese with the words of the report. Import it from its own entry,
 * `@itu-aicb/report/locales/zh`; it also serves the validators and `prioritizeMeasures`.
 *
 * @example
 * ```ts
 * zh.report.sections.timeline;
 * //=> '时间表'
 * ```
 */
export const zh: ReportLocale = { ...scoring, report: chineseReportWording };
