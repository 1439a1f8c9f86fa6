// The edges of parseText: how it reads its limits, how it picks a format, and what it says when
// it refuses a text.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import type { ParsedText, ParseTextOptions } from '@itu-aicb/core';
import { naming } from '../../test/naming.js';

const read = (text: string, options?: ParseTextOptions) => {
  const parsed = parseText(text, options);
  return parsed.ok
    ? { format: parsed.format, value: parsed.value, notes: parsed.issues.map((i) => i.code) }
    : {
        format: parsed.format,
        issues: parsed.issues.map((i) => [i.code, i.position?.line, i.position?.column]),
      };
};
const messages = (parsed: ParsedText) => parsed.issues.map((issue) => issue.message);
/** Each finding's code, severity, path and pointer: a finding about the whole text is at the root. */
const kinds = (parsed: ParsedText) =>
  parsed.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.pointer]);

describe('parseText of a value that is not text', () => {
  it('calls it YAML and names what it received', () => {
    const parsed = parseText(42 as never);
    expect(parsed.format).toBe('yaml');
    expect(messages(parsed)).toEqual([naming('number', '42')]);
  });
});

describe('parseText findings about the whole text', () => {
  it('places them at the root, as errors, with the byte-order mark as a note', () => {
    expect(kinds(parseText(42 as never))).toEqual([['input/not-text', 'error', [], '']]);
    expect(kinds(parseText('\uFEFFabcd', { maxLength: 3 }))).toEqual([
      ['text/byte-order-mark', 'info', [], ''],
      ['text/too-large', 'error', [], ''],
    ]);
    expect(kinds(parseText(' \n', { format: 'json' }))).toEqual([['text/empty', 'error', [], '']]);
    expect(kinds(parseText('\uFEFF', { format: 'yaml' }))).toEqual([
      ['text/byte-order-mark', 'info', [], ''],
      ['text/empty', 'error', [], ''],
    ]);
  });
});

describe('parseText limits', () => {
  it('accepts a text as long as the limit and refuses one character more', () => {
    expect(read('abc', { maxLength: 3 })).toEqual({ format: 'yaml', value: 'abc', notes: [] });
    expect(read('abcd', { maxLength: 3 }).issues).toEqual([
      ['text/too-large', undefined, undefined],
    ]);
    expect(messages(parseText('abcd', { maxLength: 3 }))).toEqual([naming('4', '3')]);
  });

  it('takes 0 as a limit, not as a missing one', () => {
    expect(read('a', { maxLength: 0 }).issues).toEqual([['text/too-large', undefined, undefined]]);
    expect(read('[1]', { maxDepth: 0 }).issues).toEqual([['text/too-deep', 1, 1]]);
    expect(read('a: &x 1\nb: *x\n', { maxAliases: 0 }).issues).toEqual([
      ['text/alias-limit', 2, 4],
    ]);
  });

  it('rounds a limit down to a whole number', () => {
    expect(messages(parseText('abcd', { maxLength: 3.5 }))).toEqual([
      expect.stringContaining('limit of 3.'),
    ]);
    expect(read('abc', { maxLength: 3.5 }).value).toBe('abc');
    expect(messages(parseText('[[1]]', { maxDepth: 1.5 }))).toEqual([
      expect.stringContaining('more than 1 levels'),
    ]);
    expect(messages(parseText('a: [[1]]', { maxDepth: 1.5 }))).toEqual([
      expect.stringContaining('more than 1 levels'),
    ]);
    expect(read('a: &x 1\nb: *x\n', { maxAliases: 1.5 }).value).toEqual({ a: 1, b: 1 });
    expect(messages(parseText('a: &x 1\nb: *x\nc: *x\n', { maxAliases: 1.5 }))).toEqual([
      expect.stringContaining('limit of 1.'),
    ]);
  });

  it('uses the default for a limit that is not a number of at least 0', () => {
    const bad = (value: unknown) =>
      ({ maxLength: value, maxDepth: value, maxAliases: value }) as never;
    for (const value of ['1', -1, -0.5, Number.NaN, null, true]) {
      expect(read('a: [[1]]', bad(value))).toEqual({
        format: 'yaml',
        value: { a: [[1]] },
        notes: [],
      });
      expect(read('a: &x 1\nb: *x\n', bad(value)).issues).toEqual([['text/alias-limit', 2, 4]]);
    }
    expect(read('[[1]]', { maxDepth: Number.POSITIVE_INFINITY }).value).toEqual([[1]]);
  });

  it('counts the length after a byte-order mark, and keeps the note when it refuses the text', () => {
    expect(read('\uFEFFabcd', { maxLength: 4 })).toEqual({
      format: 'yaml',
      value: 'abcd',
      notes: ['text/byte-order-mark'],
    });
    expect(read('\uFEFFabcd', { maxLength: 3 }).issues).toEqual([
      ['text/byte-order-mark', undefined, undefined],
      ['text/too-large', undefined, undefined],
    ]);
    expect(read('\uFEFF \n').issues).toEqual([
      ['text/byte-order-mark', undefined, undefined],
      ['text/empty', undefined, undefined],
    ]);
  });
});

describe('parseText formats', () => {
  it('guesses JSON from the first visible character, past white space', () => {
    expect(read(' \n\t[1]')).toEqual({ format: 'json', value: [1], notes: [] });
    expect(read('\n{"a": 1}')).toEqual({ format: 'json', value: { a: 1 }, notes: [] });
    expect(read('- 1\n')).toEqual({ format: 'yaml', value: [1], notes: [] });
    expect(read('  [a, b]').issues).toEqual([['text/syntax', 1, 4]]);
  });

  it('reads the text as told, and guesses for any other format', () => {
    expect(read('{"a": 1}', { format: 'yaml' })).toEqual({
      format: 'yaml',
      value: { a: 1 },
      notes: [],
    });
    expect(read('[1]', { format: 'yaml' }).format).toBe('yaml');
    expect(read('a: 1', { format: 'json' }).issues).toEqual([['text/syntax', 1, 1]]);
    expect(read('{a: 1}', { format: 'json' })).toEqual({
      format: 'json',
      issues: [['text/syntax', 1, 2]],
    });
    expect(read('[1]', { format: 'auto' }).format).toBe('json');
    expect(read('{a: 1}', { format: 'other' as never })).toEqual({
      format: 'yaml',
      value: { a: 1 },
      notes: [],
    });
  });

  it('tries YAML only for a mapping whose first key is not quoted, and keeps the JSON findings when it fails', () => {
    expect(read(' \n { a: 1}')).toEqual({ format: 'yaml', value: { a: 1 }, notes: [] });
    expect(read('{\n  a: 1}').value).toEqual({ a: 1 });
    expect(read('{a: 1').issues).toEqual([['text/syntax', 1, 2]]);
    expect(read('{a: [}')).toEqual({ format: 'json', issues: [['text/syntax', 1, 2]] });
    // A quoted first key or an empty mapping is JSON, whatever follows.
    expect(read('{"a": 1, b: 2}').issues).toEqual([['text/syntax', 1, 10]]);
    expect(read('{} x').issues).toEqual([['text/syntax', 1, 4]]);
    expect(read('[a, b]').issues).toEqual([['text/syntax', 1, 2]]);
    // A YAML flow mapping inside a list is not tried: only a text that starts with one.
    expect(read('[{a: 1}]').issues).toEqual([['text/syntax', 1, 3]]);
    expect(read(' [{a: 1}]').issues).toEqual([['text/syntax', 1, 4]]);
    expect(read('\uFEFF{a: 1}')).toEqual({
      format: 'yaml',
      value: { a: 1 },
      notes: ['text/byte-order-mark'],
    });
  });

  it('holds a YAML flow mapping to the same limits', () => {
    expect(read('{a: [[1]]}', { maxDepth: 3 }).value).toEqual({ a: [[1]] });
    expect(read('{a: [[1]]}', { maxDepth: 2 })).toEqual({
      format: 'json',
      issues: [['text/syntax', 1, 2]],
    });
    expect(read('{a: &x 1, b: *x}', { maxAliases: 1 }).value).toEqual({ a: 1, b: 1 });
    expect(read('{a: &x 1, b: *x}').issues).toEqual([['text/syntax', 1, 2]]);
  });

  it('looks for control characters in YAML and in empty JSON before reading', () => {
    expect(read('{"a": 1}\u0000', { format: 'yaml' }).issues).toEqual([['text/binary', 1, 9]]);
    expect(read('\u0001', { format: 'json' }).issues).toEqual([['text/binary', 1, 1]]);
    expect(read('\uFEFF\u0001').issues).toEqual([
      ['text/byte-order-mark', undefined, undefined],
      ['text/binary', 1, 1],
    ]);
  });
});
