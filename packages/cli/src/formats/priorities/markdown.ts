import type { PriorityReport } from './format.js';
import { printableDeep } from './format.js';
import { sensitivityText } from './sensitivity.js';

/** A Markdown table cell: line breaks become spaces, and `\` and `|` are escaped. */
const markdownCell = (text: string): string =>
  text
    .replace(/\r\n|\r|\n/g, ' ')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|');

/**
 * The Markdown format: a table of ranks, measures, scores, titles and reasons, the notes as a
 * list, and the stability analysis, if any, in a code block. Text from the files is made
 * printable.
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a line break.
 */
export function renderPriorityMarkdown(report: PriorityReport): string {
  const { result, shown, sensitivity } = printableDeep(report);
  const lines = [
    `| rank | measure | score | title | why |`,
    `| ---: | --- | ---: | --- | --- |`,
    ...shown.map(
      (e) =>
        `| ${e.rank} | ${markdownCell(e.measureId)} | ${e.score.toFixed(4)} | ${markdownCell(e.title)} | ${markdownCell(e.reason)} |`,
    ),
  ];
  if (result.notes.length > 0)
    lines.push('', ...result.notes.map((note) => `- ${markdownCell(note)}`));
  return `${lines.join('\n')}\n${sensitivity === undefined ? '' : `\n\`\`\`\n${sensitivityText(sensitivity, result).trim()}\n\`\`\`\n`}`;
}
