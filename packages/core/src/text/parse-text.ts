import { createIssue } from '../findings/create-issue.js';
import { describeValue } from '../findings/describe-value.js';
import { readOptions } from '../validate/read-options.js';
import type { ValidationIssue } from '../findings/issue.js';
import { createLineIndex } from './line-index.js';
import { findBinary } from './find-binary.js';
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
  /**
   * `yaml`, `json`, or `auto`: JSON when the first visible character is `{` or `[`, YAML
   * otherwise. A YAML flow mapping such as `{kind: WorkPlan}`, whose first key is not quoted, is
   * read as YAML when it is not JSON. Default: `auto`.
   */
  readonly format?: 'yaml' | 'json' | 'auto';
  /** Largest accepted text, in characters (UTF-16 code units), after a byte-order mark. Default: 10,000,000. */
  readonly maxLength?: number;
  /**
   * YAML alias (`*name`) resolutions allowed, counted as the value is expanded (an alias inside an
   * aliased value counts each time): 0 refuses every alias. Default: 0.
   */
  readonly maxAliases?: number;
  /**
   * Deepest nesting of lists and mappings accepted (the root list or mapping is level 1). YAML is
   * also held to 400 levels whatever this says, to keep its parser within the call stack. Default: 64.
   */
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

/**
 * A limit from the options, or its default when it is missing or not a number of at least 0
 * (NaN included); `Infinity` means no limit.
 */
const limit = (value: unknown, fallback: number): number =>
  typeof value === 'number' && value >= 0 ? Math.floor(value) : fallback;

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
  if (typeof input !== 'string') {
    return {
      ok: false,
      format: 'yaml',
      issues: [createIssue('input/not-text', 'error', [], { received: describeValue(input) })],
    };
  }
  const settings = readOptions(options);
  const notes: ValidationIssue[] = [];
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  if (bom) notes.push(createIssue('text/byte-order-mark', 'info', [], {}));
  const firstVisible = /\S/.exec(text);
  const format =
    settings.format === 'json' || settings.format === 'yaml'
      ? settings.format
      : firstVisible?.[0] === '{' || firstVisible?.[0] === '['
        ? 'json'
        : 'yaml';
  const maxLength = limit(settings.maxLength, DEFAULTS.maxLength);
  const maxDepth = limit(settings.maxDepth, DEFAULTS.maxDepth);
  const maxAliases = limit(settings.maxAliases, DEFAULTS.maxAliases);
  const fail = (issue: ValidationIssue): ParsedText => ({
    ok: false,
    format,
    issues: [...notes, issue],
  });
  if (text.length > maxLength)
    return fail(
      createIssue('text/too-large', 'error', [], { size: text.length, limit: maxLength }),
    );
  const lines = createLineIndex(text, bom ? 1 : 0);
  // JSON.parse refuses control characters, so a JSON text is checked for them by its reader,
  // after the parse, at a fraction of the cost of this search.
  if (format !== 'json' || firstVisible === null) {
    const binary = findBinary(text, lines);
    if (binary !== undefined) return fail(binary);
  }
  if (firstVisible === null) return fail(createIssue('text/empty', 'error', [], {}));
  try {
    const outcome =
      format === 'json'
        ? parseJson(text, lines, maxDepth)
        : parseYaml(text, lines, { maxAliases, maxDepth });
    if (outcome.ok) {
      return { ok: true, format, value: outcome.value, locator: outcome.locator, issues: notes };
    }
    // A YAML flow mapping (`{kind: WorkPlan}`) also starts with `{`: when guessing, a mapping whose
    // first key is not quoted is read as YAML if it is valid YAML; otherwise the JSON findings stand.
    if (
      format === 'json' &&
      settings.format !== 'json' &&
      outcome.issues[0]?.code !== 'text/binary' &&
      /^\s*\{\s*[^\s"}]/.test(text)
    ) {
      const asYaml = parseYaml(text, lines, { maxAliases, maxDepth });
      if (asYaml.ok) {
        return {
          ok: true,
          format: 'yaml',
          value: asYaml.value,
          locator: asYaml.locator,
          issues: notes,
        };
      }
    }
    return { ok: false, format, issues: [...notes, ...outcome.issues] };
  } catch (error) {
    // The parsers are bounded by the checks above; this keeps the promise never to throw. A stack
    // overflow could only come from nesting that the depth checks did not see.
    if (error instanceof RangeError) {
      return fail(createIssue('text/too-deep', 'error', [], { limit: maxDepth }));
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
