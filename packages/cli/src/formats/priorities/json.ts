import type { PriorityReport } from './format.js';

/**
 * The JSON format: the profile, method, what a score means, the as-of date of country groups,
 * criteria, the ranks shown (each with its completeness), the measures with not enough data to
 * rank, the excluded measures, the AHP
 * consistency, the notes and the stability analysis, if any. Text is kept exact: JSON escapes
 * control characters itself.
 *
 * @param report - The report.
 * @returns The JSON text, indented, ending with a line break.
 */
export function renderPriorityJson({ result, shown, sensitivity }: PriorityReport): string {
  const output = {
    profile: result.profile,
    method: result.method,
    better: result.better,
    scoreMeaning: result.scoreMeaning,
    asOf: result.asOf,
    criteria: result.criteria,
    ranking: shown,
    incomplete: result.incomplete,
    excluded: result.excluded,
    ...(result.consistency === undefined ? {} : { consistency: result.consistency }),
    notes: result.notes,
    ...(sensitivity === undefined ? {} : { sensitivity }),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
