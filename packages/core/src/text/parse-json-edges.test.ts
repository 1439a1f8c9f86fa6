// The edges of reading JSON: which check runs after JSON.parse accepted a text, and what each
// finding says and spans.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import { createLineIndex } from './line-index.js';
import { parseJson } from './parse-json.js';

/** Each finding: code, message, and the line, column and end column it spans. */
const findings = (text: string, maxDepth = 64) => {
  const outcome = parseJson(text, createLineIndex(text), maxDepth);
  return outcome.ok
    ? []
    : outcome.issues.map((i) => [
        i.code,
        i.message,
        i.position?.line,
        i.position?.column,
        i.position?.endColumn,
      ]);
};

describe('parseJson', () => {
  it('names a repeated key and spans it', () => {
    expect(findings('{"a": 1, "a": 2}')).toEqual([
      [
        'text/duplicate-key',
        expect.stringContaining('The key "a" appears more than once'),
        1,
        10,
        13,
      ],
    ]);
  });

  it('names the depth limit and spans the bracket beyond it', () => {
    expect(findings('[[[1]]]', 2)).toEqual([
      ['text/too-deep', expect.stringContaining('more than 2 levels deep'), 1, 3, 4],
    ]);
    expect(findings('[[[1]]]', 3)).toEqual([]);
    // Too deep is found before what lies deeper.
    expect(findings('[[[1e999]]]', 2).map((f) => f[0])).toEqual(['text/too-deep']);
    expect(findings('[{"a": 1, "a": 1}]', 1).map((f) => f[0])).toEqual(['text/too-deep']);
  });

  it('names a number too large to be finite, in a sentence that starts with a capital', () => {
    expect(findings('[1e999]')).toEqual([
      [
        'text/syntax',
        'The text is not valid JSON: The number 1e999 is too large to be read as a number.',
        1,
        2,
        7,
      ],
    ]);
    expect(findings('{"a": -1e999}').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['text/syntax', 7, 13],
    ]);
  });

  it('finds a repeated key before a number too large, wherever the number stands', () => {
    expect(findings('[1e999, {"a": 1, "a": 2}]').map((f) => [f[0], f[3]])).toEqual([
      ['text/duplicate-key', 18],
    ]);
    expect(findings('{"a": 1, "a": 2, "b": 1e999}').map((f) => [f[0], f[3]])).toEqual([
      ['text/duplicate-key', 10],
    ]);
  });

  it('capitalises a syntax detail and spans the character it is about', () => {
    expect(findings('{"a": 1 "b"}')).toEqual([
      ['text/syntax', 'The text is not valid JSON: Expected "," or "}" but found """.', 1, 9, 10],
    ]);
  });

  it('finds DEL in a parsed text and any control character in a refused one, before repeats', () => {
    expect(findings('{"a": "x\u007f", "a": 1}').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['text/binary', 9, 10],
    ]);
    expect(findings('{"a": 1, "a": \u0002}').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['text/binary', 15, 16],
    ]);
  });

  it('gives a locator that places paths in the text', () => {
    const text = '{\n  "a": [1, {"b": true}]\n}';
    const outcome = parseJson(text, createLineIndex(text), 64);
    expect(outcome.ok && outcome.value).toEqual({ a: [1, { b: true }] });
    expect(outcome.ok && outcome.locator.locate(['a', 1, 'b'], 'key')).toMatchObject({
      line: 2,
      column: 13,
    });
  });

  it('accepts texts whose colons all stand in strings or after keys, with or without escapes', () => {
    expect(findings('{"a:b": "c:d", "e": [":"]}')).toEqual([]);
    expect(findings('{"a\\u003ab": 1, "a:b": 2}').map((f) => [f[0], f[3]])).toEqual([
      ['text/duplicate-key', 17],
    ]);
    expect(findings('{"a": "\\u003A", "b": {"a": 1}}')).toEqual([]);
  });
});

describe('parseJson findings', () => {
  it('are errors about the whole text, placed by their position only', () => {
    for (const [text, code] of [
      ['{"a": 1, "a": 2}', 'text/duplicate-key'],
      ['[[1]]', 'text/too-deep'],
      ['[1,]', 'text/syntax'],
      ['[1e999]', 'text/syntax'],
      ['["\u007f"]', 'text/binary'],
    ] as const) {
      const outcome = parseJson(text, createLineIndex(text), 1);
      expect(
        outcome.ok || outcome.issues.map((i) => [i.code, i.severity, i.path, i.pointer]),
      ).toEqual([[code, 'error', [], '']]);
    }
  });
});

describe('parseJson through parseText', () => {
  it('refuses the same texts for the same reasons', () => {
    const parsed = parseText('{"a": 1, "a": 2}', { format: 'json' });
    expect(parsed.ok || parsed.issues.map((i) => i.code)).toEqual(['text/duplicate-key']);
    const deep = parseText('[[1]]', { maxDepth: 1 });
    expect(deep.ok || deep.issues.map((i) => [i.code, i.message])).toEqual([
      ['text/too-deep', expect.stringContaining('more than 1 levels')],
    ]);
  });
});
