import type { ScoringMethod } from '@itu-aicb/core';
import { reportFormats } from './formats.js';
import { ENGLISH } from './report-language.js';
import type { ReportLocale } from './report-locale.js';

/**
 * What a score means, in words, for the method that gave it.
 *
 * @param score - A measure's score.
 * @param method - The method of the prioritisation.
 * @param locale - The language of the sentence. Default: English.
 * @returns One sentence that reads the score.
 *
 * @example
 * ```ts
 * scoreInWords(0.501, 'topsis').startsWith('A score of 0.501 means the measure stands 50% of the way');
 * //=> true
 * ```
 */
export function scoreInWords(
  score: number,
  method: ScoringMethod,
  locale: Pick<ReportLocale, 'intl' | 'report'> = ENGLISH,
): string {
  const formats = reportFormats(locale.intl);
  const text = formats.fixed(score, Math.abs(score) >= 1000 ? 0 : 3);
  return locale.report.scoreInWords[method](text, formats.percent(score, 0));
}
