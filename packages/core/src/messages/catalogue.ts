/**
 * The parameters each issue code's message is built from. The keys of this interface are every
 * issue code the SDK can report; the rules reference in `docs/` lists them with their meaning.
 *
 * @example
 * ```ts
 * const params: IssueParams['schema/unknown-key'] = { key: 'titel', suggestion: 'title' };
 * ```
 */
export interface IssueParams {
  // Reading text
  'text/empty': Record<string, never>;
  'text/too-large': { size: number; limit: number };
  'text/binary': Record<string, never>;
  'text/byte-order-mark': Record<string, never>;
  'text/syntax': { format: 'YAML' | 'JSON'; detail: string };
  'text/duplicate-key': { key: string };
  'text/alias-limit': { count: number; limit: number };
  'text/merge-key': Record<string, never>;
  'text/custom-tag': { tag: string };
  'text/multiple-documents': { count: number };
  'text/too-deep': { limit: number };
  // Shape of the input value
  'input/cycle': Record<string, never>;
  'input/too-deep': { limit: number };
  'input/not-json': { received: string };
  'input/forbidden-key': { key: string };
  // Document envelope
  'document/not-an-object': { received: string };
  'document/missing-kind': { known: readonly string[] };
  'document/unknown-kind': {
    kind: string;
    known: readonly string[];
    suggestion?: string | undefined;
  };
  'document/unsupported-schema-version': { version: string; supported: readonly number[] };
  // Structure (schema)
  'schema/missing-property': { key: string; expected: string };
  'schema/invalid-type': { expected: string; received: string };
  'schema/unknown-key': {
    key: string;
    suggestion?: string | undefined;
    allowed: readonly string[];
  };
  'schema/invalid-value': {
    received: string;
    allowed: readonly string[];
    suggestion?: string | undefined;
  };
  'schema/invalid-format': { format: string; received: string; example?: string | undefined };
  'schema/too-small': { subject: string; minimum: number | string; inclusive: boolean };
  'schema/too-big': { subject: string; maximum: number | string; inclusive: boolean };
  'schema/not-multiple': { divisor: number };
  'schema/invalid': { detail: string };
}

/**
 * Every stable issue code the SDK reports.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'schema/unknown-key';
 * ```
 */
export type IssueCode = keyof IssueParams;

/**
 * The words of one issue: the message and, where a fix can be suggested, a hint.
 *
 * @example
 * ```ts
 * const text: IssueText = { message: 'The file is empty.', hint: 'Add a document with a `kind`.' };
 * ```
 */
export interface IssueText {
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string | undefined;
}

/**
 * One language's wording for every issue code: a new language is one new object of this type.
 *
 * @example
 * ```ts
 * const partial: Pick<MessageCatalogue, 'text/empty'> = {
 *   'text/empty': () => ({ message: 'The file is empty.' }),
 * };
 * ```
 */
export type MessageCatalogue = { readonly [C in IssueCode]: (params: IssueParams[C]) => IssueText };
