import { printableDeep } from '../priorities/format.js';
import type { StatusReport } from './format.js';
import { statusLines, statusSpeech } from './format.js';

/**
 * The text format: for each plan, a table of its measures with their state, status, spend,
 * milestones achieved and the signals behind the state, then the roll-ups, the overdue
 * milestones, the budget execution and the three lenses, in the report's language (Arabic lines
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
    const { rows, sections } = statusLines(status, speech);
    const table = [header, ...rows];
    const widths = header.map((_, column) =>
      column === header.length - 1
        ? 0
        : Math.max(...table.map((row) => (row[column] ?? '').length)),
    );
    for (const row of table) {
      out.push(
        `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd(),
      );
    }
    for (const section of sections) {
      out.push(
        '',
        `${section.title}${words.colon}`.trimEnd(),
        ...section.lines.map((line) => `  ${line}`),
      );
    }
    out.push('');
  }
  if (report.plans.length === 0) out.push(words.noPlan);
  return `${out.map(format.line).join('\n')}\n`;
}
