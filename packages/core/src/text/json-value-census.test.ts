// The census decides whether a JSON text `JSON.parse` accepted is read a second time: counts that
// are off either way would let a repeated key, a deep container or an overflowing number through.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import { censusOfJsonValue, colonsOfJsonText } from './json-value-census.js';

const codes = (text: string, maxDepth = 64) => {
  const parsed = parseText(text, { format: 'json', maxDepth });
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.code);
};

describe('censusOfJsonValue', () => {
  it('counts the keys of every object, in objects and in lists', () => {
    const value = JSON.parse(
      '{"a": {"b": 1, "c": [{"d": null}, {"e": true, "f": "x"}]}}',
    ) as unknown;
    expect(censusOfJsonValue(value, 64)).toEqual({
      keys: 6,
      colons: 0,
      tooDeep: false,
      overflow: false,
    });
  });

  it('counts every colon of keys and of texts, at any depth', () => {
    const value = JSON.parse(
      '{"a:b": "c:d::e", "f": ["g:", ":", "h"], "i": {"j:": "k"}}',
    ) as unknown;
    expect(censusOfJsonValue(value, 64)).toMatchObject({ keys: 4, colons: 7 });
    expect(censusOfJsonValue('no colon', 64).colons).toBe(0);
    expect(censusOfJsonValue('::', 64).colons).toBe(2);
  });

  it('marks a container deeper than the limit and counts nothing under it', () => {
    const value = JSON.parse('{"a": {"b": {"c": "d:e"}}}') as unknown;
    expect(censusOfJsonValue(value, 3)).toMatchObject({ keys: 3, colons: 1, tooDeep: false });
    expect(censusOfJsonValue(value, 2)).toMatchObject({ keys: 2, colons: 0, tooDeep: true });
    expect(censusOfJsonValue([[[]]], 3).tooDeep).toBe(false);
    expect(censusOfJsonValue([[[]]], 2).tooDeep).toBe(true);
    expect(censusOfJsonValue([[[]]], 0).tooDeep).toBe(true);
    expect(censusOfJsonValue('text', 0).tooDeep).toBe(false);
    // Only containers count for the depth: scalars one level below the limit do not.
    expect(censusOfJsonValue({ a: true, b: null, c: 'x', d: 1 }, 1).tooDeep).toBe(false);
  });

  it('marks a number that is not finite, in lists and objects', () => {
    expect(censusOfJsonValue(JSON.parse('[1, 1e400]'), 64).overflow).toBe(true);
    expect(censusOfJsonValue(JSON.parse('{"a": -1e400}'), 64).overflow).toBe(true);
    expect(censusOfJsonValue(JSON.parse('[1e308, -0, null, false]'), 64).overflow).toBe(false);
  });
});

describe('colonsOfJsonText', () => {
  it('counts every colon, or gives up on an escaped one', () => {
    expect(colonsOfJsonText('{"a:b": ":"}')).toBe(3);
    expect(colonsOfJsonText('[1, 2]')).toBe(0);
    expect(colonsOfJsonText('{"a": "\\u003a"}')).toBeUndefined();
    expect(colonsOfJsonText('{"a": "\\u003A"}')).toBeUndefined();
  });
});

describe('the census as parseText uses it', () => {
  it('finds a repeated key that the colons of the strings would hide', () => {
    // Each text has as many colons as a text without the repeat: only a second read finds it.
    expect(codes('{"a": 1, "a": 2}')).toEqual(['text/duplicate-key']);
    expect(codes('{"a": "x:", "a": "y:"}')).toEqual(['text/duplicate-key']);
    expect(codes('{"a": "\\u003a", "b": 1}')).toEqual([]);
    expect(codes('[{"a": 1}, {"a": 1}]')).toEqual([]);
  });

  it('finds nesting at the limit and one level beyond it', () => {
    expect(codes('{"a": [[1]]}', 3)).toEqual([]);
    expect(codes('{"a": [[1]]}', 2)).toEqual(['text/too-deep']);
    expect(codes('[{"a": {}}]', 2)).toEqual(['text/too-deep']);
  });

  it('finds a number too large to be finite, whatever the colons say', () => {
    expect(codes('{"a": 1e999}')).toEqual(['text/syntax']);
    expect(codes('[-1e999]')).toEqual(['text/syntax']);
    expect(codes('[1e308]')).toEqual([]);
  });
});
