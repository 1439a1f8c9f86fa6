import type { SourcePosition } from '../findings/issue.js';

/**
 * Turns character offsets into 1-based lines and columns. Line breaks are `\n`, `\r\n` and a lone
 * `\r`; columns count UTF-16 code units, as JavaScript strings and most editors' APIs do.
 */
export interface LineIndex {
  /** The position of the text from `start` to `end` (end exclusive). */
  readonly span: (start: number, end: number) => SourcePosition;
}

/**
 * Builds a line index over a text; the line starts are found on first use. `base` is added to the
 * offsets it reports, so that they refer to the original text when a byte-order mark was removed.
 */
export function createLineIndex(text: string, base = 0): LineIndex {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts !== undefined) return starts;
    const found = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) found.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        found.push(i + 1);
      }
    }
    starts = found;
    return found;
  };
  const at = (offset: number): { line: number; column: number } => {
    const lines = lineStarts();
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lines[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 };
  };
  return {
    span(start, end) {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      const first = at(from);
      const last = at(to);
      return {
        line: first.line,
        column: first.column,
        offset: from + base,
        endLine: last.line,
        endColumn: last.column,
        endOffset: to + base,
      };
    },
  };
}
