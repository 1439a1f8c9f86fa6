import { describe, expect, it } from 'vitest';
import { createJsonLocator } from './json-locator.js';
import { createLineIndex } from './line-index.js';

/** The text a located span covers. */
function spanned(text: string, path: (string | number)[], target?: 'key' | 'value') {
  const position = createJsonLocator(text, createLineIndex(text)).locate(path, target);
  return position === undefined ? undefined : text.slice(position.offset, position.endOffset);
}

describe('createJsonLocator', () => {
  const text = ' { "a" :\t{"b": [10, {"c": "x]}"}, [ ]] , "d\\"e": null},"f":true, "g" : -1.5e3 } ';

  it('spans each value and each key exactly', () => {
    expect(spanned(text, [])).toBe(text.trim());
    expect(spanned(text, ['a', 'b'])).toBe('[10, {"c": "x]}"}, [ ]]');
    expect(spanned(text, ['a', 'b', 0])).toBe('10');
    expect(spanned(text, ['a', 'b', 1, 'c'])).toBe('"x]}"');
    expect(spanned(text, ['a', 'b', 1, 'c'], 'key')).toBe('"c"');
    expect(spanned(text, ['a', 'b', 2])).toBe('[ ]');
    expect(spanned(text, ['a', 'd"e'])).toBe('null');
    expect(spanned(text, ['a', 'd"e'], 'key')).toBe('"d\\"e"');
    expect(spanned(text, ['f'])).toBe('true');
    expect(spanned(text, ['g'])).toBe('-1.5e3');
    expect(spanned(text, ['g'], 'key')).toBe('"g"');
  });

  it('falls back to the key of the deepest member that exists', () => {
    expect(spanned(text, ['a', 'b', 3])).toBe('"b"');
    expect(spanned(text, ['a', 'b', 'x'])).toBe('"b"');
    // An item of a list has no key: its value stands for it.
    expect(spanned(text, ['a', 'b', 0, 'deeper'])).toBe('10');
    expect(spanned(text, ['a', 0])).toBe('"a"');
    expect(spanned(text, ['zz'])).toBe(text.trim());
    expect(spanned(text, [], 'key')).toBe(text.trim());
  });

  it('finds the same spans when asked again, in any order', () => {
    const locator = createJsonLocator(text, createLineIndex(text));
    const first = locator.locate(['a', 'b', 1, 'c']);
    expect(locator.locate(['g'])?.offset).toBe(text.indexOf('-1.5e3'));
    expect(locator.locate(['a', 'b', 1, 'c'])).toEqual(first);
  });

  it('reads a list or an object with nothing in it', () => {
    expect(spanned('[]', [0])).toBe('[]');
    expect(spanned('{ }', ['a'])).toBe('{ }');
    expect(spanned('[\n1\n,\n2\n]', [1])).toBe('2');
  });
});
