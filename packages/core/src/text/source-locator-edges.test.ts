// How a locator falls back from a path to its nearest ancestor, and where it places keys.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import type { SourcePosition } from '@itu-aicb/core';
import { createLocator } from './source-locator.js';
import type { NodeSpan } from './source-locator.js';
import { createLineIndex } from './line-index.js';

const where = (position: SourcePosition | undefined) => [
  position?.line,
  position?.column,
  position?.endLine,
  position?.endColumn,
];

const text = 'kind: WorkPlan\nmeasures:\n  - id: M1\n';
const json = '{"kind": "WorkPlan", "measures": [{"id": "M1"}]}';
const locatorOf = (source: string) => {
  const parsed = parseText(source);
  if (!parsed.ok) throw new Error('expected the text to parse');
  return parsed.locator;
};

describe('createLocator', () => {
  it('places the root at the whole document, key or value', () => {
    for (const source of [text, json]) {
      const locator = locatorOf(source);
      expect(where(locator.locate([]))).toEqual(where(locator.locate([], 'key')));
      expect(where(locator.locate([])).slice(0, 2)).toEqual([1, 1]);
    }
  });

  it('places a value, or its key when asked', () => {
    const locator = locatorOf(text);
    expect(where(locator.locate(['measures', 0, 'id']))).toEqual([3, 9, 3, 11]);
    expect(where(locator.locate(['measures', 0, 'id'], 'value'))).toEqual([3, 9, 3, 11]);
    expect(where(locator.locate(['measures', 0, 'id'], 'key'))).toEqual([3, 5, 3, 7]);
    // A list item has no key: asked for one, the locator gives the item.
    expect(where(locator.locate(['measures', 0], 'key'))).toEqual(
      where(locator.locate(['measures', 0])),
    );
  });

  it('falls back to the key of the nearest ancestor that exists, or to its value without one', () => {
    const locator = locatorOf(text);
    expect(where(locator.locate(['measures', 0, 'id', 'en']))).toEqual([3, 5, 3, 7]);
    expect(where(locator.locate(['kind', 'x', 'y'], 'value'))).toEqual([1, 1, 1, 5]);
    expect(where(locator.locate(['measures', 0, 'title']))).toEqual([3, 5, 4, 1]);
    expect(where(locator.locate(['measures', 0, 'title', 'en'], 'key'))).toEqual([3, 5, 4, 1]);
    expect(where(locator.locate(['measures', 3]))).toEqual([2, 1, 2, 9]);
    expect(where(locator.locate(['nothing', 'here'])).slice(0, 2)).toEqual([1, 1]);
  });

  it('asks for each shorter path in turn and gives nothing when none is found', () => {
    const asked: string[] = [];
    const lines = createLineIndex('abcdef\n');
    const find = (path: readonly (string | number)[]): NodeSpan | undefined => {
      asked.push(path.join('/'));
      return path.length === 1 ? { keyStart: 2, valueStart: 4, valueEnd: 6 } : undefined;
    };
    const locator = createLocator(find, lines.span);
    // A key without its end is placed as an empty span at its start.
    expect(where(locator.locate(['a', 'b', 'c']))).toEqual([1, 3, 1, 3]);
    expect(asked).toEqual(['a/b/c', 'a/b', 'a']);
    expect(where(locator.locate(['a']))).toEqual([1, 5, 1, 7]);
    expect(createLocator(() => undefined, lines.span).locate(['a'])).toBeUndefined();
  });
});
