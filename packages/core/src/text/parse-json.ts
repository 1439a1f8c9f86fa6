import { createIssue } from '../findings/create-issue.js';
import type { ValidationIssue } from '../findings/issue.js';
import { checkJsonStructure } from './check-json-structure.js';
import { findBinary, findBinaryInParsedJson } from './find-binary.js';
import { censusOfJsonValue, colonsOfJsonText } from './json-value-census.js';
import { createJsonLocator } from './json-locator.js';
import type { JsonScanFailure } from './json-scanner.js';
import { scanJson } from './json-scanner.js';
import type { LineIndex } from './line-index.js';
import type { SourceLocator } from './source-locator.js';

/**
 * The outcome of reading JSON: the value and a locator, or the findings.
 *
 * @example
 * ```ts
 * const outcome: JsonOutcome = { ok: false, issues: [] };
 * ```
 */
export type JsonOutcome =
  | { readonly ok: true; readonly value: unknown; readonly locator: SourceLocator }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

function toIssue(failure: JsonScanFailure, lines: LineIndex, maxDepth: number): ValidationIssue {
  const issue =
    failure.reason === 'duplicate-key'
      ? createIssue('text/duplicate-key', 'error', [], { key: failure.detail })
      : failure.reason === 'too-deep'
        ? createIssue('text/too-deep', 'error', [], { limit: maxDepth })
        : createIssue('text/syntax', 'error', [], {
            format: 'JSON',
            detail: `${failure.detail.charAt(0).toUpperCase()}${failure.detail.slice(1)}`,
          });
  return { ...issue, position: lines.span(failure.start, failure.end) };
}

/**
 * Reads JSON text with the platform's `JSON.parse` (which defines a `__proto__` key as an own
 * property, never as a prototype), then checks what it lets through: control characters (as
 * `text/binary`, found first whether the text parses or not), repeated keys, nesting and
 * numbers too large to be finite. When `JSON.parse` refuses the text, a scanner finds where and why,
 * so positions never depend on an engine's error wording. Positions are indexed only when asked for.
 *
 * @param text - The JSON text, without a byte-order mark.
 * @param lines - The line index of the text.
 * @param maxDepth - Deepest nesting of arrays and objects accepted.
 * @returns The value and a locator, or the findings with their positions.
 *
 * @example
 * ```ts
 * const text = '{"a": 1, "a": 2}';
 * const outcome = parseJson(text, createLineIndex(text), 64);
 * outcome.ok ? [] : outcome.issues.map((issue) => [issue.code, issue.position?.column]);
 * //=> [['text/duplicate-key', 10]]
 * ```
 */
export function parseJson(text: string, lines: LineIndex, maxDepth: number): JsonOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const binary = findBinary(text, lines);
    if (binary !== undefined) return { ok: false, issues: [binary] };
    const failure = scanJson(text, maxDepth) ?? {
      reason: 'syntax',
      start: 0,
      end: 0,
      detail: 'the text could not be read.',
    };
    return { ok: false, issues: [toIssue(failure, lines, maxDepth)] };
  }
  const binary = findBinaryInParsedJson(text, lines);
  if (binary !== undefined) return { ok: false, issues: [binary] };
  // Most texts are clean: counting keys and colons in the value against the colons of the text
  // decides that in a fraction of a pass over the text. Only a text that may hold a repeated key,
  // too deep a container or a number too large to be finite (read as Infinity) is read again to
  // find where.
  const census = censusOfJsonValue(value, maxDepth);
  if (census.tooDeep || census.overflow || colonsOfJsonText(text) !== census.keys + census.colons) {
    const failure =
      checkJsonStructure(text, maxDepth) ??
      (census.overflow ? scanJson(text, maxDepth) : undefined);
    if (failure !== undefined) return { ok: false, issues: [toIssue(failure, lines, maxDepth)] };
  }
  return { ok: true, value, locator: createJsonLocator(text, lines) };
}
