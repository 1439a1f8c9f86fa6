import type { PriorityReport } from './format.js';
import { printableDeep } from './format.js';

/**
 * A CSV cell. Text that a spreadsheet would take as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`; numbers are written as they are.
 */
function csvCell(value: string | number | null): string {
  const text =
    value === null
      ? ''
      : typeof value === 'string' && /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV format: a header, then one row per rank shown with its measure, title, score, criteria measured and filled, reason
 * and the raw value of each criterion (empty when missing). Text from the files is made
 * printable.
 *
 * @param report - The report.
 * @returns The CSV text, ending with a line break.
 */
export function renderPriorityCsv(report: PriorityReport): string {
  const { result, shown } = printableDeep(report);
  const header = [
    'rank',
    'measure',
    'title',
    'score',
    'measured',
    'filled',
    'reason',
    ...result.criteria.map((c) => c.id),
  ];
  const rows = shown.map((entry) => [
    entry.rank,
    entry.measureId,
    entry.title,
    entry.score,
    entry.completeness.measured,
    entry.completeness.filled,
    entry.reason,
    ...entry.values.map((v) => v.raw),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
