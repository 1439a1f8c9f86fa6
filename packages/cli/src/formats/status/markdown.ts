import { printableDeep } from '../priorities/format.js';
import { markdownCell } from '../priorities/markdown.js';
import type { StatusReport } from './format.js';
import { statusLines, statusSpeech } from './format.js';

/**
 * The Markdown format: for each plan, a heading, a table of its measures, and a list for each of
 * the roll-ups, the overdue milestones, the budget execution and the three lenses, then a table of
 * the trend (one row per report read), in the report's language. Text from the files is made printable, and Markdown and HTML syntax in it is
 * escaped.
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a line break.
 */
export function renderStatusMarkdown(report: StatusReport): string {
  const speech = statusSpeech(report);
  const { words, format, header } = speech;
  const out: string[] = [];
  for (const status of printableDeep(report.plans)) {
    const { health } = status;
    out.push(
      `## ${markdownCell(words.planHeading(health.plan, format.date(health.asOf)))}`,
      '',
      markdownCell(words.reportsRead(health.reports)),
      '',
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
    );
    const { rows, sections, trend } = statusLines(status, speech);
    for (const row of rows) out.push(`| ${row.map(markdownCell).join(' | ')} |`);
    for (const section of sections) {
      out.push(
        '',
        `### ${section.title}`,
        '',
        ...section.lines.map((line) => `- ${markdownCell(line)}`),
      );
    }
    if (trend.rows.length > 0) {
      out.push(
        '',
        `### ${words.trend.title}`,
        '',
        `| ${trend.header.join(' | ')} |`,
        `| ${trend.header.map(() => '---').join(' | ')} |`,
        ...trend.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
      );
    }
    out.push('');
  }
  if (report.plans.length === 0) out.push(words.noPlan);
  return `${out.join('\n')}\n`;
}
