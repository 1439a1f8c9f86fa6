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
