import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import type { LineIndex } from './line-index.js';

// NUL and the C0 controls other than tab, line feed and carriage return never occur in plan text.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The `text/binary` finding at the first control character of a text, if it has one. */
export function findBinary(text: string, lines: LineIndex): ValidationIssue | undefined {
  return binaryAt(BINARY.exec(text)?.index ?? -1, lines);
}

/**
 * The `text/binary` finding of a text `JSON.parse` accepted: the only control character it lets
 * through is DEL, since the others are neither JSON whitespace nor allowed unescaped in strings.
 */
export function findBinaryInParsedJson(
  text: string,
  lines: LineIndex,
): ValidationIssue | undefined {
  return binaryAt(text.indexOf('\u007f'), lines);
}

function binaryAt(index: number, lines: LineIndex): ValidationIssue | undefined {
  if (index === -1) return undefined;
  return { ...createIssue('text/binary', 'error', [], {}), position: lines.span(index, index + 1) };
}
