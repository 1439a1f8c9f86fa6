// The edges of the JSON skipping helpers: escaped quotes, scalars at the end of the text, every
// kind of JSON white space, and keys with and without escapes.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import { readJsonKey, skipJsonSpace, skipJsonString, skipJsonValue } from './json-skip.js';

describe('skipJsonString', () => {
  it('ends at the first quote after an even number of backslashes', () => {
    expect(skipJsonString('"ab" x', 0)).toBe(4);
    expect(skipJsonString('x "" x', 2)).toBe(4);
    expect(skipJsonString('"a\\"b"', 0)).toBe(6);
    expect(skipJsonString('"a\\\\"b"', 0)).toBe(5);
    expect(skipJsonString('"a\\\\\\"b"', 0)).toBe(8);
    expect(skipJsonString('"\\"\\""', 0)).toBe(6);
    // A backslash before the opening quote does not escape the closing one.
    expect(skipJsonString('\\""', 1)).toBe(3);
  });

  it('runs to the end of the text when the string is not closed', () => {
    expect(skipJsonString('"abc', 0)).toBe(4);
    expect(skipJsonString('"a\\"', 0)).toBe(4);
  });
});

describe('skipJsonValue', () => {
  it('skips a scalar to the first white space, comma or closing bracket, or the end', () => {
    expect(skipJsonValue('[12,3]', 1)).toBe(3);
    expect(skipJsonValue('[12]', 1)).toBe(3);
    expect(skipJsonValue('{"a":true}', 5)).toBe(9);
    expect(skipJsonValue('[null\n]', 1)).toBe(5);
    expect(skipJsonValue('[1\t]', 1)).toBe(2);
    expect(skipJsonValue('-1.5e3', 0)).toBe(6);
    expect(skipJsonValue('x 12', 2)).toBe(4);
  });

  it('skips a string, with brackets and escaped quotes in it', () => {
    expect(skipJsonValue('["a]\\"}", 1]', 1)).toBe(8);
  });

  it('skips a container to its own closing bracket, past strings holding brackets', () => {
    expect(skipJsonValue('[{"a": "]"}, 2]', 1)).toBe(11);
    expect(skipJsonValue('[[1, [2]], 3]', 1)).toBe(9);
    expect(skipJsonValue('{"a": {"b": "}"}} ', 0)).toBe(17);
    expect(skipJsonValue('x [] {}', 2)).toBe(4);
    expect(skipJsonValue('x [] {}', 5)).toBe(7);
    expect(skipJsonValue('[1, 2', 0)).toBe(5);
  });
});

describe('skipJsonSpace', () => {
  it('skips space, tab, line feed and carriage return, and nothing else', () => {
    expect(skipJsonSpace(' \t\r\n1', 0)).toBe(4);
    expect(skipJsonSpace('1 \t\r\n', 1)).toBe(5);
    expect(skipJsonSpace('a  b', 1)).toBe(3);
    expect(skipJsonSpace('\u000b1', 0)).toBe(0);
    expect(skipJsonSpace('\u00a01', 0)).toBe(0);
    expect(skipJsonSpace('\f1', 0)).toBe(0);
    expect(skipJsonSpace('', 0)).toBe(0);
  });
});

describe('readJsonKey', () => {
  it('reads a key between its quotes, decoding escapes', () => {
    expect(readJsonKey('{"ab": 1}', 1, 5)).toBe('ab');
    expect(readJsonKey('{"": 1}', 1, 3)).toBe('');
    expect(readJsonKey('{"\\u0061\\"": 1}', 1, 11)).toBe('a"');
    expect(readJsonKey('{"a\\\\b": 1}', 1, 7)).toBe('a\\b');
  });

  it('tells keys apart by their decoded text when parseText looks for repeats', () => {
    const codes = (text: string) => {
      const parsed = parseText(text);
      return parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.position?.column]);
    };
    expect(codes('{"a\\\\": 1, "a\\u005c": 2}')).toEqual([['text/duplicate-key', 12]]);
    expect(codes('{"a\\\\": 1, "a\\\\b": 2}')).toEqual([]);
  });
});
