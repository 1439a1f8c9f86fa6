// Edges of reading schemas: union options that are wrapped or are unions themselves, a null
// value, wrappers looked through and kinds not looked into, depth limits through lists, records
// and unions; the records `__proto__` is looked for in; and parsing a document that failed its
// schema again.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { forbiddenRecordKeys } from './forbidden-record-keys.js';
import { parsePartially } from './partial-parse.js';
import { allowedKeysAt, recordPaths } from './schema-walk.js';
import { validateWith } from './validate-with.js';

const Leaf = z.object({ x: z.string(), y: z.number() });

describe('allowedKeysAt through unions', () => {
  it('unwraps the option a value chose', () => {
    expect(allowedKeysAt(z.union([z.string(), Leaf.optional()]), {}, [])).toEqual(['x', 'y']);
  });

  it('takes the first option for null, whatever the tag', () => {
    const tagged = z.discriminatedUnion('type', [
      z.object({ type: z.literal('a'), p: z.string() }),
      z.object({ type: z.literal('b'), q: z.string() }),
    ]);
    expect(allowedKeysAt(tagged, null, [])).toEqual(['type', 'p']);
  });

  it('passes over options whose tag is not one literal', () => {
    const tagged = z.discriminatedUnion('type', [
      z.object({ type: z.union([z.literal('a'), z.literal('b')]), p: z.string() }),
      z.object({ type: z.literal('c'), q: z.string() }),
    ]);
    expect(allowedKeysAt(tagged, { type: 'c' }, [])).toEqual(['type', 'q']);
  });

  it('passes over options that are unions themselves', () => {
    const inner = z.discriminatedUnion('type', [
      z.object({ type: z.literal('b'), q: z.string() }),
      z.object({ type: z.literal('c'), r: z.string() }),
    ]);
    const tagged = z.discriminatedUnion('type', [inner, z.object({ type: z.literal('a') })]);
    expect(allowedKeysAt(tagged, { type: 'a' }, [])).toEqual(['type']);
  });

  it('does not read a list index as the name of a field', () => {
    expect(allowedKeysAt(z.object({ 0: Leaf }), { 0: {} }, [0])).toBeUndefined();
    expect(allowedKeysAt(z.object({ 0: Leaf }), { 0: {} }, ['0'])).toEqual(['x', 'y']);
  });
});

describe('wrappers', () => {
  const scores = z.record(z.string(), z.number());

  it('looks through a wrapper that makes a field required again', () => {
    const Item = z.object({ item: Leaf.optional().nonoptional() });
    expect(allowedKeysAt(Item, { item: {} }, ['item'])).toEqual(['x', 'y']);
    expect(recordPaths(z.object({ scores: scores.nonoptional() }))).toEqual([['scores']]);
  });

  it('names the allowed keys of an object under such a wrapper', () => {
    const Item = z.object({ item: z.strictObject({ name: z.string() }).nonoptional() });
    const result = validateWith(Item, [], { item: { name: 'a', nme: 'b' } });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['schema/unknown-key', { key: 'nme', allowed: ['name'], suggestion: 'name' }],
    ]);
  });

  it('does not look into a schema whose value is whether its inner schema passed', () => {
    expect(allowedKeysAt(z.object({ ok: z.success(Leaf) }), { ok: {} }, ['ok'])).toBeUndefined();
    expect(recordPaths(z.object({ ok: z.success(scores) }))).toEqual([]);
  });
});

describe('recordPaths depth', () => {
  const record = z.record(z.string(), z.number());
  const deep = (levels: number, wrap: (schema: z.ZodType) => z.ZodType): z.ZodType => {
    let schema: z.ZodType = record;
    for (let level = 0; level < levels; level++) schema = wrap(schema);
    return schema;
  };

  it('follows 32 levels of lists and no more', () => {
    const lists = (schema: z.ZodType) => z.array(schema);
    expect(recordPaths(deep(32, lists))).toEqual([Array.from({ length: 32 }, () => '*')]);
    expect(recordPaths(deep(33, lists))).toEqual([]);
  });

  it('follows 32 levels of records and no more', () => {
    const records = (schema: z.ZodType) => z.record(z.string(), schema);
    expect(recordPaths(deep(33, records))).toHaveLength(33);
    expect(recordPaths(deep(40, records))).toHaveLength(33);
  });

  it('follows 32 levels of unions and no more', () => {
    const unions = (schema: z.ZodType) => z.union([z.string(), schema]);
    expect(recordPaths(deep(32, unions))).toEqual([[]]);
    expect(recordPaths(deep(33, unions))).toEqual([]);
  });
});

describe('forbiddenRecordKeys edges', () => {
  const schema = z.object({
    scores: z.record(z.string(), z.number()),
    list: z.array(z.object({ tags: z.record(z.string(), z.number()) })),
  });

  it('gives the finding its key, and list indices as numbers', () => {
    expect(
      forbiddenRecordKeys(schema, JSON.parse('{"list": [{"tags": {"__proto__": 1}}]}')),
    ).toEqual([
      expect.objectContaining({
        code: 'input/forbidden-key',
        severity: 'error',
        path: ['list', 0, 'tags', '__proto__'],
        params: { key: '__proto__' },
      }),
    ]);
  });

  it('passes over a field that is there but undefined', () => {
    expect(forbiddenRecordKeys(schema, { scores: undefined, list: [undefined] })).toEqual([]);
  });

  it('looks only under the fields that lead to a record', () => {
    expect(forbiddenRecordKeys(schema, JSON.parse('{"other": {"__proto__": 1}}'))).toEqual([]);
  });

  it('reads only own fields', () => {
    const scores: unknown = JSON.parse('{"__proto__": 1}');
    const inherited = Object.create({ scores }) as object;
    expect(forbiddenRecordKeys(schema, inherited)).toEqual([]);
  });
});

describe('parsePartially edges', () => {
  it('finds nothing invalid in a valid value', () => {
    expect(parsePartially(Leaf, { x: 'a', y: 1 })).toEqual({
      value: { x: 'a', y: 1 },
      invalid: [],
      lostKeys: [],
    });
  });

  it('trusts nothing of a schema that needs to wait', () => {
    const waiting = Leaf.refine(() => Promise.resolve(true));
    expect(parsePartially(waiting, { x: 'a', y: 1 })).toEqual({
      value: undefined,
      invalid: [[]],
      lostKeys: [],
    });
  });
});
