import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index.js';

const where = (text: string, start: number, end: number, base = 0) => {
  const { line, column, offset, endLine, endColumn, endOffset } = createLineIndex(text, base).span(
    start,
    end,
  );
  return [line, column, offset, endLine, endColumn, endOffset];
};

describe('createLineIndex', () => {
  it('starts a line after \\n, after \\r\\n and after a lone \\r', () => {
    const text = 'a\nb\r\nc\rd';
    expect(where(text, 0, 1)).toEqual([1, 1, 0, 1, 2, 1]);
    expect(where(text, 1, 2)).toEqual([1, 2, 1, 2, 1, 2]);
    expect(where(text, 2, 3)).toEqual([2, 1, 2, 2, 2, 3]);
    // The \n of a \r\n belongs to the line the \r ends.
    expect(where(text, 3, 5)).toEqual([2, 2, 3, 3, 1, 5]);
    expect(where(text, 4, 5)).toEqual([2, 3, 4, 3, 1, 5]);
    expect(where(text, 6, 7)).toEqual([3, 2, 6, 4, 1, 7]);
    expect(where(text, 7, 8)).toEqual([4, 1, 7, 4, 2, 8]);
  });

  it('finds the line of every offset of a long text', () => {
    const text = 'ab\n'.repeat(40);
    for (let line = 1; line <= 40; line++) {
      const start = (line - 1) * 3;
      expect(where(text, start, start + 2).slice(0, 2)).toEqual([line, 1]);
      expect(where(text, start + 2, start + 3)).toEqual([
        line,
        3,
        start + 2,
        line + 1,
        1,
        start + 3,
      ]);
    }
  });

  it('keeps a span inside the text and its end after its start', () => {
    expect(where('ab\ncd', -5, 99)).toEqual([1, 1, 0, 2, 3, 5]);
    expect(where('ab\ncd', 4, 1)).toEqual([2, 2, 4, 2, 2, 4]);
    expect(where('', 0, 0)).toEqual([1, 1, 0, 1, 1, 0]);
    expect(where('a\r', 2, 2)).toEqual([2, 1, 2, 2, 1, 2]);
  });

  it('adds the base to the offsets only', () => {
    expect(where('ab\ncd', 3, 4, 1)).toEqual([2, 1, 4, 2, 2, 5]);
  });
});
