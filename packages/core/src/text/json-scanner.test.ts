// The scanner explains a JSON text that `JSON.parse` refused: where (offsets, end exclusive) and why.
import { describe, expect, it } from 'vitest';
import { checkJsonStructure } from './check-json-structure.js';
import { scanJson } from './json-scanner.js';

const scan = (text: string, maxDepth = 3) => {
  const failure = scanJson(text, maxDepth);
  return failure === undefined ? undefined : [failure.start, failure.end, failure.detail];
};

describe('scanJson', () => {
  it('accepts what JSON accepts, with any spacing', () => {
    for (const text of [
      ' {"a":1} ',
      '"a\\"b"',
      '"\\/\\b\\f\\n\\r\\t\\u00e9"',
      '[true,false,null]',
      '{"k":"v"  ,  "k2" : "v"}',
      '[1e2, -0.5E-3, 0, -0, 3.14159, -10.25e+2]',
      '\t[\r\n]\n',
      '{"a": {"a": 1}}',
      '1'.repeat(309),
    ]) {
      expect([text, scanJson(text, 3)]).toEqual([text, undefined]);
    }
  });

  it('places each kind of grammar mistake', () => {
    expect(scan('  ')).toEqual([0, 0, 'the text holds no value.']);
    expect(scan('{')).toEqual([1, 2, expect.stringContaining('the end of the text')]);
    expect(scan('[')).toEqual([1, 2, 'expected a value but found the end of the text.']);
    expect(scan('{"a" 1}')).toEqual([5, 6, 'expected ":" after the key "a".']);
    expect(scan('{"a": 1,}')).toEqual([7, 8, 'a trailing comma is not allowed.']);
    expect(scan('[1 ,\n]')).toEqual([3, 4, 'a trailing comma is not allowed.']);
    expect(scan('[1 2]')).toEqual([3, 4, 'expected "," or "]" but found "2".']);
    expect(scan('{"a": 1 "b": 2}')).toEqual([8, 9, 'expected "," or "}" but found """.']);
    expect(scan('{a: 1}')).toEqual([1, 2, 'expected a key in quotes but found "a".']);
    expect(scan('{"a": 1, b: 2}')).toEqual([9, 10, 'expected a key in quotes but found "b".']);
    expect(scan('tru')).toEqual([0, 1, 'unexpected "t".']);
    expect(scan('[nul]')).toEqual([1, 2, 'unexpected "n".']);
    expect(scan('fals')).toEqual([0, 1, 'unexpected "f".']);
    expect(scan('-')).toEqual([0, 1, 'expected a value but found "-".']);
    expect(scan('01')).toEqual([1, 2, 'unexpected "1" after the value.']);
    expect(scan('1.')).toEqual([1, 2, 'unexpected "." after the value.']);
    expect(scan('[1.25 x]')).toEqual([6, 7, 'expected "," or "]" but found "x".']);
    expect(scan('[] x')).toEqual([3, 4, 'unexpected "x" after the value.']);
    expect(scan('{"a":1}}')).toEqual([7, 8, 'unexpected "}" after the value.']);
  });

  it('places mistakes inside strings', () => {
    expect(scan('"abc')).toEqual([0, 4, 'a string is not closed with a quote.']);
    expect(scan('"a\\x"')).toEqual([2, 4, '"x" cannot follow a backslash.']);
    expect(scan('"a\\')).toEqual([0, 3, 'a string is not closed with a quote.']);
    expect(scan('"a\\u12G4"')).toEqual([2, 8, 'a \\u escape needs four hexadecimal digits.']);
    expect(scan('"a\\u00e"')).toEqual([2, 8, 'a \\u escape needs four hexadecimal digits.']);
    for (const raw of ['"a\nb"', '"a\u001fb"', '"a\tb"']) {
      expect(scan(raw)).toEqual([2, 3, expect.stringContaining('raw control character')]);
    }
    expect(scan('"a\u0020b"')).toBeUndefined();
  });

  it('calls every grammar mistake a syntax error, and places one after a later key', () => {
    for (const text of [
      '  ',
      '{"a" 1}',
      '{"a": 1,}',
      '[1 2]',
      '{a: 1}',
      'tru',
      '-',
      '01',
      '"abc',
      '"a\\x"',
      '"a\\u12G4"',
      '"a\nb"',
      '[1e400]',
      '{"a": 1, "b": x}',
      '{"ab',
    ]) {
      expect([text, scanJson(text, 3)?.reason]).toEqual([text, 'syntax']);
    }
    // The second key is read, then the value after it is refused.
    expect(scan('{"a": 1, "b": x}')).toEqual([14, 15, 'expected a value but found "x".']);
    expect(scan('{"a": 1, "b": 2 x}')).toEqual([16, 17, 'expected "," or "}" but found "x".']);
    // A key whose string is not closed is refused as such, first key or later.
    expect(scan('{"ab')).toEqual([1, 4, 'a string is not closed with a quote.']);
    expect(scan('{"a": 1, "b')).toEqual([9, 11, 'a string is not closed with a quote.']);
  });

  it('finds a repeated key, escaped or not, only within one object', () => {
    expect(scanJson('{"a": 1, "a": 2}', 3)).toEqual({
      reason: 'duplicate-key',
      start: 9,
      end: 12,
      detail: 'a',
    });
    expect(scan('{"\\u0061": 1, "a": 2}')).toEqual([14, 17, 'a']);
    expect(scan('[{"a": 1}, {"a": 2}]')).toBeUndefined();
  });

  it('finds a number too large to be finite, and only such a number', () => {
    expect(scan('[1e400]')).toEqual([
      1,
      6,
      'the number 1e400 is too large to be read as a number.',
    ]);
    expect(scan('-1E400')).toEqual([
      0,
      6,
      'the number -1E400 is too large to be read as a number.',
    ]);
    expect(scan('1'.repeat(400))).toEqual([
      0,
      400,
      `the number ${'1'.repeat(20)}… is too large to be read as a number.`,
    ]);
    expect(scan('1'.repeat(24) + 'e999')).toEqual([
      0,
      28,
      `the number ${'1'.repeat(20)}… is too large to be read as a number.`,
    ]);
    expect(scan('1'.repeat(20) + 'e999')).toEqual([
      0,
      24,
      `the number ${'1'.repeat(20)}e999 is too large to be read as a number.`,
    ]);
    expect(scan('1e308')).toBeUndefined();
  });

  it('refuses a container one level deeper than the limit, where it opens', () => {
    expect(scanJson('[[[]]]', 3)).toBeUndefined();
    expect(scanJson('[[[]]]', 2)).toEqual({
      reason: 'too-deep',
      start: 2,
      end: 3,
      detail: 'deeper than 2 levels.',
    });
    expect(scan('{"a":[{"b":{}}]}')).toEqual([11, 12, 'deeper than 3 levels.']);
  });
});

describe('checkJsonStructure', () => {
  it('finds a repeated key and too deep a container in accepted JSON, and nothing else', () => {
    expect(checkJsonStructure('{"a": 1, "b": {"a": 2}, "c": ["a", "a"]}', 3)).toBeUndefined();
    expect(checkJsonStructure('[{"a": 1}, {"a": 1}]', 3)).toBeUndefined();
    expect(checkJsonStructure('{"a": {"x": 1}, "b": {"x": 1, "x": 2}}', 3)).toEqual({
      reason: 'duplicate-key',
      start: 30,
      end: 33,
      detail: 'x',
    });
    expect(checkJsonStructure('{"a\\"": 1, "a\\"" : 2}', 3)).toMatchObject({
      reason: 'duplicate-key',
      start: 11,
      detail: 'a"',
    });
    expect(checkJsonStructure('[[[]]]', 3)).toBeUndefined();
    expect(checkJsonStructure('[[[]]]', 2)).toEqual({
      reason: 'too-deep',
      start: 2,
      end: 3,
      detail: 'deeper than 2 levels.',
    });
  });
});
