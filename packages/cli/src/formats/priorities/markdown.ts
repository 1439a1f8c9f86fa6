import type { PriorityReport } from './format.js';
import { completenessText, fixed, notShownText, printableDeep } from './format.js';
import { sensitivityText } from './sensitivity.js';
import { englishLocale } from '@itu-aicb/core';
import { CLI_WORDING } from '../../language/cli-wording.js';
import { humanFormat } from '../../language/human-format.js';

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
 * The Markdown format, in the report's language (the column keys of CSV stay English): what a
 * score means, a table of ranks, measures, scores, completeness,
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
  const language = report.locale?.language ?? 'en';
  const words = CLI_WORDING[language];
  const { columns } = words;
  const format = humanFormat(report.locale ?? englishLocale);
  const score = (value: number): string =>
    language === 'en' ? fixed(value, 4) : format.fixed(value, 4);
  const lines = [
    markdownCell(result.scoreMeaning),
    '',
    `| ${columns.rank} | ${columns.measure} | ${columns.score} | ${columns.data} | ${columns.title} | ${words.ranking.why} |`,
    `| ---: | --- | ---: | ---: | --- | --- |`,
    ...shown.map(
      (e) =>
        `| ${e.rank} | ${markdownCell(e.measureId)} | ${score(e.score)} | ${completenessText(e.completeness)} | ${markdownCell(e.title)}${e.titleLanguage === language ? '' : ` ${words.inEnglish}`} | ${markdownCell(e.reason)} |`,
    ),
  ];
  const notShown = notShownText(report);
  if (notShown !== undefined) lines.push('', markdownCell(notShown));
  if (result.incomplete.length > 0) {
    lines.push(
      '',
      words.ranking.notEnoughData,
      '',
      ...result.incomplete.map(
        (e) =>
          `- ${markdownCell(e.measureId)} (${completenessText(e.completeness)} ${words.ranking.measured}): ${markdownCell(e.missing.join('; '))}`,
      ),
    );
  }
  if (result.notes.length > 0)
    lines.push('', ...result.notes.map((note) => `- ${markdownCell(note)}`));
  if (sensitivity === undefined) return `${lines.join('\n')}\n`;
  const stability = sensitivityText(sensitivity, result, report.locale).trim();
  const fence = fenceFor(stability);
  return `${lines.join('\n')}\n\n${fence}\n${stability}\n${fence}\n`;
}
