import { createIssue } from '../validation/create-issue.js';
import type { ValidationIssue } from '../validation/issue.js';
import { createLineIndex } from './line-index.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import type { SourceLocator } from './source-locator.js';

/**
 * How {@link parseText} reads a text.
 *
 * @example
 * ```ts
 * const options: ParseTextOptions = { format: 'auto', maxLength: 1_000_000, maxAliases: 0, maxDepth: 64 };
 * ```
 */
export interface ParseTextOptions {
  /** `yaml`, `json`, or `auto`: JSON when the first visible character is `{` or `[`. Default: `auto`. */
  readonly format?: 'yaml' | 'json' | 'auto';
  /** Largest accepted text, in characters. Default: 10,000,000. */
  readonly maxLength?: number;
  /** YAML aliases (`*name`) allowed: 0 refuses every alias. Default: 0. */
  readonly maxAliases?: number;
  /** Deepest nesting of lists and mappings accepted. Default: 64. */
  readonly maxDepth?: number;
}

/**
 * What {@link parseText} returns: the value with a locator and any notes, or the findings that
 * stop the text from being read, each with its position.
 *
 * @example
 * ```ts
 * const parsed: ParsedText = parseText('{"kind": "WorkPlan"}');
 * parsed.ok && parsed.format;
 * //=> 'json'
 * ```
 */
export type ParsedText =
  | {
      readonly ok: true;
      readonly format: 'yaml' | 'json';
      readonly value: unknown;
      readonly locator: SourceLocator;
      readonly issues: readonly ValidationIssue[];
    }
  | {
      readonly ok: false;
      readonly format: 'yaml' | 'json';
      readonly issues: readonly ValidationIssue[];
    };

/** Defaults of {@link ParseTextOptions}. */
const DEFAULTS = { maxLength: 10_000_000, maxAliases: 0, maxDepth: 64 } as const;

// NUL and the C0 controls other than tab, line feed and carriage return never occur in plan text.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Reads a YAML or JSON text into a plain value, hardened for untrusted input, and keeps a locator
 * that maps paths in the value back to lines and columns. Runs in browsers as in Node. Never throws.
 *
 * @param input - The text; a leading byte-order mark is ignored (and noted).
 * @param options - Format and limits.
 * @returns The value and locator, or the findings with positions.
 *
 * @example
 * ```ts
 * const parsed = parseText('kind: WorkPlan\nkind: WorkPlan\n');
 * parsed.ok ? undefined : [parsed.issues[0]?.code, parsed.issues[0]?.position?.line];
 * //=> ['text/duplicate-key', 2]
 * ```
 */
export function parseText(input: string, options: ParseTextOptions = {}): ParsedText {
  const notes: ValidationIssue[] = [];
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  if (bom) notes.push(createIssue('text/byte-order-mark', 'info', [], {}));
  const firstVisible = /\S/.exec(text);
  const format =
    options.format === 'json' || options.format === 'yaml'
      ? options.format
      : firstVisible?.[0] === '{' || firstVisible?.[0] === '['
        ? 'json'
        : 'yaml';
  const maxLength = options.maxLength ?? DEFAULTS.maxLength;
  const fail = (issue: ValidationIssue): ParsedText => ({
    ok: false,
    format,
    issues: [...notes, issue],
  });
  if (text.length > maxLength)
    return fail(
      createIssue('text/too-large', 'error', [], { size: text.length, limit: maxLength }),
    );
  const lines = createLineIndex(text);
  const binary = BINARY.exec(text);
  if (binary !== null) {
    return fail({
      ...createIssue('text/binary', 'error', [], {}),
      position: lines.span(binary.index, binary.index + 1),
    });
  }
  if (firstVisible === null) return fail(createIssue('text/empty', 'error', [], {}));
  try {
    const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
    const outcome =
      format === 'json'
        ? parseJson(text, lines, maxDepth)
        : parseYaml(text, lines, options.maxAliases ?? DEFAULTS.maxAliases, maxDepth);
    return outcome.ok
      ? { ok: true, format, value: outcome.value, locator: outcome.locator, issues: notes }
      : { ok: false, format, issues: [...notes, ...outcome.issues] };
  } catch (error) {
    // The parsers are bounded by the checks above; this keeps the promise never to throw. A stack
    // overflow can only come from nesting that the depth pre-check did not see.
    if (error instanceof RangeError) {
      return fail(
        createIssue('text/too-deep', 'error', [], { limit: options.maxDepth ?? DEFAULTS.maxDepth }),
      );
    }
    const detail = error instanceof Error ? error.message : 'the text could not be read.';
    return fail(
      createIssue('text/syntax', 'error', [], {
        format: format === 'json' ? 'JSON' : 'YAML',
        detail,
      }),
    );
  }
}
