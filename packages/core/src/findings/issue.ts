/**
 * How serious a validation finding is.
 *
 * @example
 * ```ts
 * SEVERITIES.includes('warning');
 * //=> true
 * ```
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * How serious a validation finding is: `error` makes a document invalid, `warning` and `info` do not.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * One step of a path into a document: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: PathSegment[] = ['measures', 0, 'budget', 'amount'];
 * ```
 */
export type PathSegment = string | number;

/**
 * A 1-based line and column in a source text, with the 0-based character offset.
 *
 * @example
 * ```ts
 * const position: SourcePosition = { line: 12, column: 5, offset: 301, endLine: 12, endColumn: 14, endOffset: 310 };
 * ```
 */
export interface SourcePosition {
  /** 1-based line of the first character. */
  readonly line: number;
  /** 1-based column (in UTF-16 code units) of the first character. */
  readonly column: number;
  /** 0-based offset of the first character in the text. */
  readonly offset: number;
  /** 1-based line just past the last character. */
  readonly endLine: number;
  /** 1-based column just past the last character. */
  readonly endColumn: number;
  /** 0-based offset just past the last character. */
  readonly endOffset: number;
}

/**
 * One finding about a plan document: what is wrong, where, and how to fix it.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: 'plan/unresolved-objective',
 *   severity: 'error',
 *   path: ['measures', 2, 'objectives', 0],
 *   pointer: '/measures/2/objectives/0',
 *   message: 'Measure "M3" refers to objective "O9", which this plan does not define.',
 *   hint: 'Use one of the objective ids: O1, O2.',
 * };
 * ```
 */
export interface ValidationIssue {
  /** Stable machine-readable code, such as `schema/unknown-key`; see the rules reference. */
  readonly code: string;
  /** How serious the finding is. */
  readonly severity: Severity;
  /** Path from the document root to the offending key or value. */
  readonly path: readonly PathSegment[];
  /** The same path as an RFC 6901 JSON Pointer (`""` for the root). */
  readonly pointer: string;
  /** What is wrong, in words a planner can act on. */
  readonly message: string;
  /** How to fix it, where a fix can be suggested. */
  readonly hint?: string;
  /**
   * The values the message and hint were built from, by name (see `IssueParams` for each code):
   * stable across languages, so that a finding can be worded again in another language.
   */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Where the offending key or value stands in the source text, when validated from text. */
  readonly position?: SourcePosition;
  /** The file or source name the finding belongs to, when several documents are checked together. */
  readonly source?: string;
}

/**
 * The outcome of a validation: the typed value when it holds, or the errors that stop it.
 *
 * `issues` holds every finding of severity `error`; `warnings` holds the findings of severity
 * `warning` and `info`, which never make a document invalid.
 *
 * @example
 * ```ts
 * declare const result: ValidationResult<{ id: string }>;
 * if (result.ok) console.log(result.value.id);
 * else for (const issue of result.issues) console.log(issue.pointer, issue.message);
 * ```
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly ValidationIssue[];
      readonly warnings: readonly ValidationIssue[];
    };

/**
 * Turns a path into an RFC 6901 JSON Pointer, escaping `~` and `/` in keys.
 *
 * @param path - Keys and indices from the document root.
 * @returns The pointer; `""` for the root.
 *
 * @example
 * ```ts
 * toJsonPointer(['measures', 0, 'a/b']);
 * //=> '/measures/0/a~1b'
 * ```
 */
export function toJsonPointer(path: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of path) {
    pointer += '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
  }
  return pointer;
}

/**
 * Splits an RFC 6901 JSON Pointer into its path, turning all-digit segments into array indices.
 *
 * @param pointer - A pointer such as `/measures/0/id`; `""` is the root.
 * @returns The path, or `undefined` when the text is not a pointer.
 *
 * @example
 * ```ts
 * fromJsonPointer('/measures/0/a~1b');
 * //=> ['measures', 0, 'a/b']
 * ```
 */
export function fromJsonPointer(pointer: string): PathSegment[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}
