import type { Locale } from '@itu-aicb/core';
import { englishLocale } from '@itu-aicb/core';
import type { PrioritizationSensitivity, Prioritization } from '@itu-aicb/scoring';
import { stabilityCaveat } from '@itu-aicb/report';
import { CLI_WORDING } from '../../language/cli-wording.js';
import { humanFormat } from '../../language/human-format.js';
import { reportLocaleOf } from '../../language/report-locales.js';

/**
 * The stability analysis as text, in the locale's language: the weight intervals that keep the
 * top of the order, the rank acceptability of each measure, the agreement with other methods
 * and, when the first measure is first in less than half of the draws, a caveat.
 *
 * @param sensitivity - The analysis.
 * @param result - The prioritisation it analyses.
 * @param locale - The language; English when not given.
 * @returns The text, starting with an empty line and ending with a line break.
 */
export function sensitivityText(
  sensitivity: PrioritizationSensitivity,
  result: Prioritization,
  locale: Locale = englishLocale,
): string {
  const words = CLI_WORDING[locale.language].stability;
  const format = humanFormat(locale);
  const fixed = format.fixed;
  const lines = [
    '',
    words.holds(sensitivity.top.join(', ')),
    ...sensitivity.weightStability.map(
      (c) =>
        `  ${c.criterion.padEnd(22)} ${fixed(c.weight, 3)}  [${fixed(c.low, 3)}, ${fixed(c.high, 3)}]${c.exact ? '' : ` ${words.approximate}`}`,
    ),
    words.acceptability(format.number(sensitivity.samples), String(sensitivity.seed)),
    ...sensitivity.acceptability.map(
      (a) =>
        `  ${a.measureId.padEnd(12)} ${words.first} ${format.percent1(a.byRank[0] ?? 0).padStart(6)}  ${words.expectedRank} ${fixed(a.expectedRank, 2)}`,
    ),
    words.agreement(result.method),
    ...sensitivity.agreement.methods.map(
      (m, i) =>
        `  ${m.method.padEnd(18)} ${fixed(sensitivity.agreement.spearman[0]?.[i] ?? 0, 3)}  ${fixed(sensitivity.agreement.kendall[0]?.[i] ?? 0, 3)}`,
    ),
    ...sensitivity.skippedMethods.map(
      (s) => `  ${s.method.padEnd(18)} ${words.leftOut} ${s.reason}`,
    ),
  ];
  const caveat = stabilityCaveat(result, sensitivity, reportLocaleOf(locale));
  if (caveat !== undefined) lines.push('', caveat);
  return `${lines.map(format.line).join('\n')}\n`;
}
