// What the fast path reads itself, and where it hands a part to the schema: a part it reads
// should never run the schema's own parse, and every answer must still be the schema's.
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { expectAgreement } from '../../test/fast-parse-agreement.js';
import { parseIfValid, partsLeftToSchema } from './fast-parse.js';

/** How many times the fast path ran the part's own parse while reading `input` with `schema`. */
function schemaRuns(part: z.ZodType, input: unknown, schema: z.ZodType = part): number {
  const spy = vi.spyOn(part._zod, 'run');
  try {
    parseIfValid(schema, input);
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('checks the fast path reads itself', () => {
  it('patterns and dates', () => {
    const code = z.string().regex(/^[A-Z]{3}$/);
    expect(schemaRuns(code, 'KEN')).toBe(0);
    expect(parseIfValid(code, 'KEN')).toEqual({ value: 'KEN' });
    expect(parseIfValid(code, 'Kenya')).toBeUndefined();
    const day = z.iso.date();
    expect(schemaRuns(day, '2026-02-28')).toBe(0);
    expect(parseIfValid(day, '2026-02-30')).toBeUndefined();
  });

  it('lengths of text: counted in code units unless a character outside the BMP could matter', () => {
    const two = z.string().min(2);
    expect(schemaRuns(two, 'ab')).toBe(0);
    // Six code units hold at least three characters: enough for two, whatever they are.
    expect(schemaRuns(two, 'a😀b😀')).toBe(0);
    // Two code units, one character: only the schema can count it.
    expect(schemaRuns(two, '😀')).toBe(1);
    expect(parseIfValid(two, '😀')).toBeUndefined();
    // Exactly twice the minimum in code units is at least the minimum in characters.
    const one = z.string().min(1);
    expect(schemaRuns(one, '😀')).toBe(0);
    expect(parseIfValid(one, '😀')).toEqual({ value: '😀' });
    const three = z.string().max(3);
    expect(schemaRuns(three, 'abc')).toBe(0);
    // Four code units may be two characters: the schema counts them.
    expect(schemaRuns(three, '😀😀')).toBe(1);
    expect(parseIfValid(three, '😀😀')).toEqual({ value: '😀😀' });
  });

  it('lengths of lists, whatever text they hold', () => {
    const some = z.array(z.string()).min(1);
    expect(schemaRuns(some, ['😀'])).toBe(0);
    expect(parseIfValid(some, ['😀'])).toEqual({ value: ['😀'] });
    expect(parseIfValid(some, [])).toBeUndefined();
    const few = z.array(z.number()).max(2);
    expect(schemaRuns(few, [1, 2, 3])).toBe(0);
    expect(parseIfValid(few, [1, 2, 3])).toBeUndefined();
  });

  it('bounds and whole numbers', () => {
    const positive = z.number().gt(0);
    const small = z.number().lt(1);
    const whole = z.int();
    for (const [schema, value] of [
      [positive, 1],
      [small, 0.5],
      [whole, 5],
    ] as const) {
      expect(schemaRuns(schema, value)).toBe(0);
      expect(parseIfValid(schema, value)).toEqual({ value });
    }
    expect(parseIfValid(positive, 0)).toBeUndefined();
    expect(parseIfValid(small, 1)).toBeUndefined();
    expect(parseIfValid(whole, 0.5)).toBeUndefined();
  });

  it('numbers that are not finite, which YAML can write', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(parseIfValid(z.number(), value)).toBeUndefined();
      expect(z.number().safeParse(value).success).toBe(false);
    }
  });
});

describe('parts the fast path leaves to the schema', () => {
  it('text formats other than patterns and dates, with a pattern or without', () => {
    const address = z.string().check(z.email());
    const link = z.string().check(z.url());
    expect(partsLeftToSchema(z.strictObject({ address }))).toEqual(['string']);
    expect(partsLeftToSchema(z.strictObject({ link }))).toEqual(['string']);
    expect(schemaRuns(address, 'a@itu.int')).toBe(1);
    expect(parseIfValid(link, 'https://www.itu.int/')).toEqual({ value: 'https://www.itu.int/' });
    expect(parseIfValid(link, 'not a link')).toBeUndefined();
  });

  it('a list with a check it cannot read', () => {
    const named = z.array(z.string()).refine((list) => list.length > 0);
    expect(partsLeftToSchema(z.strictObject({ named }))).toEqual(['array']);
    expect(parseIfValid(named, ['x'])).toEqual({ value: ['x'] });
    expect(parseIfValid(named, [])).toBeUndefined();
  });

  it('a tagged union that falls back to its options', () => {
    const tagged = z.discriminatedUnion(
      'kind',
      [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b').catch('b') })],
      { unionFallback: true },
    );
    expect(partsLeftToSchema(tagged)).toEqual(['union']);
    expect(expectAgreement(tagged, { kind: 'zz' })).toEqual({ kind: 'b' });
  });

  it('nothing that never passes', () => {
    expect(parseIfValid(z.never(), 1)).toBeUndefined();
    expect(parseIfValid(z.never(), undefined)).toBeUndefined();
    expect(expectAgreement(z.object({ a: z.never().optional() }), { a: 1 })).toBeUndefined();
    expect(expectAgreement(z.object({ a: z.never().optional() }), {})).toEqual({});
  });
});

describe('unions whose options fail on a value of another kind', () => {
  const tagged = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('x'), n: z.number() }),
    z.strictObject({ type: z.literal('y'), s: z.string() }),
  ]);

  it('null, after an object option', () => {
    expect(parseIfValid(z.union([z.object({ a: z.string() }), z.null()]), null)).toEqual({
      value: null,
    });
    expect(parseIfValid(z.union([tagged, z.null()]), null)).toEqual({ value: null });
  });

  it('a tag no option has, after the tagged union', () => {
    const either = z.union([tagged, z.object({ type: z.string() })]);
    expect(expectAgreement(either, { type: 'w' })).toEqual({ type: 'w' });
    expect(expectAgreement(either, { type: 'x', n: 1 })).toEqual({ type: 'x', n: 1 });
  });
});

describe('keys whose schema takes `undefined` on the way in or out', () => {
  it('required in, optional out: an absent key fails', () => {
    // The output type is wider than the input type on purpose: the types refuse such a pipe.
    const schema = z.object({
      a: z.string().pipe(z.string().optional() as unknown as z.ZodString),
    });
    expect(expectAgreement(schema, {})).toBeUndefined();
    expect(expectAgreement(schema, { a: 'x' })).toEqual({ a: 'x' });
  });

  it('optional in and out: an absent key stays out, whatever the key would have become', () => {
    const schema = z.object({
      a: z
        .string()
        .optional()
        .transform(() => 'x')
        .pipe(z.string().optional() as unknown as z.ZodString),
    });
    expect(expectAgreement(schema, {})).toEqual({});
    expect(expectAgreement(schema, { a: 'y' })).toEqual({ a: 'x' });
  });

  it('a default that fails under an optional: the key stays out', () => {
    const schema = z.object({ a: z.string().default('x').pipe(z.string().min(5)).optional() });
    const value = expectAgreement(schema, {});
    expect(Object.keys(value as object)).toEqual([]);
  });

  it('optional in only: an absent key takes what the schema makes of `undefined`', () => {
    const schema = z.object({
      a: z
        .string()
        .optional()
        .transform((text) => text ?? 'x'),
    });
    expect(expectAgreement(schema, {})).toEqual({ a: 'x' });
  });

  it('a default of `undefined`: the key is there, with no value', () => {
    // The types refuse it, but a schema built in JavaScript can have it.
    const schema = z.object({
      a: z
        .string()
        .optional()
        .default(undefined as unknown as string),
    });
    const value = expectAgreement(schema, {});
    expect(Object.keys(value as object)).toEqual(['a']);
  });
});
