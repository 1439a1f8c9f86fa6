import { printableDeep } from '../priorities/format.js';
import type { StatusReport } from './format.js';
import { statusLines, statusSpeech } from './format.js';

/**
 * The text format: for each plan, a table of its measures with their state, status, spend,
 * milestones achieved and the signals behind the state, then the roll-ups, the overdue
 * milestones, the budget execution, the three lenses and the trend (one row per report read), in
 * the report's language (Arabic lines
 * isolate their left-to-right runs). Text from the files is made printable.
 *
 * @param report - The report.
 * @returns The text, ending with a line break.
 */
export function renderStatusText(report: StatusReport): string {
  const speech = statusSpeech(report);
  const { words, format, header } = speech;
  const out: string[] = [];
  for (const status of printableDeep(report.plans)) {
    const { health } = status;
    out.push(words.plan(health.plan, format.date(health.asOf), health.reports), '');
    const { rows, sections, trend } = statusLines(status, speech);
    out.push(...aligned([header, ...rows]));
    for (const section of sections) {
      out.push(
        '',
        `${section.title}${words.colon}`.trimEnd(),
        ...section.lines.map((line) => `  ${line}`),
      );
    }
    if (trend.rows.length > 0) {
      out.push('', `${words.trend.title}${words.colon}`.trimEnd());
      out.push(...aligned([trend.header, ...trend.rows]));
    }
    out.push('');
  }
  if (report.plans.length === 0) out.push(words.noPlan);
  return `${out.map(format.line).join('\n')}\n`;
}

/** The rows of a table as lines, indented, each column as wide as its widest cell but the last. */
function aligned(table: readonly (readonly string[])[]): string[] {
  const columns = table[0]?.length ?? 0;
  const widths = Array.from({ length: columns }, (_, column) =>
    column === columns - 1 ? 0 : Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  return table.map((row) =>
    `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd(),
  );
}
