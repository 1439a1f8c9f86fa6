import type { StatusReport } from './format.js';

/**
 * The JSON format, described by `schemas/status-output.schema.json` in this package: the format
 * version, the tool, the date, the language of its human text (titles and the signals'
 * `detail`; codes, states, ISO dates and numbers are the same in every language), and for each plan its health and the three lenses as the SDK
 * returns them (`planHealth` of `@itu-aicb/core`, `resolution1332Lenses` of `@itu-aicb/scoring`).
 * A share with nothing to divide by is left out. Text is kept exact: JSON escapes control
 * characters itself.
 *
 * @param report - The report.
 * @returns The JSON text, indented, ending with a line break.
 */
export function renderStatusJson(report: StatusReport): string {
  const output = {
    formatVersion: 1,
    tool: { name: 'aicb', version: report.version },
    asOf: report.asOf,
    language: report.locale.language,
    plans: report.plans,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
