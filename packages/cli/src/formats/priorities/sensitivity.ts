import type { PrioritizationSensitivity, Prioritization } from '@itu-aicb/scoring';
import { stabilityCaveat } from '@itu-aicb/report';
import { fixed } from './format.js';

/**
 * The stability analysis as text: the weight intervals that keep the top of the order, the rank
 * acceptability of each measure, the agreement with other methods and, when the first measure is
 * first in less than half of the draws, a caveat.
 *
 * @param sensitivity - The analysis.
 * @param result - The prioritisation it analyses.
 * @returns The text, starting with an empty line and ending with a line break.
 */
export function sensitivityText(
  sensitivity: PrioritizationSensitivity,
  result: Prioritization,
): string {
  const percent = (x: number): string => `${fixed(x * 100, 1)}%`;
  const lines = [
    '',
    `Stability: the order ${sensitivity.top.join(', ')} holds while each weight stays within`,
    ...sensitivity.weightStability.map(
      (c) =>
        `  ${c.criterion.padEnd(22)} ${fixed(c.weight, 3)}  [${fixed(c.low, 3)}, ${fixed(c.high, 3)}]${c.exact ? '' : ' (approximate)'}`,
    ),
    `Rank acceptability over ${sensitivity.samples.toLocaleString('en')} random weight vectors (seed ${sensitivity.seed}):`,
    ...sensitivity.acceptability.map(
      (a) =>
        `  ${a.measureId.padEnd(12)} first ${percent(a.byRank[0] ?? 0).padStart(6)}  expected rank ${fixed(a.expectedRank, 2)}`,
    ),
    `Agreement with ${result.method} (Spearman, Kendall):`,
    ...sensitivity.agreement.methods.map(
      (m, i) =>
        `  ${m.method.padEnd(18)} ${fixed(sensitivity.agreement.spearman[0]?.[i] ?? 0, 3)}  ${fixed(sensitivity.agreement.kendall[0]?.[i] ?? 0, 3)}`,
    ),
    ...sensitivity.skippedMethods.map((s) => `  ${s.method.padEnd(18)} left out: ${s.reason}`),
  ];
  const caveat = stabilityCaveat(result, sensitivity);
  if (caveat !== undefined) lines.push('', caveat);
  return `${lines.join('\n')}\n`;
}
