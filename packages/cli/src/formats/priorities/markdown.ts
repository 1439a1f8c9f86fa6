import type { PriorityReport } from './format.js';
import { completenessText, fixed, notShownText, printableDeep } from './format.js';
import { sensitivityText } from './sensitivity.js';

// Backslash escapes every character with a meaning in a Markdown cell: `|` ends the cell, `<`,
// `>` and `&` would start HTML or an entity, `[`, `]` and `!` a link or an image (a title such as
// `[x](javascript:...)` must not become a link where the table is rendered), and the rest
// emphasis, code or strike-through.
const MARKDOWN_SPECIAL = /[\\|<>&[\]!`*_~]/g;

/** A Markdown table cell: line breaks become spaces, and Markdown and HTML syntax is escaped. */
export const markdownCell = (text: string): string =>
  text.replace(/\r\n|\r|\n/g, ' ').replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);

/** A code fence longer than any run of backticks in the text, so that the text cannot end it. */
const fenceFor = (text: string): string =>
  '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));

/**
 * The Markdown format: what a score means, a table of ranks, measures, scores, completeness,
 * titles and reasons, the measures with not enough data to rank, the notes as a
 * list, and the stability analysis, if any, in a code block. Text from the files is made
 * printable, and Markdown and HTML syntax in it is escaped, so that it shows as written where the
 * table is rendered.
 *
 * @param report - The report.
 * @returns The Markdown text, ending with a line break.
 */
export function renderPriorityMarkdown(report: PriorityReport): string {
  const { result, shown, sensitivity } = printableDeep(report);
  const lines = [
    markdownCell(result.scoreMeaning),
    '',
    `| rank | measure | score | data | title | why |`,
    `| ---: | --- | ---: | ---: | --- | --- |`,
    ...shown.map(
      (e) =>
        `| ${e.rank} | ${markdownCell(e.measureId)} | ${fixed(e.score, 4)} | ${completenessText(e.completeness)} | ${markdownCell(e.title)} | ${markdownCell(e.reason)} |`,
    ),
  ];
  const notShown = notShownText(report);
  if (notShown !== undefined) lines.push('', markdownCell(notShown));
  if (result.incomplete.length > 0) {
    lines.push(
      '',
      'Not enough data to rank:',
      '',
      ...result.incomplete.map(
        (e) =>
          `- ${markdownCell(e.measureId)} (${completenessText(e.completeness)} measured): ${markdownCell(e.missing.join('; '))}`,
      ),
    );
  }
  if (result.notes.length > 0)
    lines.push('', ...result.notes.map((note) => `- ${markdownCell(note)}`));
  if (sensitivity === undefined) return `${lines.join('\n')}\n`;
  const stability = sensitivityText(sensitivity, result).trim();
  const fence = fenceFor(stability);
  return `${lines.join('\n')}\n\n${fence}\n${stability}\n${fence}\n`;
}
