import { createIssue } from '../validation/create-issue.js';
import type { ValidationIssue } from '../validation/issue.js';
import { scanJson } from './json-scanner.js';
import type { LineIndex } from './line-index.js';
import type { NodeSpan, SourceLocator } from './source-locator.js';
import { createLocator } from './source-locator.js';
import { toJsonPointer } from '../validation/issue.js';

/** The outcome of reading JSON: the value and a locator, or the findings. */
export type JsonOutcome =
  | { readonly ok: true; readonly value: unknown; readonly locator: SourceLocator }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/**
 * Reads JSON text: a one-pass scan checks the grammar, repeated keys and depth, then the
 * platform's `JSON.parse` builds the value (it defines a `__proto__` key as an own property,
 * never as a prototype). Positions are indexed only when first asked for.
 */
export function parseJson(text: string, lines: LineIndex, maxDepth: number): JsonOutcome {
  const failure = scanJson(text, maxDepth);
  if (failure !== undefined) {
    const position = lines.span(failure.start, failure.end);
    const issue =
      failure.reason === 'duplicate-key'
        ? createIssue('text/duplicate-key', 'error', [], { key: failure.detail })
        : failure.reason === 'too-deep'
          ? createIssue('text/too-deep', 'error', [], { limit: maxDepth })
          : createIssue('text/syntax', 'error', [], {
              format: 'JSON',
              detail: `${failure.detail[0]?.toUpperCase() ?? ''}${failure.detail.slice(1)}`,
            });
    return { ok: false, issues: [{ ...issue, position }] };
  }
  const value: unknown = JSON.parse(text);
  let spans: Map<string, NodeSpan> | undefined;
  const locator = createLocator((path) => {
    if (spans === undefined) {
      spans = new Map();
      scanJson(text, maxDepth, spans);
    }
    return spans.get(toJsonPointer(path));
  }, lines.span);
  return { ok: true, value, locator };
}
