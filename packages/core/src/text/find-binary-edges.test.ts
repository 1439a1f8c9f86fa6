// The edges of the control characters refused in plan text: each end of each range, the three
// that are allowed, and where the finding stands.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import { findBinary, findBinaryInParsedJson } from './find-binary.js';
import { createLineIndex } from './line-index.js';

const where = (find: typeof findBinary, text: string) => {
  const issue = find(text, createLineIndex(text));
  return issue === undefined
    ? undefined
    : [issue.code, issue.severity, issue.path, issue.position?.offset, issue.position?.endOffset];
};

describe('findBinary', () => {
  it('refuses NUL to backspace, vertical tab, form feed, shift out to unit separator, and DEL', () => {
    for (const code of [0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f]) {
      expect(where(findBinary, `ab${String.fromCharCode(code)}c`)).toEqual([
        'text/binary',
        'error',
        [],
        2,
        3,
      ]);
    }
  });

  it('allows tab, line feed, carriage return, space and what follows DEL', () => {
    for (const code of [0x09, 0x0a, 0x0d, 0x20, 0x7e, 0x80, 0xa0, 0xfeff]) {
      expect(where(findBinary, `ab${String.fromCharCode(code)}c`)).toBeUndefined();
    }
  });

  it('finds the first control character, at the start of the text too', () => {
    expect(where(findBinary, '\u0001a\u0002')?.slice(3)).toEqual([0, 1]);
    expect(where(findBinary, 'a\n\u007f\u0000')?.slice(3)).toEqual([2, 3]);
  });
});

describe('findBinaryInParsedJson', () => {
  it('finds the first DEL, anywhere', () => {
    expect(where(findBinaryInParsedJson, '\u007f"a\u007f"')).toEqual([
      'text/binary',
      'error',
      [],
      0,
      1,
    ]);
    expect(where(findBinaryInParsedJson, '["a", "b\u007f"]')?.slice(3)).toEqual([8, 9]);
    expect(where(findBinaryInParsedJson, '["a"]')).toBeUndefined();
  });

  it('gives parseText the place of a control character in JSON and YAML alike', () => {
    for (const [text, column] of [
      ['["\u007f"]', 3],
      ['- "\u007f"', 4],
    ] as const) {
      const parsed = parseText(text);
      expect(parsed.ok || parsed.issues.map((i) => [i.code, i.position?.column])).toEqual([
        ['text/binary', column],
      ]);
    }
  });
});
