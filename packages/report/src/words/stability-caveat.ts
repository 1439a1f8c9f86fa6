import type { Prioritization, PrioritizationSensitivity } from '@itu-aicb/scoring';

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/**
 * A plain-language warning when the ranking's first measure is first in less than half of the
 * random weightings of a stability analysis: which measure is first most often, and what to do.
 *
 * @param result - The prioritisation.
 * @param sensitivity - Its stability analysis: the rank acceptability over random weights and the
 *   number of draws are read.
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
): string | undefined {
  const top = result.ranking[0];
  if (top === undefined) return undefined;
  const first = (id: string): number =>
    sensitivity.acceptability.find((entry) => entry.measureId === id)?.byRank[0] ?? 0;
  const share = first(top.measureId);
  if (share >= 0.5) return undefined;
  const expected = sensitivity.acceptability.find((entry) => entry.measureId === top.measureId);
  const leader = [...sensitivity.acceptability].sort(
    (a, b) => (b.byRank[0] ?? 0) - (a.byRank[0] ?? 0),
  )[0];
  const draws = `${sensitivity.samples.toLocaleString('en')} random weightings`;
  const rank = expected === undefined ? '' : ` (expected rank ${expected.expectedRank.toFixed(2)})`;
  const other =
    leader !== undefined && leader.measureId !== top.measureId
      ? ` ${leader.measureId} is first most often (${percent(leader.byRank[0] ?? 0)}).`
      : '';
  return (
    `Caution: ${top.measureId} ranks first with these weights, but it is first in only ` +
    `${percent(share)} of ${draws}${rank}.${other} The top of the order depends on the weights: ` +
    'agree on them, or compare the leading measures on their merits, before relying on it.'
  );
}
