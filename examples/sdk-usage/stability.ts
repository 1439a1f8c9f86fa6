// How far the example ranking holds: each weight's stable interval, how often each measure takes
// each rank under random weights (seeded, so the numbers repeat), and agreement between methods.
//   pnpm --filter ./examples/sdk-usage stability
import { prioritizationSensitivity, prioritizeMeasures } from '@itu-aicb/scoring';
import type { PrioritizationSensitivity } from '@itu-aicb/scoring';
import { loadExample } from './prioritize.js';
import { isMain } from './workspace.js';

/** The analysis of the example workspace's ranking. */
export function analyseExample(samples = 10_000, seed = 42): PrioritizationSensitivity {
  const input = loadExample();
  return prioritizationSensitivity(prioritizeMeasures(input), input.profile, { samples, seed });
}

/** The analysis as readable lines. */
export function stabilityReport(analysis: PrioritizationSensitivity): string[] {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `Top order: ${analysis.top.join(', ')}. It holds while each weight stays within:`,
    ...analysis.weightStability.map(
      (c) =>
        `  ${c.criterion.padEnd(22)} ${c.weight.toFixed(3)} in [${c.low.toFixed(3)}, ${c.high.toFixed(3)}]`,
    ),
    `Under ${analysis.samples.toLocaleString('en')} random weight vectors (seed ${analysis.seed}):`,
    ...analysis.acceptability.map(
      (a) =>
        `  ${a.measureId.padEnd(9)} first in ${percent(a.byRank[0] ?? 0).padStart(6)}, expected rank ${a.expectedRank.toFixed(2)}`,
    ),
    `Agreement with ${analysis.agreement.methods[0]?.method ?? ''} (Spearman):`,
    ...analysis.agreement.methods.map(
      (m, i) => `  ${m.method.padEnd(17)} ${(analysis.agreement.spearman[0]?.[i] ?? 0).toFixed(3)}`,
    ),
    ...analysis.skippedMethods.map((s) => `  ${s.method} left out: ${s.reason}`),
  ];
}

if (isMain(import.meta.url)) {
  for (const line of stabilityReport(analyseExample())) console.log(line);
}
