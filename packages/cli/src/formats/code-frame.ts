import type { SourcePosition } from '@itu-aicb/core';

/** Widest part of a line shown; longer lines are cut around the finding. */
const WINDOW = 120;

/** A code frame's parts, for the caller to colour. */
export interface FrameLine {
  /** `>` on the line of the finding, blank on context lines and the marker line. */
  readonly gutter: string;
  /** The line number, or blank on the marker line. */
  readonly number: string;
  /** The source text, or the `^^^` marker. */
  readonly text: string;
  /** Whether this is the marker line. */
  readonly marker: boolean;
}

// Control characters would move the cursor or change the terminal, and line breaks (U+2028 and
// U+2029 included) would break a line of the output; bidirectional embeddings, overrides and
// isolates would reorder what follows them on screen. Each is shown as one U+FFFD, which keeps the
// columns of what follows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Replaces control characters (other than tab), line breaks and bidirectional formatting
 * characters with U+FFFD, one for one.
 *
 * @param text - Text from a file, a message or the command line.
 * @returns Text that is safe to print to a terminal on one line.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/**
 * A file's text split into lines once (at `\n`, `\r\n` and a lone `\r`, as core counts lines),
 * so that the frames of many findings in one file do not each split the whole text again.
 *
 * @param text - The whole file.
 * @returns Its lines, without their line breaks.
 */
export function sourceLines(text: string): readonly string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The lines of a code frame: the line before the finding, its line, and a marker under the
 * offending key or value. Tabs are kept in the marker's indentation so that it lines up.
 *
 * @param lines - The whole file's lines, from {@link sourceLines}.
 * @param position - Where the finding is.
 * @returns The frame's lines, or none when the line is not in the text.
 */
export function codeFrame(lines: readonly string[], position: SourcePosition): FrameLine[] {
  const index = position.line - 1;
  const line = lines[index];
  if (line === undefined) return [];
  const source = index === 0 ? line.replace(/^\uFEFF/, '') : line;
  const start = Math.max(0, Math.min(position.column - 1, source.length));
  const end =
    position.endLine === position.line
      ? Math.max(start + 1, Math.min(position.endColumn - 1, source.length))
      : Math.max(start + 1, source.length);
  // Cut long lines around the start of the finding.
  let from = 0;
  if (source.length > WINDOW) from = Math.max(0, Math.min(start - 20, source.length - WINDOW));
  const to = Math.min(source.length, from + WINDOW);
  const cut = (value: string): string =>
    `${from > 0 ? '…' : ''}${value.slice(from, from + WINDOW)}${from + WINDOW < value.length ? '…' : ''}`;
  const shift = from > 0 ? 1 : 0;
  const indent = source
    .slice(from, start)
    .replace(/[^\t]/g, ' ')
    .padStart(start - from + shift, ' ');
  const marker = `${indent}${'^'.repeat(Math.max(1, Math.min(end, to) - start))}`;
  const width = String(position.line).length;
  const frame: FrameLine[] = [];
  const previous = lines[index - 1];
  if (previous !== undefined && previous.trim() !== '') {
    frame.push({
      gutter: ' ',
      number: String(position.line - 1).padStart(width),
      text: printable(cut(index - 1 === 0 ? previous.replace(/^\uFEFF/, '') : previous)),
      marker: false,
    });
  }
  frame.push({
    gutter: '>',
    number: String(position.line).padStart(width),
    text: printable(cut(source)),
    marker: false,
  });
  frame.push({ gutter: ' ', number: ' '.repeat(width), text: marker, marker: true });
  return frame;
}
