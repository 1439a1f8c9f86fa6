import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { forbiddenRecordKeys } from './forbidden-record-keys.js';
import { allowedKeysAt, recordPaths } from './schema-walk.js';

const Leaf = z.object({ x: z.string(), y: z.number() });

describe('allowedKeysAt', () => {
  it('sees through every wrapper and pipe', () => {
    const wrapped = [
      Leaf.optional(),
      Leaf.nullable(),
      Leaf.default({ x: '', y: 0 }),
      Leaf.prefault({ x: '', y: 0 }),
      Leaf.readonly(),
      Leaf.catch({ x: '', y: 0 }),
      Leaf.transform((leaf) => leaf.x),
    ];
    for (const schema of wrapped) {
      expect(allowedKeysAt(z.object({ a: schema }), {}, ['a'])).toEqual(['x', 'y']);
    }
  });

  it('unwraps up to 32 wrappers', () => {
    let schema: z.ZodType = Leaf;
    for (let layer = 1; layer <= 33; layer++) {
      schema = layer % 2 === 0 ? schema.optional() : schema.nullable();
      if (layer === 32) expect(allowedKeysAt(schema, {}, [])).toEqual(['x', 'y']);
    }
    expect(allowedKeysAt(schema, {}, [])).toBeUndefined();
  });

  it('follows the value through objects and lists, and stops where the schema does', () => {
    const schema = z.object({ list: z.array(Leaf), name: z.string(), free: z.unknown() });
    expect(allowedKeysAt(schema, {}, [])).toEqual(['list', 'name', 'free']);
    expect(allowedKeysAt(schema, { list: [] }, ['list', 3])).toEqual(['x', 'y']);
    expect(allowedKeysAt(schema, {}, ['list', 'x'])).toBeUndefined();
    expect(allowedKeysAt(schema, {}, [0])).toBeUndefined();
    expect(allowedKeysAt(schema, {}, ['name'])).toBeUndefined();
    expect(allowedKeysAt(schema, {}, ['other', 'x'])).toBeUndefined();
  });

  it('takes the branch of a union that the value chose', () => {
    const tagged = z.discriminatedUnion('type', [
      z.object({ type: z.literal('a'), p: z.string() }),
      z.object({ type: z.literal('b').optional(), q: z.string() }),
    ]);
    expect(allowedKeysAt(tagged, { type: 'b' }, [])).toEqual(['type', 'q']);
    expect(allowedKeysAt(tagged, { type: 'a' }, [])).toEqual(['type', 'p']);
    expect(allowedKeysAt(tagged, { type: 'c' }, [])).toBeUndefined();
    // A value that is not an object takes no branch by its tag.
    expect(allowedKeysAt(tagged, 'a', [])).toEqual(['type', 'p']);

    const shaped = z.object({
      v: z.union([z.string(), z.array(Leaf), z.object({ k: z.number() })]),
    });
    expect(allowedKeysAt(shaped, { v: {} }, ['v'])).toEqual(['k']);
    expect(allowedKeysAt(shaped, { v: [{}] }, ['v', 0])).toEqual(['x', 'y']);
    expect(allowedKeysAt(shaped, { v: 'text' }, ['v'])).toBeUndefined();
    expect(allowedKeysAt(z.union([z.string(), z.number()]), {}, [])).toBeUndefined();
    expect(allowedKeysAt(z.union([z.string(), z.number()]), [], [])).toBeUndefined();
  });
});

describe('recordPaths', () => {
  it('finds records in objects, lists, unions and other records, once per schema', () => {
    const schema = z.object({
      scores: z.record(z.string(), z.number()),
      list: z.array(z.object({ tags: z.record(z.string(), z.record(z.string(), z.number())) })),
      either: z.union([z.string(), z.object({ rates: z.record(z.string(), z.number()) })]),
      plain: z.string(),
    });
    const paths = recordPaths(schema);
    expect(paths).toEqual([
      ['scores'],
      ['list', '*', 'tags'],
      ['list', '*', 'tags', '*'],
      ['either', 'rates'],
    ]);
    expect(recordPaths(schema)).toBe(paths);
  });

  it('looks 32 levels deep', () => {
    const nested = (levels: number): z.ZodType => {
      let schema: z.ZodType = z.record(z.string(), z.number());
      for (let level = 0; level < levels; level++) schema = z.object({ n: schema });
      return schema;
    };
    expect(recordPaths(nested(32))).toEqual([Array.from({ length: 32 }, () => 'n')]);
    expect(recordPaths(nested(33))).toEqual([]);
  });
});

describe('forbiddenRecordKeys', () => {
  const schema = z.object({
    scores: z.record(z.string(), z.number()),
    list: z.array(z.object({ tags: z.record(z.string(), z.record(z.string(), z.number())) })),
  });
  const pointers = (json: string) =>
    forbiddenRecordKeys(schema, JSON.parse(json)).map((issue) => [issue.code, issue.pointer]);

  it('finds an own __proto__ key in every record, however deep', () => {
    expect(
      pointers(
        '{"scores": {"__proto__": 1}, "list": [{"tags": {}}, {"tags": {"t": {"__proto__": 2}}}]}',
      ),
    ).toEqual([
      ['input/forbidden-key', '/scores/__proto__'],
      ['input/forbidden-key', '/list/1/tags/t/__proto__'],
    ]);
  });

  it('reads a list given as an object entry by entry', () => {
    expect(pointers('{"list": {"a": {"tags": {"__proto__": 1}}}}')).toEqual([
      ['input/forbidden-key', '/list/a/tags/__proto__'],
    ]);
  });

  it('looks only at records, and passes over what is not an object', () => {
    expect(pointers('{"__proto__": 1, "scores": {"a": 1}, "list": [{"__proto__": {}}]}')).toEqual(
      [],
    );
    // A list where a record belongs is the schema's finding, whatever its own keys.
    const list: unknown[] = [1];
    Object.defineProperty(list, '__proto__', { value: 1, enumerable: true });
    expect(forbiddenRecordKeys(schema, { scores: list })).toEqual([]);
    expect(pointers('{"scores": null, "list": [null, 3]}')).toEqual([]);
    expect(forbiddenRecordKeys(schema, 'text')).toEqual([]);
  });
});
