// Edges of turning zod's issues into findings, through schemas the document kinds do not have:
// values filled in before checking (a default, a preprocess), exclusive unions that more than
// one option matched, unions whose options are each several checks, empty sets of fixed values,
// and issues at the root of the value.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { validateWith } from './validate-with.js';

const all = (schema: z.ZodType, input: unknown) => {
  const result = validateWith(schema, [], input);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer, issue.params]);
};

/** A root schema that reads every document as nothing at all. */
const asNothing = (schema: z.ZodType) => z.preprocess(() => undefined, schema);

describe('a value filled in before checking', () => {
  it('reports a key missing one level below a default, or below null made a mapping', () => {
    const Defaulted = z.object({ a: z.object({ c: z.string() }).prefault({} as never) });
    const Filled = z.object({ a: z.preprocess((v) => v ?? {}, z.object({ c: z.string() })) });
    const missing = [['schema/missing-property', '/a/c', { key: 'c', expected: 'text' }]];
    expect(all(Defaulted, {})).toEqual(missing);
    expect(all(Filled, { a: null })).toEqual(missing);
  });

  it('reports the filled-in value as wrong, not the key as missing', () => {
    expect(all(z.object({ v: z.preprocess(() => 'x', z.number()) }), {})).toEqual([
      ['schema/invalid-type', '/v', { expected: 'a number', received: 'the text "x"' }],
    ]);
    const Either = z.object({ v: z.union([z.number(), z.boolean()]).prefault('x' as never) });
    expect(all(Either, {})).toEqual([
      [
        'schema/invalid-type',
        '/v',
        { expected: 'a number or true or false', received: 'the text "x"' },
      ],
    ]);
    const Exclusive = z.object({ v: z.xor([z.string(), z.string()]).prefault('abc') });
    expect(all(Exclusive, {})).toEqual([
      ['schema/invalid-value', '/v', { received: '"abc"', allowed: [] }],
    ]);
  });
});

describe('an exclusive union that more than one option matched', () => {
  it('shows the value itself, with no fixed values to offer', () => {
    const Text = z.object({ v: z.xor([z.string(), z.string().min(1)]) });
    expect(all(Text, { v: 'abc' })).toEqual([
      ['schema/invalid-value', '/v', { received: '"abc"', allowed: [] }],
    ]);
    const Mapping = z.object({
      v: z.xor([z.object({ a: z.string() }), z.object({ b: z.string() })]),
    });
    expect(all(Mapping, { v: { a: 'x', b: 'y' } })).toEqual([
      ['schema/invalid-value', '/v', { received: 'a mapping', allowed: [] }],
    ]);
  });
});

describe('the root of the value', () => {
  it('names no key when the whole value is missing, even with a key named "undefined"', () => {
    const input = { undefined: 1 };
    expect(all(asNothing(z.union([z.number(), z.boolean()])), input)).toEqual([
      ['schema/missing-property', '', { key: '', expected: 'a number or true or false' }],
    ]);
    expect(all(asNothing(z.xor([z.any(), z.unknown()])), input)).toEqual([
      ['schema/missing-property', '', { key: '', expected: 'one of ' }],
    ]);
  });

  it('reports a value of the wrong type, not a missing key', () => {
    expect(all(asNothing(z.string()), {})).toEqual([
      ['schema/invalid-type', '', { expected: 'text', received: 'nothing' }],
    ]);
  });
});

describe('a failed union whose options fail only at the root', () => {
  it('lists kinds, not values, when an option fails both as a value and as a type', () => {
    const Mixed = z.object({
      v: z.union([z.intersection(z.literal(5), z.string()), z.literal('x')]),
    });
    expect(all(Mixed, { v: true })).toEqual([
      [
        'schema/invalid-type',
        '/v',
        { expected: 'a fixed value or text', received: 'the value true' },
      ],
    ]);
  });

  it('names a fixed value as expected when the options allow no value at all', () => {
    const None = z.object({ v: z.union([z.literal([]), z.enum([])]) });
    expect(all(None, { v: 'x' })).toEqual([
      ['schema/invalid-type', '/v', { expected: 'a fixed value', received: 'the text "x"' }],
    ]);
  });
});

describe('a failed union whose options get to different depths', () => {
  it('reports the option that got deepest, even with more faults', () => {
    const Either = z.object({
      item: z.union([
        z.object({ a: z.object({ b: z.string(), c: z.string() }) }),
        z.object({ z: z.string() }),
      ]),
    });
    expect(all(Either, { item: { a: {} } }).map(([, pointer]) => pointer)).toEqual([
      '/item/a/b',
      '/item/a/c',
    ]);
  });
});

describe('fixed values', () => {
  it('reports a value where no value is allowed as not allowed, not as of a wrong type', () => {
    expect(all(z.object({ v: z.literal([]) }), { v: 'x' })).toEqual([
      ['schema/invalid-value', '/v', { received: '"x"', allowed: [] }],
    ]);
  });

  it('reports a value where text and numbers are allowed as not allowed', () => {
    expect(all(z.object({ v: z.literal(['a', 1]) }), { v: true })).toEqual([
      ['schema/invalid-value', '/v', { received: 'true', allowed: ['a', '1'] }],
    ]);
  });
});

describe('unknown keys under a schema that is not followed', () => {
  it('offers no allowed keys', () => {
    const Lazy = z.object({ item: z.lazy(() => z.strictObject({ name: z.string() })) });
    expect(all(Lazy, { item: { name: 'a', nme: 'b' } })).toEqual([
      ['schema/unknown-key', '/item/nme', { key: 'nme', allowed: [] }],
    ]);
  });
});

describe('severity', () => {
  it('makes a value that is no multiple, and a check of the schema that failed, errors', () => {
    const schema = z.object({
      step: z.number().multipleOf(5),
      n: z.number().refine((n) => n % 2 === 0, 'must be even'),
    });
    const result = validateWith(schema, [], { step: 12, n: 3 });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['schema/not-multiple', 'error'],
      ['schema/invalid', 'error'],
    ]);
  });
});
