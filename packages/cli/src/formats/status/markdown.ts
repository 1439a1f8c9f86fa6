import { printableDeep } from '../priorities/format.js';
import { markdownCell } from '../priorities/markdown.js';
import type { StatusReport } from './format.js';
import { statusLines } from './format.js';

/**
 * The Markdown format: for each plan, a heading, a table of its measures, and a list for each of
 * the roll-ups, the overdue milestones, the budget execution and the three lenses. Text from the
 * files is made printable, and Markdown and HTML syntax in it is escaped.
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a line break.
 */
export function renderStatusMarkdown(report: StatusReport): string {
  const out: string[] = [];
  for (const status of printableDeep(report.plans)) {
    const { health } = status;
    out.push(
      `## Plan ${markdownCell(health.plan)}, as of ${health.asOf}`,
      '',
      `Reports read: ${health.reports.map(markdownCell).join(', ') || 'none'}.`,
      '',
      '| measure | state | status | spent (of budget) | milestones | why |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const { rows, sections } = statusLines(status);
    for (const row of rows) out.push(`| ${row.map(markdownCell).join(' | ')} |`);
    for (const section of sections) {
      out.push(
        '',
        `### ${section.title}`,
        '',
        ...section.lines.map((line) => `- ${markdownCell(line)}`),
      );
    }
    out.push('');
  }
  if (report.plans.length === 0) out.push('No work plan found.');
  return `${out.join('\n')}\n`;
}
