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
