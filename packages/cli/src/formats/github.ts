import type { Severity } from '@itu-aicb/core';
import type { Report } from '../validate/report.js';
import { plural, summaryLine } from '../validate/report.js';
import { printable } from './code-frame.js';

/**
 * Annotations written per level (errors, warnings, notices): GitHub shows at most ten of each
 * level for a step, so more would only be lost.
 */
export const ANNOTATION_LIMIT = 10;

const COMMANDS: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * Escapes the message of a workflow command, as GitHub's rules require; `%0A` stands for a line
 * break.
 */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub Actions workflow commands: an `::error`, `::warning` or `::notice` annotation per finding,
 * at most {@link ANNOTATION_LIMIT} of each level, then the summary line, which says how many
 * findings were left out.
 *
 * @param report - The report.
 * @returns The workflow commands, ending with a line break.
 */
export function renderGithub(report: Report): string {
  const written: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let leftOut = 0;
  const lines: string[] = [];
  for (const finding of report.findings) {
    if (written[finding.severity] >= ANNOTATION_LIMIT) {
      leftOut += 1;
      continue;
    }
    written[finding.severity] += 1;
    const position = finding.position;
    const properties = [
      `file=${escapeProperty(printable(finding.file))}`,
      ...(position === undefined
        ? []
        : [
            `line=${position.line}`,
            `col=${position.column}`,
            `endLine=${position.endLine}`,
            `endColumn=${position.endColumn}`,
          ]),
      `title=${escapeProperty(printable(finding.code))}`,
    ];
    // Control characters and line breaks from the files are shown as U+FFFD; the only line break
    // left is the one before the hint.
    const message =
      finding.hint === undefined
        ? printable(finding.message)
        : `${printable(finding.message)}\n${printable(finding.hint)}`;
    lines.push(`::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(message)}`);
  }
  let summary = `aicb: ${summaryLine(report)}`;
  if (leftOut > 0) {
    summary += ` ${plural(leftOut, 'finding')} not annotated (at most ${ANNOTATION_LIMIT} of each level); run with --format stylish to see all.`;
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
