// The fast path for valid documents must give exactly what the schema's own parse gives: the same
// decision, and for a valid document the same output (values, defaults, key order, keys left out).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  progressReportInput,
  scoringProfileInput,
  workPlanInput,
} from '../../test/fixtures.js';
import { expectAgreement } from '../../test/fast-parse-agreement.js';
import { type Json, mutate, mutation } from '../../test/mutate-document.js';
import { DOCUMENT_SCHEMAS } from './document-schemas.js';
import { parseIfValid, partsLeftToSchema } from './fast-parse.js';

const KINDS = [
  { schema: DOCUMENT_SCHEMAS.WorkPlan, build: workPlanInput },
  { schema: DOCUMENT_SCHEMAS.InitiativeCatalogue, build: initiativeCatalogueInput },
  { schema: DOCUMENT_SCHEMAS.NeedsAssessment, build: needsAssessmentInput },
  { schema: DOCUMENT_SCHEMAS.ScoringProfile, build: scoringProfileInput },
  { schema: DOCUMENT_SCHEMAS.ProgressReport, build: progressReportInput },
].map((entry) => ({ ...entry, kind: entry.build().kind }));

describe('the fast path reads the document kinds whole', () => {
  it.each(KINDS)('$kind: only records are left to the schema', ({ schema }) => {
    expect(partsLeftToSchema(schema).filter((kind) => kind !== 'record')).toEqual([]);
  });

  it('names what it leaves to the schema', () => {
    const schema = z.strictObject({
      a: z.string().nullable(),
      b: z.array(z.email()),
      c: z.number().refine((n) => n !== 0),
      d: z.union([z.number().int().gt(0), z.literal('x')]).optional(),
      e: z.iso.date(),
      f: z.never().optional(),
      g: z.boolean().refine(Boolean).optional(),
      h: z
        .string()
        .transform((text) => BigInt(text.length))
        .pipe(z.bigint()),
    });
    expect(partsLeftToSchema(schema)).toEqual([
      'bigint',
      'boolean',
      'nullable',
      'number',
      'string',
    ]);
    // A part whose shape cannot be read is left to the schema too.
    const unreadable = z.object({
      get a(): z.ZodString {
        throw new Error('unreadable');
      },
    });
    expect(partsLeftToSchema(unreadable)).toEqual(['object']);
    // A part left to the schema is named alone, not with what it holds.
    const address = z.email();
    expect(partsLeftToSchema(z.strictObject({ address }))).toEqual(['string']);
    expect(partsLeftToSchema(z.strictObject({ other: address.nullable() }))).toEqual(['nullable']);
  });
});

describe.each(KINDS)('$kind: the fast path and the schema agree', ({ schema, build }) => {
  it('on the valid fixture, which takes the fast path', () => {
    expect(parseIfValid(schema, build())).toBeDefined();
    expectAgreement(schema, build());
  });

  it('on randomly changed documents, valid or not', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (steps) => {
        const document = mutate(build() as unknown as Json, steps);
        expectAgreement(schema, document);
        seen[schema.safeParse(document).success ? 'valid' : 'invalid'] += 1;
      }),
      { numRuns: 300 },
    );
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.invalid).toBeGreaterThan(20);
  });
});

describe('the fast path on the bundled plan files', () => {
  const root = join(import.meta.dirname, '../../../..');
  const files = [
    'examples/itu-ai-capacity-building',
    'examples/itu-ai-capacity-building/assessments',
    'packages/cli/test/fixtures/valid',
    'packages/cli/test/fixtures/valid/assessments',
  ].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(folder, name)),
  );

  it.each(files)('%s', (file) => {
    const document: unknown = parseYaml(readFileSync(join(root, file), 'utf8'));
    const kind = (document as { kind: keyof typeof DOCUMENT_SCHEMAS }).kind;
    expect(parseIfValid(DOCUMENT_SCHEMAS[kind], document)).toBeDefined();
    expectAgreement(DOCUMENT_SCHEMAS[kind], document);
  });
});

describe('the fast path follows the schema', () => {
  it('on optional, defaulted and absent keys', () => {
    const schema = z.strictObject({
      a: z.string().optional(),
      b: z.number().default(3),
      c: z.boolean().default(false).optional(),
      d: z.string().transform((text) => text.length),
      e: z.array(z.string()).default(() => []),
      f: z.string().optional().default('x'),
      g: z
        .number()
        .transform((n) => (n > 1 ? undefined : n))
        .optional(),
    });
    for (const input of [
      { d: 'abc' },
      { d: 'abc', a: undefined, b: undefined, c: undefined, f: undefined, g: undefined },
      { d: '', a: 'x', b: 5, c: true, e: ['y'], f: 'z', g: 1 },
      { d: '', g: 2 },
      { d: '', a: 1 },
      { a: 'x' },
      { d: '', extra: 1 },
    ]) {
      expectAgreement(schema, input);
    }
    // A value that becomes `undefined` on the way takes the default; an optional that does not
    // wrap a default gives `undefined` for `undefined`, whatever the inner schema would make of it.
    const vanishing = z.number().transform((n) => (n > 1 ? undefined : n));
    for (const input of [undefined, 1, 2]) {
      expectAgreement(vanishing.default(3), input);
      expectAgreement(
        z
          .any()
          .transform(() => 5)
          .optional(),
        input,
      );
      expectAgreement(z.array(vanishing.optional()), [input]);
    }
    // An optional over a default that fails gives `undefined`, without a finding.
    expectAgreement(z.string().default('x').pipe(z.string().min(5)).optional(), undefined);
    // Keys whose schema takes `undefined` in some other way than `optional` or `default`.
    const either = z.union([
      z.string().optional().pipe(z.string()),
      // The output type is wider than the input type on purpose: what passes is the same.
      z.number().pipe(z.number().optional() as unknown as z.ZodNumber),
    ]);
    const odd = z.strictObject({
      required: z
        .custom<unknown>(() => true)
        .optional()
        .pipe(z.custom<unknown>(() => true)),
      passed: z
        .string()
        .optional()
        .transform((text) => text),
      either: either.optional().pipe(either),
    });
    for (const input of [
      {},
      { required: 1 },
      { required: 1, passed: 'p' },
      { required: 1, either: 'e' },
    ]) {
      expectAgreement(odd, input);
    }
    expectAgreement(z.strictObject({ either }), {});
    expectAgreement(z.strictObject({ required: z.custom<unknown>(() => true) }), {});
    // A fresh default each time, never one shared between documents.
    const first = parseIfValid(schema, { d: '' })?.value;
    const second = parseIfValid(schema, { d: '' })?.value;
    expect(first?.e).not.toBe(second?.e);
  });

  it('on unknown keys: refused by a strict object, dropped by another', () => {
    const strict = z.strictObject({ a: z.string() });
    const loose = z.object({ a: z.string() });
    const withProto = JSON.parse('{"a":"x","__proto__":{"polluted":true}}') as unknown;
    for (const schema of [strict, loose]) {
      for (const input of [{ a: 'x' }, { a: 'x', b: 1 }, withProto, [], null, 'a', new Date(0)]) {
        expectAgreement(schema, input);
      }
    }
    expect(parseIfValid(loose, { a: 'x', b: 1 })?.value).toStrictEqual({ a: 'x' });
  });

  it('on objects it leaves to the schema, and on a schema that refers to itself', () => {
    const symbol = Symbol('key');
    const withSymbol = z.strictObject({ [symbol]: z.string() });
    const withProtoKey = z.strictObject({ ['__proto__']: z.string().optional(), a: z.string() });
    const catchall = z.object({ a: z.string() }).catchall(z.number());
    const refined = z.object({ a: z.string() }).refine((value) => value.a !== 'no');
    const refinedUnion = z.union([z.string(), z.number()]).refine((value) => value !== 'no');
    for (const [schema, inputs] of [
      [withSymbol, [{}, { [symbol]: 'x' }]],
      [withProtoKey, [{ a: 'x' }, JSON.parse('{"a":"x","__proto__":"y"}')]],
      [
        catchall,
        [
          { a: 'x', b: 1 },
          { a: 'x', b: 'y' },
        ],
      ],
      [refined, [{ a: 'x' }, { a: 'no' }]],
      [refinedUnion, ['x', 'no', 1]],
    ] as const) {
      for (const input of inputs) expectAgreement(schema, input);
    }
    const Tree: z.ZodType = z.object({
      name: z.string(),
      get children() {
        return z.array(Tree).optional();
      },
    });
    expectAgreement(Tree, { name: 'a', children: [{ name: 'b', children: [] }] });
    expectAgreement(Tree, { name: 'a', children: [{ name: 1 }] });
    expect(partsLeftToSchema(Tree)).toEqual([]);
  });

  it('on numbers, text lengths and patterns at their limits', () => {
    const schema = z.strictObject({
      n: z.number().min(0).max(100),
      m: z.number().gt(0).lt(1).optional(),
      i: z.int().optional(),
      t: z
        .string()
        .min(2)
        .max(3)
        .regex(/^[a-z😀]+$/u),
      day: z.iso.date().optional(),
      kind: z.enum(['a', 'b']).optional(),
      one: z.literal(7).optional(),
      list: z.array(z.number()).min(1).max(2).optional(),
      small: z.int32().optional(),
    });
    const inputs: unknown[] = [
      { n: 0, t: 'ab' },
      { n: 100, t: 'abc' },
      {
        n: -0,
        t: 'ab',
        m: 0.5,
        i: 2 ** 53 - 1,
        day: '2024-02-29',
        kind: 'b',
        one: 7,
        list: [1, 2],
      },
      { n: 100.5, t: 'ab' },
      { n: Number.NaN, t: 'ab' },
      { n: Number.POSITIVE_INFINITY, t: 'ab' },
      { n: 1, t: 'ab', m: 0 },
      { n: 1, t: 'ab', m: 1 },
      { n: 1, t: 'ab', i: 2 ** 53 },
      { n: 1, t: 'ab', i: 1.5 },
      { n: 1, t: 'ab', day: '2026-02-29' },
      { n: 1, t: 'ab', kind: 'c' },
      { n: 1, t: 'ab', one: 8 },
      { n: 1, t: 'ab', list: [] },
      { n: 1, t: 'ab', list: [1, 2, 3] },
      { n: 1, t: 'ab', small: 2 ** 31 - 1 },
      { n: 1, t: 'ab', small: 2 ** 31 },
      // Text is measured in characters: one emoji is two code units but one character.
      { n: 1, t: '😀' },
      { n: 1, t: '😀a' },
      { n: 1, t: '😀😀' },
      { n: 1, t: '😀😀😀' },
      { n: 1, t: '😀😀😀😀' },
      { n: 1, t: 'abcd' },
      { n: 1, t: 'a' },
      { n: '1', t: 'ab' },
    ];
    for (const input of inputs) expectAgreement(schema, input);
  });

  it('on unions: the first option that passes, and the discriminator', () => {
    const union = z.union([
      z.strictObject({ a: z.string() }),
      z.object({ a: z.string().transform((text) => text.toUpperCase()), b: z.number() }),
      z.string().transform((text) => ({ a: text })),
    ]);
    const tagged = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('x'), n: z.number() }),
      z.strictObject({ type: z.enum(['y', 'z']), s: z.string() }),
    ]);
    const exclusive = z.xor([z.string(), z.string().min(2)]);
    for (const input of [{ a: 'x' }, { a: 'x', b: 1 }, 'x', 1, null]) {
      expectAgreement(union, input);
    }
    for (const input of [
      { type: 'x', n: 1 },
      { type: 'z', s: 's' },
      { type: 'x', s: 's' },
      { type: 'w' },
      {},
      [],
    ]) {
      expectAgreement(tagged, input);
    }
    for (const input of ['a', 'ab', 1]) expectAgreement(exclusive, input);
    // Two options with the same tag make the schema's own parse throw: no fast answer either.
    const twice = z.discriminatedUnion('type', [
      z.object({ type: z.literal('x'), n: z.number() }),
      z.object({ type: z.literal('x'), s: z.string() }),
    ]);
    expect(() => twice.safeParse({ type: 'x', n: 1 })).toThrow();
    expect(parseIfValid(twice, { type: 'x', n: 1 })).toBeUndefined();
    expect(parseIfValid(twice, { type: 'x', s: 's' })).toBeUndefined();
  });

  it('on kinds it leaves to the schema', () => {
    const schema = z.strictObject({
      r: z.record(z.string(), z.number()).optional(),
      n: z.string().nullable().optional(),
      e: z.email().optional(),
      c: z.coerce.number().optional(),
      s: z
        .string()
        .refine((text) => text !== 'no')
        .optional(),
    });
    for (const input of [
      { r: { a: 1 }, n: null, e: 'a@b.org', c: '5', s: 'yes' },
      { r: { a: 'x' } },
      { e: 'not an address' },
      { s: 'no' },
      { c: 'x' },
    ]) {
      expectAgreement(schema, input);
    }
  });

  it('on what a transform reports', () => {
    const schema = z.string().transform((text, context) => {
      if (text === 'bad') context.addIssue({ code: 'custom', message: 'bad' });
      return text.length;
    });
    expectAgreement(schema, 'good');
    expectAgreement(schema, 'bad');
    const pushing = z.string().transform((text, context) => {
      if (text === 'bad') context.issues.push({ code: 'custom', message: 'bad', input: text });
      return text.length;
    });
    expectAgreement(pushing, 'good');
    expectAgreement(pushing, 'bad');
  });

  it('never throws, and gives way to the schema on a value it cannot read', () => {
    const schema = z.strictObject({ a: z.string(), list: z.array(z.number()).optional() });
    const throwing = {
      get a(): string {
        throw new Error('unreadable');
      },
    };
    expect(parseIfValid(schema, throwing)).toBeUndefined();
    const proxy = new Proxy(
      {},
      {
        has() {
          throw new Error('trap');
        },
      },
    );
    expect(parseIfValid(schema, proxy)).toBeUndefined();
    // A hole in a list is read as `undefined`, as the schema reads it.
    // eslint-disable-next-line no-sparse-arrays
    expectAgreement(schema, { a: 'x', list: [1, , 3] });
    // A check that answers later cannot be used here, and the schema's own parse refuses it too.
    const later = z.string().refine(() => Promise.resolve(true));
    expect(parseIfValid(later, 'x')).toBeUndefined();
  });
});
