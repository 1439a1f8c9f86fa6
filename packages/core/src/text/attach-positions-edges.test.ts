// Which findings are placed on their key and which on their value, and which are left alone.
import { describe, expect, it } from 'vitest';
import { attachPositions, parseText } from '@itu-aicb/core';
import type { SourceLocator, ValidationIssue } from '@itu-aicb/core';

const text = 'kind: WorkPlan\nmeasures:\n  - id: M1\n    titel: x\n';
const parsed = parseText(text);
if (!parsed.ok) throw new Error('expected the text to parse');
const { locator } = parsed;

const finding = (code: string, path: (string | number)[]): ValidationIssue => ({
  code,
  severity: 'error',
  path,
  pointer: '',
  message: 'm',
});
const placed = (issue: ValidationIssue) => {
  const [found] = attachPositions([issue], locator);
  return [found?.position?.line, found?.position?.column, found?.position?.endColumn];
};

describe('attachPositions', () => {
  it('places a key finding on the key: unknown and forbidden keys, repeated keys', () => {
    for (const code of ['schema/unknown-key', 'input/forbidden-key', 'text/duplicate-key']) {
      expect([code, placed(finding(code, ['measures', 0, 'titel']))]).toEqual([code, [4, 5, 10]]);
    }
  });

  it('places any other finding on the value', () => {
    expect(placed(finding('schema/invalid-type', ['measures', 0, 'titel']))).toEqual([4, 12, 13]);
    expect(placed(finding('schema/invalid-format', ['measures', 0, 'id']))).toEqual([3, 9, 11]);
  });

  it('keeps a position already given and a finding the locator cannot place, as they are', () => {
    const given: ValidationIssue = {
      ...finding('schema/unknown-key', ['kind']),
      position: { line: 9, column: 9, offset: 99, endLine: 9, endColumn: 9, endOffset: 99 },
    };
    const nowhere: SourceLocator = { locate: () => undefined };
    const loose = finding('schema/invalid-type', ['kind']);
    const [kept, left] = attachPositions([given, loose], nowhere);
    expect(kept).toBe(given);
    expect(left).toBe(loose);
    expect(attachPositions([given], locator)[0]).toBe(given);
  });
});
