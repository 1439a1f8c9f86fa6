import type { Finding, Report } from '../validate/report.js';
import { summaryLine } from '../validate/report.js';
import { codeFrame, printable, sourceLines } from './code-frame.js';
import type { RenderOptions } from './format.js';
import type { CliWording } from '../language/cli-wording.js';
import { CLI_WORDING } from '../language/cli-wording.js';
import { isolate, isolateRuns } from '../language/bidi.js';

type Paint = (text: string) => string;

function palette(
  color: boolean,
): Record<'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold', Paint> {
  const sgr =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
  };
}

/** How the words of one language are written: right-to-left text isolates its left-to-right runs. */
interface Speech {
  readonly words: CliWording;
  /** One value (a path, a code) as a whole. */
  readonly value: (text: string) => string;
  /** A sentence. */
  readonly sentence: (text: string) => string;
}

function speechOf(report: Report): Speech {
  const rtl = report.locale?.direction === 'rtl';
  return {
    words: CLI_WORDING[report.locale?.language ?? 'en'],
    value: rtl ? isolate : (text) => text,
    sentence: rtl ? isolateRuns : (text) => text,
  };
}

function renderFinding(
  finding: Finding,
  linesOf: (file: string) => readonly string[] | undefined,
  paint: ReturnType<typeof palette>,
  speech: Speech,
): string[] {
  const position = finding.position;
  const where =
    position === undefined ? finding.file : `${finding.file}:${position.line}:${position.column}`;
  const { severity: words } = speech.words;
  const severity =
    finding.severity === 'error'
      ? paint.red(words.error)
      : finding.severity === 'warning'
        ? paint.yellow(words.warning)
        : paint.blue(words.info);
  const output = [
    `${paint.bold(speech.value(printable(where)))}  ${severity}  ${paint.dim(speech.value(printable(finding.code)))}`,
    `  ${speech.sentence(printable(finding.message))}`,
  ];
  if (finding.hint !== undefined) {
    output.push(`  ${paint.dim(speech.words.hint)} ${speech.sentence(printable(finding.hint))}`);
  }
  const lines = position === undefined ? undefined : linesOf(finding.file);
  if (position !== undefined && lines !== undefined) {
    const frame = codeFrame(lines, position);
    if (frame.length > 0) {
      output.push('');
      for (const row of frame) {
        const gutter = row.gutter === '>' ? paint.red('>') : ' ';
        const body = row.marker ? paint.red(row.text) : row.text;
        output.push(`  ${gutter} ${paint.dim(`${row.number} |`)}${body === '' ? '' : ` ${body}`}`);
      }
    }
  }
  output.push('');
  return output;
}

/**
 * The default, human format: each finding with its file, line and column, severity and code, its
 * message and hint, and a code frame marking the offending key or value; then a summary line.
 *
 * @param report - The report.
 * @param options - Whether to colour.
 * @returns The text.
 */
export function renderStylish(report: Report, options: RenderOptions): string {
  const paint = palette(options.color);
  // Each file is split into lines once, however many findings it has.
  const split = new Map<string, readonly string[]>();
  const linesOf = (file: string): readonly string[] | undefined => {
    let lines = split.get(file);
    if (lines === undefined) {
      const text = report.texts.get(file);
      if (text === undefined) return undefined;
      lines = sourceLines(text);
      split.set(file, lines);
    }
    return lines;
  };
  const speech = speechOf(report);
  const lines = report.findings.flatMap((finding) =>
    renderFinding(finding, linesOf, paint, speech),
  );
  if (report.verbose) {
    for (const file of report.skipped) {
      lines.push(
        speech.sentence(
          `${printable(file.path)}  ${speech.words.skippedWord}  ${paint.dim(speech.words.skipReasons[file.reason])}`,
        ),
      );
    }
    if (report.skipped.length > 0) lines.push('');
  }
  const summary = speech.sentence(summaryLine(report));
  lines.push(report.exitCode === 0 ? paint.green(summary) : paint.bold(summary));
  return `${lines.join('\n')}\n`;
}
