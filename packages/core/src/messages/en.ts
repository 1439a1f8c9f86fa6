import type { MessageCatalogue } from './catalogue.js';

const MAX_LISTED = 12;

function quoteList(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = values.slice(0, MAX_LISTED).map((value) => `"${value}"`);
  const rest = values.length - quoted.length;
  if (rest > 0) return `${quoted.join(', ')} (and ${rest} more)`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1) ?? ''}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `Did you mean "${suggestion}"?`;
}

/**
 * English wording for every issue code: the reference catalogue other languages translate.
 *
 * @example
 * ```ts
 * en['schema/unknown-key']({ key: 'titel', suggestion: 'title', allowed: ['title'] }).hint;
 * //=> 'Did you mean "title"?'
 * ```
 */
export const en: MessageCatalogue = {
  'text/empty': () => ({
    message: 'The file is empty.',
    hint: 'Write one document with a `kind`, such as `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit }) => ({
    message: `The text is ${size} characters long, above the limit of ${limit}.`,
    hint: 'Split the document into several files, or raise `maxLength` if the size is expected.',
  }),
  'text/binary': () => ({
    message: 'The text contains binary data (NUL or other control characters), not YAML or JSON.',
    hint: 'Check that the file is a plan document saved as UTF-8 text.',
  }),
  'text/byte-order-mark': () => ({
    message: 'The text starts with a byte-order mark, which was ignored.',
    hint: 'Save the file as UTF-8 without a BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `The text is not valid ${format}: ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `The key "${key}" appears more than once in the same mapping; only one value can count.`,
    hint: 'Remove or rename one of the duplicates.',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'The YAML uses aliases (*name), which are not accepted in plan files.'
        : `The YAML resolves ${count} aliases, above the limit of ${limit}.`,
    hint: 'Write the repeated values out in full.',
  }),
  'text/merge-key': () => ({
    message: 'The YAML uses a merge key (<<), which is not accepted in plan files.',
    hint: 'Write the merged keys out in full.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `The YAML uses the tag "${tag}", which plan files do not accept.`,
    hint: 'Remove the tag; plan files hold plain strings, numbers, booleans, lists and mappings.',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `The text holds ${count} YAML documents; a plan file holds exactly one.`,
    hint: 'Put each document in a file of its own.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `The text nests lists and mappings more than ${limit} levels deep.`,
    hint: 'Plan documents are only a few levels deep; check the indentation.',
  }),
  'input/cycle': () => ({
    message: 'The value refers to itself (a cycle), so it cannot be a plan document.',
  }),
  'input/too-deep': ({ limit }) => ({
    message: `The value nests objects and arrays more than ${limit} levels deep.`,
  }),
  'input/not-json': ({ received }) => ({
    message: `The value holds ${received}, which a plan document cannot contain.`,
    hint: 'Use only strings, finite numbers, booleans, null, arrays and plain objects.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `The key "${key}" is not allowed in a plan document.`,
    hint: 'Remove the key; it has a special meaning to JavaScript objects.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `A plan document must be a mapping of keys to values, not ${received}.`,
    hint: 'Start the document with `kind:` and `schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'The document has no `kind`, so it cannot be validated.',
    hint: `Add \`kind\` with one of ${quoteList(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `"${kind}" is not a known document kind; the known kinds are ${quoteList(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `Schema version ${version} is not supported; this version of the SDK reads ${supported.join(', ')}.`,
    hint: 'Set `schemaVersion` to a supported version, or update the SDK.',
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `The required field "${key}" is missing.`,
    hint: `Add "${key}" (${expected}).`,
  }),
  'schema/invalid-type': ({ expected, received }) => ({
    message: `Expected ${expected}, but found ${received}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `"${key}" is not a field here.`,
    hint: didYouMean(suggestion) ?? `The fields here are ${quoteList(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} is not one of the allowed values.`,
    hint: didYouMean(suggestion) ?? `Use ${quoteList(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} is not a valid ${format}.`,
    hint: example === undefined ? undefined : `Write it like ${example}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `The ${subject} must be ${inclusive ? 'at least' : 'greater than'} ${minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `The ${subject} must be ${inclusive ? 'at most' : 'less than'} ${maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `The number must be a multiple of ${divisor}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
};
