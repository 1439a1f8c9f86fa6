import { printableDeep } from '../priorities/format.js';
import type { StatusReport } from './format.js';
import { statusLines } from './format.js';

const HEADER = ['measure', 'state', 'status', 'spent (of budget)', 'milestones', 'why'];

/**
 * The text format: for each plan, a table of its measures with their state, status, spend,
 * milestones achieved and the signals behind the state, then the roll-ups, the overdue
 * milestones, the budget execution and the three lenses. Text from the files is made printable.
 *
 * @param report - The report.
 * @returns The text, ending with a line break.
 */
export function renderStatusText(report: StatusReport): string {
  const out: string[] = [];
  for (const status of printableDeep(report.plans)) {
    const { health } = status;
    out.push(
      `Plan ${health.plan}, as of ${health.asOf} (reports: ${health.reports.join(', ') || 'none'})`,
      '',
    );
    const { rows, sections } = statusLines(status);
    const table = [HEADER, ...rows];
    const widths = HEADER.map((_, column) =>
      column === HEADER.length - 1
        ? 0
        : Math.max(...table.map((row) => (row[column] ?? '').length)),
    );
    for (const row of table) {
      out.push(
        `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd(),
      );
    }
    for (const section of sections) {
      out.push('', `${section.title}:`, ...section.lines.map((line) => `  ${line}`));
    }
    out.push('');
  }
  if (report.plans.length === 0) out.push('No work plan found.');
  return `${out.join('\n')}\n`;
}
