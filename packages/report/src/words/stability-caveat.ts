import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';
import { reportFormats } from './formats.js';
import { ENGLISH } from './report-language.js';
import type { ReportLocale } from './report-locale.js';

/**
 * A plain-language warning when the ranking's first measure is first in less than half of the
 * random weightings of a stability analysis: which measure is first most often, and what to do.
 *
 * @param result - The prioritisation.
 * @param sensitivity - Its stability analysis: the rank acceptability over random weights and the
 *   number of draws are read.
 * @param locale - The language of the warning. Default: English.
 * @returns The caveat, or `undefined` when the first measure is first in at least half the draws
 *   or nothing is ranked.
 *
 * @example
 * ```ts
 * declare const result: Prioritization;
 * declare const sensitivity: PrioritizationSensitivity;
 * const caveat = stabilityCaveat(result, sensitivity);
 * if (caveat !== undefined) console.log(caveat);
 * ```
 */
export function stabilityCaveat(
  result: Prioritization,
  sensitivity: Pick<PrioritizationSensitivity, 'acceptability' | 'samples'>,
  locale: Pick<ReportLocale, 'intl' | 'report'> = ENGLISH,
): string | undefined {
  const top = result.ranking[0];
  if (top === undefined) return undefined;
  const first = (id: string): number =>
    sensitivity.acceptability.find((entry) => entry.measureId === id)?.byRank[0] ?? 0;
  const share = first(top.measureId);
  if (share >= 0.5) return undefined;
  const formats = reportFormats(locale.intl);
  const expected = sensitivity.acceptability.find((entry) => entry.measureId === top.measureId);
  const leader = [...sensitivity.acceptability].sort(
    (a, b) => (b.byRank[0] ?? 0) - (a.byRank[0] ?? 0),
  )[0];
  return locale.report.stability.caveat({
    measure: top.measureId,
    share: formats.percent(share),
    samples: formats.number(sensitivity.samples),
    expectedRank: expected === undefined ? undefined : formats.fixed(expected.expectedRank, 2),
    leader:
      leader !== undefined && leader.measureId !== top.measureId
        ? { measure: leader.measureId, share: formats.percent(leader.byRank[0] ?? 0) }
        : undefined,
  });
}
