// Unions the document kinds do not have (yet), through the shared validation pipeline.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '@itu-aicb/core';
import { validateWith } from './validate-with.js';

const findings = (result: ValidationResult<unknown>) =>
  result.ok
    ? []
    : result.issues.map((issue) => [issue.code, issue.pointer, issue.message, issue.hint]);

describe('a failed union', () => {
  it('lists the values of every branch when each branch is a fixed value', () => {
    const Pick = z.object({ size: z.union([z.literal('small'), z.enum(['medium', 'large'])]) });
    expect(findings(validateWith(Pick, [], { size: 'larg' }))).toEqual([
      [
        'schema/invalid-value',
        '/size',
        '"larg" is not one of the allowed values.',
        'Did you mean "large"?',
      ],
    ]);
    expect(findings(validateWith(Pick, [], {}))).toEqual([
      [
        'schema/missing-property',
        '/size',
        'The required field "size" is missing.',
        'Add "size" (one of small, medium, large).',
      ],
    ]);
  });

  it('names each kind of branch when the value is none of them', () => {
    const Mixed = z.object({ size: z.union([z.literal('small'), z.number()]) });
    expect(findings(validateWith(Mixed, [], { size: true }))).toEqual([
      [
        'schema/invalid-type',
        '/size',
        'Expected a fixed value or a number, but found the value true.',
        undefined,
      ],
    ]);
  });

  it('reports the branch with fewer faults when two get as far', () => {
    const Either = z.object({
      item: z.union([
        z.strictObject({ a: z.string(), b: z.string() }),
        z.strictObject({ a: z.string() }),
      ]),
    });
    expect(
      findings(validateWith(Either, [], { item: { a: 1 } })).map(([, pointer]) => pointer),
    ).toEqual(['/item/a']);
    const Reversed = z.object({
      item: z.union([
        z.strictObject({ a: z.string() }),
        z.strictObject({ a: z.string(), b: z.string() }),
      ]),
    });
    expect(
      findings(validateWith(Reversed, [], { item: { a: 1 } })).map(([, pointer]) => pointer),
    ).toEqual(['/item/a']);
  });
});

describe('a failed union whose branches get equally far with as many faults', () => {
  it('reports the first branch', () => {
    const Either = z.object({
      item: z.union([z.strictObject({ a: z.string() }), z.strictObject({ a: z.number() })]),
    });
    const result = validateWith(Either, [], { item: { a: true } });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.pointer, issue.params])).toEqual([
      ['/item/a', { expected: 'text', received: 'the value true', example: '"true", in quotes' }],
    ]);
  });
});

describe('formats', () => {
  it('reports a value once however many of its patterns it fails', () => {
    const Code = z.object({ code: z.string().regex(/^a/).regex(/b$/) });
    expect(
      findings(validateWith(Code, [], { code: 'c' })).map(([code, pointer]) => [code, pointer]),
    ).toEqual([['schema/invalid-format', '/code']]);
  });

  it('names a format without an example by its kind, without a hint', () => {
    const Contact = z.object({ mail: z.email() });
    const result = validateWith(Contact, [], { mail: 'nobody' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.params, issue.hint])).toEqual([
      [{ format: 'email', received: '"nobody"' }, undefined],
    ]);
  });
});

describe('issues the document schemas do not raise (yet)', () => {
  const one = (schema: z.ZodType, input: unknown) => {
    const result = validateWith(schema, [], input);
    return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer, issue.params]);
  };

  it('names the divisor a number must be a multiple of', () => {
    expect(one(z.object({ step: z.number().multipleOf(5) }), { step: 12 })).toEqual([
      ['schema/not-multiple', '/step', { divisor: 5 }],
    ]);
  });

  it('reports a check of its own with the words of the check', () => {
    const Even = z.object({ n: z.number().refine((n) => n % 2 === 0, 'must be even') });
    expect(one(Even, { n: 3 })).toEqual([['schema/invalid', '/n', { detail: 'must be even' }]]);
  });

  it('gives the bound of a bigint as a number, and of a size its subject', () => {
    expect(one(z.object({ big: z.bigint().min(5n) }), { big: 2n })).toEqual([
      ['schema/too-small', '/big', { subject: 'value', minimum: 5, inclusive: true }],
    ]);
    expect(one(z.object({ big: z.bigint().lt(5n) }), { big: 7n })).toEqual([
      ['schema/too-big', '/big', { subject: 'value', maximum: 5, inclusive: false }],
    ]);
    expect(one(z.object({ list: z.array(z.string()).max(1) }), { list: ['a', 'b'] })).toEqual([
      ['schema/too-big', '/list', { subject: 'number of items', maximum: 1, inclusive: true }],
    ]);
    expect(one(z.object({ name: z.string().min(2) }), { name: 'a' })).toEqual([
      ['schema/too-small', '/name', { subject: 'length of the text', minimum: 2, inclusive: true }],
    ]);
  });
});

describe('a discriminated union', () => {
  const Shape = z.object({
    shape: z.discriminatedUnion('type', [
      z.object({ type: z.literal('circle'), r: z.number() }),
      z.object({ type: z.literal('square'), side: z.number() }),
    ]),
  });
  const all = (input: unknown) => {
    const result = validateWith(Shape, [], input);
    return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer, issue.params]);
  };

  it('names the kinds it knows when the discriminator is missing or unknown', () => {
    expect(all({ shape: {} })).toEqual([
      [
        'schema/missing-property',
        '/shape/type',
        { key: 'type', expected: 'one of circle, square' },
      ],
    ]);
    expect(all({ shape: { type: 'squar' } })).toEqual([
      [
        'schema/invalid-value',
        '/shape/type',
        { received: '"squar"', allowed: ['circle', 'square'], suggestion: 'square' },
      ],
    ]);
    expect(all({ shape: { type: 7 } })).toEqual([
      ['schema/invalid-value', '/shape/type', { received: '7', allowed: ['circle', 'square'] }],
    ]);
  });

  it('names the missing discriminator by its own key, however deep the union', () => {
    const Nested = z.object({ outer: z.object({ inner: Shape }) });
    const result = validateWith(Nested, [], { outer: { inner: { shape: {} } } });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.pointer, issue.params])).toEqual([
      ['/outer/inner/shape/type', { key: 'type', expected: 'one of circle, square' }],
    ]);
  });

  it('checks the branch the discriminator chose, and the value where there is no object', () => {
    expect(all({ shape: { type: 'square' } })).toEqual([
      ['schema/missing-property', '/shape/side', { key: 'side', expected: 'a number' }],
    ]);
    expect(all({})).toEqual([
      [
        'schema/missing-property',
        '/shape',
        { key: 'shape', expected: 'a mapping of keys to values' },
      ],
    ]);
    expect(all({ shape: null })).toEqual([
      [
        'schema/invalid-type',
        '/shape',
        { expected: 'a mapping of keys to values', received: 'null' },
      ],
    ]);
  });
});

describe('a value the schema filled in before checking', () => {
  it('reports a key missing below a default as missing, not as a crash', () => {
    const Deep = z.object({
      a: z.object({ b: z.object({ c: z.string() }) }).prefault({ b: {} } as never),
    });
    const Filled = z.object({
      a: z.preprocess((v) => v ?? { b: {} }, z.object({ b: z.object({ c: z.string() }) })),
    });
    for (const [schema, input] of [
      [Deep, {}],
      [Filled, { a: null }],
      [Filled, { a: undefined }],
    ] as const) {
      const result = validateWith(schema, [], input);
      expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer])).toEqual([
        ['schema/missing-property', '/a/b/c'],
      ]);
    }
  });
});

describe('a fixed number or boolean', () => {
  const one = (schema: z.ZodType, input: unknown) => {
    const result = validateWith(schema, [], input);
    return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.params]);
  };

  it('given as text: the type is what is wrong, every allowed value named', () => {
    expect(one(z.object({ u: z.union([z.literal(1), z.literal(2)]) }), { u: '1' })).toEqual([
      [
        'schema/invalid-type',
        { expected: 'the number 1 or the number 2', received: 'the text "1"' },
      ],
    ]);
    expect(one(z.object({ v: z.literal(true) }), { v: 'true' })).toEqual([
      ['schema/invalid-type', { expected: 'the value true', received: 'the text "true"' }],
    ]);
  });

  it('given as another number: the value is what is wrong', () => {
    expect(one(z.object({ u: z.union([z.literal(1), z.literal(2)]) }), { u: 3 })).toEqual([
      ['schema/invalid-value', { received: '3', allowed: ['1', '2'] }],
    ]);
    // Text and numbers mixed: a text is named as it is, a number as JSON.
    expect(one(z.object({ u: z.union([z.literal('a'), z.literal(2)]) }), { u: 'b' })).toEqual([
      ['schema/invalid-value', { received: '"b"', allowed: ['a', '2'], suggestion: 'a' }],
    ]);
  });

  it('missing from a union of types: every type named', () => {
    expect(one(z.object({ w: z.union([z.string(), z.number()]) }), {})).toEqual([
      ['schema/missing-property', { key: 'w', expected: 'text or a number' }],
    ]);
  });
});
