// The edges of the JSON locator: containers side by side, white space around colons and commas,
// paths that go into scalars, and segments of the wrong type.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import { createJsonLocator } from './json-locator.js';
import { createLineIndex } from './line-index.js';

/** The text a located span covers. */
function spanned(text: string, path: (string | number)[], target?: 'key' | 'value') {
  const position = createJsonLocator(text, createLineIndex(text)).locate(path, target);
  return position === undefined ? undefined : text.slice(position.offset, position.endOffset);
}

describe('createJsonLocator', () => {
  it('ends each container at its own bracket, whatever follows it', () => {
    const text = '{"a": [1], "b": {"c": 2}, "d": [[3], 4]}';
    expect(spanned(text, ['a', 0])).toBe('1');
    // Past the last item or member, the container's key stands for the path.
    expect(spanned(text, ['a', 1])).toBe('"a"');
    expect(spanned(text, ['b', 'd'])).toBe('"b"');
    expect(spanned(text, ['d', 0, 1])).toBe('[3]');
    expect(spanned(text, ['d', 1])).toBe('4');
    expect(spanned(text, ['d', 2])).toBe('"d"');
    expect(spanned('[[1],[2]]', [1, 0])).toBe('2');
    expect(spanned('[{"a":1},{"b":2}]', [1, 'b'])).toBe('2');
    expect(spanned('[{"a":1},{"b":2}]', [0, 'b'])).toBe('{"a":1}');
  });

  it('reads white space of every kind around keys, colons, values and commas', () => {
    const text = '{\r\n\t"a"\t:\r\n [ 1 ,\n\t2 ] ,\r\n "b" : { } }';
    expect(spanned(text, ['a', 1])).toBe('2');
    expect(spanned(text, ['a', 1], 'key')).toBe('2');
    expect(spanned(text, ['b'])).toBe('{ }');
    expect(spanned(text, ['b'], 'key')).toBe('"b"');
    expect(spanned(' \n [ "x" ] ', [0])).toBe('"x"');
  });

  it('does not look inside a string, a number or a literal', () => {
    const text = '{"s": "[1, 2]", "n": 12, "t": true, "z": null}';
    expect(spanned(text, ['s', 0])).toBe('"s"');
    expect(spanned(text, ['n', 0])).toBe('"n"');
    expect(spanned(text, ['t', 'x'])).toBe('"t"');
    expect(spanned(text, ['z', 0])).toBe('"z"');
    expect(spanned('"[1]"', [0])).toBe('"[1]"');
  });

  it('takes only numbers as positions in a list, and any segment as text in an object', () => {
    expect(spanned('{"a": [5, 6]}', ['a', '1'])).toBe('"a"');
    expect(spanned('{"a": [5, 6]}', ['a', 1])).toBe('6');
    expect(spanned('{"0": 5, "1": 6}', [1])).toBe('6');
    expect(spanned('{"0": 5, "1": 6}', [1], 'key')).toBe('"1"');
  });

  it('finds the empty key where an object has it, and nowhere else', () => {
    expect(spanned('{"": 1}', [''])).toBe('1');
    expect(spanned('[{"a": 1}]', [0, ''])).toBe('{"a": 1}');
    expect(spanned('{"x": {"a": 1}, "y": 2}', ['x', ''])).toBe('"x"');
  });

  it('reads a key with escapes as the key it stands for', () => {
    expect(spanned('{"\\u0061": 1, "b\\"": 2}', ['a'])).toBe('1');
    expect(spanned('{"\\u0061": 1, "b\\"": 2}', ['b"'], 'key')).toBe('"b\\""');
  });

  it('places the same path the same way when it is asked again or after others', () => {
    const text = '{"a": {"b": [1, 2]}, "c": 3}';
    const locator = createJsonLocator(text, createLineIndex(text));
    const first = locator.locate(['a', 'b', 1]);
    expect(locator.locate(['c'])?.offset).toBe(text.indexOf('3'));
    expect(locator.locate(['a', 'b', 1])).toEqual(first);
    expect(first?.offset).toBe(text.indexOf('2'));
  });
});

describe('the JSON locator through parseText', () => {
  it('places a path in a text with a byte-order mark at its offset in the original text', () => {
    const parsed = parseText('\uFEFF{\n "a": [true]}');
    const position = parsed.ok ? parsed.locator.locate(['a', 0]) : undefined;
    expect(position).toMatchObject({ line: 2, column: 8, offset: 10, endOffset: 14 });
  });
});
