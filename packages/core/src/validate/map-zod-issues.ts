import type * as z from 'zod';
import { FORMAT_EXAMPLES } from '../schemas/common.js';
import { closestMatch } from '../findings/closest.js';
import { createIssue } from '../findings/create-issue.js';
import { describeExpected, describeValue, showValue } from '../findings/describe-value.js';
import type { PathSegment, ValidationIssue } from '../findings/issue.js';
import { allowedKeysAt } from './schema-walk.js';

type ZodIssue = z.core.$ZodIssue;

/** Keys that change an object's prototype when assigned: never accepted in a document. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

const SIZE_SUBJECTS: Readonly<Record<string, string>> = {
  string: 'length of the text',
  array: 'number of items',
  number: 'value',
  int: 'value',
  date: 'date',
};

function hasOwnKey(input: unknown, path: readonly PathSegment[]): boolean {
  let value = input;
  for (let index = 0; index < path.length - 1; index++) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<PathSegment, unknown>)[path[index] as PathSegment];
  }
  const last = path.at(-1);
  return (
    typeof value === 'object' &&
    value !== null &&
    last !== undefined &&
    Object.prototype.hasOwnProperty.call(value, last)
  );
}

function allowedOf(values: readonly unknown[]): string[] {
  return values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/** How far a union branch got: deeper failures mean the input was closer to that branch. */
function branchProgress(issues: readonly ZodIssue[]): number {
  let depth = -1;
  for (const issue of issues) {
    const atRoot = issue.path.length === 0;
    const shapeMismatch = issue.code === 'invalid_type' || issue.code === 'invalid_value';
    depth = Math.max(depth, atRoot && shapeMismatch ? -1 : issue.path.length);
  }
  return depth;
}

/**
 * The exact text to write where a text was expected but YAML read a number or a boolean: a
 * year given for a full date becomes the first day of that year, written as text; a value of
 * a named format gets that format's example; any other value is the same value in quotes.
 */
function textExample(issue: ZodIssue & { code: 'invalid_type' }): string | undefined {
  const { input } = issue;
  if (issue.expected !== 'string') return undefined;
  if (typeof input !== 'number' && typeof input !== 'boolean') return undefined;
  const format = Object.prototype.hasOwnProperty.call(FORMAT_EXAMPLES, issue.message)
    ? issue.message
    : undefined;
  if (
    format === 'date' &&
    Number.isInteger(input) &&
    Number(input) >= 1900 &&
    Number(input) <= 2100
  ) {
    return `"${String(input)}-01-01", a full date in quotes (YYYY-MM-DD; a year alone is not a date here)`;
  }
  if (format !== undefined) return FORMAT_EXAMPLES[format];
  return `"${String(input)}", in quotes`;
}

interface Context {
  readonly schema: z.ZodType;
  readonly input: unknown;
  readonly out: ValidationIssue[];
}

function mapUnion(
  issue: ZodIssue & { code: 'invalid_union' },
  path: PathSegment[],
  context: Context,
): void {
  if (issue.errors.length === 0) {
    const options: unknown[] =
      'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const allowed = allowedOf(options);
    // A discriminated union reports the whole object as its input: the value that chose no
    // branch is the discriminator's.
    const discriminator =
      'discriminator' in issue && typeof issue.discriminator === 'string'
        ? issue.discriminator
        : undefined;
    const received =
      discriminator !== undefined && typeof issue.input === 'object' && issue.input !== null
        ? (issue.input as Record<string, unknown>)[discriminator]
        : issue.input;
    if (received === undefined && !hasOwnKey(context.input, path)) {
      context.out.push(
        createIssue('schema/missing-property', 'error', path, {
          key: String(path.at(-1) ?? ''),
          expected: `one of ${allowed.join(', ')}`,
        }),
      );
      return;
    }
    context.out.push(
      createIssue('schema/invalid-value', 'error', path, {
        received: showValue(received),
        allowed,
        suggestion: typeof received === 'string' ? closestMatch(received, allowed) : undefined,
      }),
    );
    return;
  }
  const branches = issue.errors;
  const allAtRoot = branches.every((branch) => branchProgress(branch) < 0);
  if (allAtRoot) {
    const values = branches.flatMap((branch) =>
      branch.flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : [])),
    );
    const first = branches[0]?.[0];
    const allValues = branches.every((b) => b.every((i) => i.code === 'invalid_value'));
    if (first !== undefined && values.length > 0 && allValues) {
      mapIssue({ ...first, values, path: [] } as ZodIssue, path, context);
      return;
    }
    const expected = [
      ...new Set(
        branches.flatMap((branch) =>
          branch.map((inner) =>
            inner.code === 'invalid_type' ? describeExpected(inner.expected) : 'a fixed value',
          ),
        ),
      ),
    ];
    if (issue.input === undefined && !hasOwnKey(context.input, path)) {
      context.out.push(
        createIssue('schema/missing-property', 'error', path, {
          key: String(path.at(-1) ?? ''),
          expected: expected.join(' or '),
        }),
      );
      return;
    }
    context.out.push(
      createIssue('schema/invalid-type', 'error', path, {
        expected: expected.join(' or '),
        received: describeValue(issue.input),
      }),
    );
    return;
  }
  let best = branches[0] ?? [];
  let bestScore = branchProgress(best);
  for (const branch of branches.slice(1)) {
    const score = branchProgress(branch);
    if (score > bestScore || (score === bestScore && branch.length < best.length)) {
      best = branch;
      bestScore = score;
    }
  }
  for (const inner of best) mapIssue(inner, path, context);
}

function mapIssue(issue: ZodIssue, prefix: readonly PathSegment[], context: Context): void {
  const path: PathSegment[] = [...prefix, ...(issue.path as PathSegment[])];
  const { out } = context;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value': {
      if (issue.input === undefined && !hasOwnKey(context.input, path) && path.length > 0) {
        const expected =
          issue.code === 'invalid_type'
            ? describeExpected(issue.expected)
            : `one of ${allowedOf(issue.values).join(', ')}`;
        out.push(
          createIssue('schema/missing-property', 'error', path, {
            key: String(path.at(-1)),
            expected,
          }),
        );
      } else if (issue.code === 'invalid_type') {
        out.push(
          createIssue('schema/invalid-type', 'error', path, {
            expected: describeExpected(issue.expected),
            received: describeValue(issue.input),
            example: textExample(issue),
          }),
        );
      } else if (
        issue.values.length > 0 &&
        issue.values.every((value) => typeof value !== 'string') &&
        typeof issue.input !== typeof issue.values[0]
      ) {
        // A fixed number or boolean given as text (`schemaVersion: "1"`): the type is what is wrong.
        out.push(
          createIssue('schema/invalid-type', 'error', path, {
            expected: issue.values.map((value) => describeValue(value)).join(' or '),
            received: describeValue(issue.input),
          }),
        );
      } else {
        const allowed = allowedOf(issue.values);
        out.push(
          createIssue('schema/invalid-value', 'error', path, {
            received: showValue(issue.input),
            allowed,
            suggestion:
              typeof issue.input === 'string' ? closestMatch(issue.input, allowed) : undefined,
          }),
        );
      }
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(context.schema, context.input, path) ?? [];
      for (const key of issue.keys) {
        if (FORBIDDEN_KEYS.has(key)) {
          out.push(createIssue('input/forbidden-key', 'error', [...path, key], { key }));
        } else {
          out.push(
            createIssue('schema/unknown-key', 'error', [...path, key], {
              key,
              allowed,
              suggestion: closestMatch(key, allowed),
            }),
          );
        }
      }
      return;
    }
    case 'invalid_format': {
      const named = Object.prototype.hasOwnProperty.call(FORMAT_EXAMPLES, issue.message);
      out.push(
        createIssue('schema/invalid-format', 'error', path, {
          format: named ? issue.message : issue.format,
          received: showValue(issue.input),
          example: named ? FORMAT_EXAMPLES[issue.message] : undefined,
        }),
      );
      return;
    }
    case 'too_small':
    case 'too_big': {
      const subject = SIZE_SUBJECTS[issue.origin] ?? 'value';
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const limit = typeof bound === 'bigint' ? Number(bound) : bound;
      const inclusive = issue.inclusive ?? true;
      out.push(
        issue.code === 'too_small'
          ? createIssue('schema/too-small', 'error', path, { subject, minimum: limit, inclusive })
          : createIssue('schema/too-big', 'error', path, { subject, maximum: limit, inclusive }),
      );
      return;
    }
    case 'not_multiple_of':
      out.push(createIssue('schema/not-multiple', 'error', path, { divisor: issue.divisor }));
      return;
    case 'invalid_union':
      mapUnion(issue, path, context);
      return;
    default:
      out.push(createIssue('schema/invalid', 'error', path, { detail: issue.message }));
  }
}

/**
 * Turns zod's issues into findings with stable codes, did-you-mean hints for unknown keys and
 * values, and one report per failed union (the branch the input came closest to).
 */
export function mapZodIssues(
  issues: readonly ZodIssue[],
  schema: z.ZodType,
  input: unknown,
): ValidationIssue[] {
  const context: Context = { schema, input, out: [] };
  for (const issue of issues) mapIssue(issue, [], context);
  const seen = new Set<string>();
  return context.out.filter((issue) => {
    const key = `${issue.code}\u0000${issue.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
