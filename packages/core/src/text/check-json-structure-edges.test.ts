// The edges of the structure check: the depth limit at equality, keys told apart from string
// values, key sets per object, and a search that starts afresh on every call.
import { describe, expect, it } from 'vitest';
import { checkJsonStructure } from './check-json-structure.js';

describe('checkJsonStructure', () => {
  it('accepts nesting at the limit and spans the first bracket beyond it', () => {
    expect(checkJsonStructure('[[1]]', 2)).toBeUndefined();
    expect(checkJsonStructure('[[1]]', 1)).toEqual({
      reason: 'too-deep',
      start: 1,
      end: 2,
      detail: 'deeper than 1 levels.',
    });
    expect(checkJsonStructure('{"a": {"b": [2]}}', 2)).toEqual({
      reason: 'too-deep',
      start: 12,
      end: 13,
      detail: 'deeper than 2 levels.',
    });
    expect(checkJsonStructure('[[], [], {}]', 2)).toBeUndefined();
    expect(checkJsonStructure('1', 0)).toBeUndefined();
    expect(checkJsonStructure('[]', 0)?.reason).toBe('too-deep');
  });

  it('names a repeated key and spans its quotes', () => {
    expect(checkJsonStructure('{"a": 1, "a": 2}', 64)).toEqual({
      reason: 'duplicate-key',
      start: 9,
      end: 12,
      detail: 'a',
    });
    expect(checkJsonStructure('{"a" : 1, "a"\n: 2}', 64)).toMatchObject({ start: 10, end: 13 });
    expect(checkJsonStructure('{"\\u0062": 1, "b": 2}', 64)).toMatchObject({
      start: 14,
      detail: 'b',
    });
  });

  it('tells keys from string values, in objects and in lists', () => {
    expect(checkJsonStructure('{"a": "b", "b": "a"}', 64)).toBeUndefined();
    expect(checkJsonStructure('{"a": ["a", "a"], "b": {"a": "a"}}', 64)).toBeUndefined();
    expect(checkJsonStructure('["a", "a", {"a": 1}]', 64)).toBeUndefined();
  });

  it('looks for no bracket and no key inside a string', () => {
    expect(checkJsonStructure('{"[": 1, "b": "{[", "c": "]}"}', 1)).toBeUndefined();
    expect(checkJsonStructure('["\\"a\\": 1, \\"a\\": 2"]', 64)).toBeUndefined();
    expect(checkJsonStructure('{"x": "\\"", "x": 1}', 64)).toMatchObject({ start: 12 });
  });

  it('keeps the keys of each object apart, at the same depth and deeper', () => {
    expect(checkJsonStructure('[{"a": 1}, {"a": 1}]', 64)).toBeUndefined();
    expect(checkJsonStructure('{"a": {"a": {"a": 1}}, "b": {"a": 1}}', 64)).toBeUndefined();
    expect(checkJsonStructure('{"x": {"a": 1}, "y": 2, "x": 3}', 64)).toMatchObject({
      start: 24,
      detail: 'x',
    });
    expect(checkJsonStructure('[{"a": 1}, {"b": 1, "b": 2}]', 64)).toMatchObject({ start: 20 });
  });

  it('starts from the beginning of the text on every call', () => {
    expect(checkJsonStructure('{"a": 1, "a": 2}', 64)?.start).toBe(9);
    expect(checkJsonStructure('{"b": 1, "b": 2, "cccccccc": 3}', 64)?.start).toBe(9);
    expect(checkJsonStructure('[[[[[[[[[[[[[[1]]]]]]]]]]]]]]', 3)?.start).toBe(3);
    expect(checkJsonStructure('[[[[1]]]]', 3)?.start).toBe(3);
  });
});
