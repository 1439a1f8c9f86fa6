// Where the YAML locator places paths through aliases, list items, empty values and repeated keys.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import type { SourcePosition } from '@itu-aicb/core';
import { createLineIndex } from './line-index.js';
import { createYamlLocator } from './yaml-locator.js';

const where = (position: SourcePosition | undefined) => [
  position?.line,
  position?.column,
  position?.endLine,
  position?.endColumn,
];
const locatorOf = (text: string, maxAliases = 0) => {
  const parsed = parseText(text, { format: 'yaml', maxAliases });
  if (!parsed.ok) throw new Error('expected the text to parse');
  return parsed.locator;
};

describe('createYamlLocator', () => {
  it('follows an alias to the value it repeats', () => {
    const locator = locatorOf('a: &x\n  b: 1\nc: *x\n', 1);
    expect(where(locator.locate(['c', 'b']))).toEqual([2, 6, 2, 7]);
    expect(where(locator.locate(['c', 'b'], 'key'))).toEqual([2, 3, 2, 4]);
    expect(where(locator.locate(['c']))).toEqual([2, 3, 3, 1]);
    // The whole document written as an alias is not possible, but a list item can be one.
    const items = locatorOf('a: &x [1, 2]\nb: [*x]\n', 1);
    expect(where(items.locate(['b', 0, 1]))).toEqual([1, 11, 1, 12]);
  });

  it('places a list item by its number, without a key, and falls back past the end', () => {
    const locator = locatorOf('a: [1, 2]\nb: {c: [x]}\n');
    expect(where(locator.locate(['a', 1]))).toEqual([1, 8, 1, 9]);
    expect(where(locator.locate(['a', 1], 'key'))).toEqual([1, 8, 1, 9]);
    expect(where(locator.locate(['b', 'c', 0], 'key'))).toEqual([2, 9, 2, 10]);
    expect(where(locator.locate(['a', 2]))).toEqual([1, 1, 1, 2]);
    expect(where(locator.locate(['a', 2, 'x']))).toEqual([1, 1, 1, 2]);
    // A list is not read by a key, even one written as a number.
    expect(where(locator.locate(['a', '1']))).toEqual([1, 1, 1, 2]);
    // A scalar has nothing inside, by key or by number.
    expect(where(locator.locate(['a', 0, 0]))).toEqual([1, 5, 1, 6]);
    expect(where(locator.locate(['b', 'c', 0, 'd']))).toEqual([2, 9, 2, 10]);
  });

  it('places the value of a key without one just after the key', () => {
    const locator = locatorOf('? a\nb: 1\n');
    expect(where(locator.locate(['a']))).toEqual([1, 4, 1, 4]);
    expect(where(locator.locate(['a'], 'key'))).toEqual([1, 3, 1, 4]);
  });

  it('finds keys by the text they become, the first of repeated ones', () => {
    const text = '1: a\ntrue: b\n~: c\nx: d\nx: e\n';
    const locator = createYamlLocator(
      parseDocument(text, { uniqueKeys: false }),
      createLineIndex(text),
    );
    expect(where(locator.locate(['1']))).toEqual([1, 4, 1, 5]);
    expect(where(locator.locate([1]))).toEqual([1, 4, 1, 5]);
    expect(where(locator.locate(['true']))).toEqual([2, 7, 2, 8]);
    expect(where(locator.locate(['']))).toEqual([3, 4, 3, 5]);
    expect(where(locator.locate(['x']))).toEqual([4, 4, 4, 5]);
    // Asked again, from the index already built.
    expect(where(locator.locate(['x'], 'key'))).toEqual([4, 1, 4, 2]);
    expect(where(locator.locate(['y']))).toEqual([1, 1, 6, 1]);
  });
});
