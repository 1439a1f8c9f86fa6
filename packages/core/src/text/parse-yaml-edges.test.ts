// Reading YAML text: line breaks, empty documents, several documents, syntax errors and limits.
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import type { ParseTextOptions, ValidationIssue } from '@itu-aicb/core';

const yaml = (text: string, options: ParseTextOptions = {}) =>
  parseText(text, { format: 'yaml', ...options });
const issues = (text: string, options: ParseTextOptions = {}): readonly ValidationIssue[] => {
  const parsed = yaml(text, options);
  return parsed.ok ? [] : parsed.issues;
};
const value = (text: string, options: ParseTextOptions = {}) => {
  const parsed = yaml(text, options);
  return parsed.ok ? parsed.value : parsed.issues.map((issue) => issue.code);
};

describe('parseYaml', () => {
  it('reads a lone carriage return as a line break, in values and positions', () => {
    const parsed = yaml('a: [1,\r  2]\rb: 2\r');
    expect(parsed.ok && parsed.value).toEqual({ a: [1, 2], b: 2 });
    expect(parsed.ok && parsed.locator.locate(['b'])).toEqual({
      line: 3,
      column: 4,
      offset: 15,
      endLine: 3,
      endColumn: 5,
      endOffset: 16,
    });
  });

  it('stops at the depth limit, and at the ceiling whatever the limit', () => {
    expect(value('a: [[[1]]]\n', { maxDepth: 4 })).toEqual({ a: [[[1]]] });
    expect(issues('a: [[[1]]]\n', { maxDepth: 3 })).toEqual([
      {
        code: 'text/too-deep',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The text nests lists and mappings more than 3 levels deep.',
        hint: 'Plan documents are only a few levels deep; check the indentation.',
        params: { limit: 3 },
        position: { line: 1, column: 6, offset: 5, endLine: 1, endColumn: 7, endOffset: 6 },
      },
    ]);
    const [deep] = issues('a: ' + '['.repeat(500), { maxDepth: 1000 });
    expect([deep?.message, deep?.position?.column, deep?.position?.endColumn]).toEqual([
      'The text nests lists and mappings more than 400 levels deep.',
      403,
      404,
    ]);
  });

  it('takes a document of markers, directives, comments or an anchor alone as empty', () => {
    for (const text of ['---\n', '--- # c\n', '%YAML 1.2\n---\n', '--- &a\n', '--- !!null\n']) {
      expect([text, issues(text)]).toEqual([
        text,
        [
          {
            code: 'text/empty',
            severity: 'error',
            path: [],
            pointer: '',
            message: 'The file is empty.',
            hint: 'Write one document with a `kind`, such as `kind: WorkPlan`.',
            params: {},
          },
        ],
      ]);
    }
  });

  it('reads a null or an empty text written out as a value', () => {
    expect(value('--- ~\n')).toBeNull();
    expect(value('--- null\n')).toBeNull();
    expect(value('--- !!null ""\n')).toBeNull();
    expect(value('--- ""\n')).toBe('');
    expect(value('--- |\n')).toBe('');
    // A tag alone gives an empty text: something written, not nothing.
    expect(value('--- !!str\n')).toBe('');
  });

  it('refuses several documents, empty ones too, at the start of the second', () => {
    expect(issues('a: 1\n---\nb: 2\n---\nc: 3\n')).toEqual([
      {
        code: 'text/multiple-documents',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The text holds 3 YAML documents; a plan file holds exactly one.',
        hint: 'Put each document in a file of its own.',
        params: { count: 3 },
        position: { line: 2, column: 1, offset: 5, endLine: 2, endColumn: 1, endOffset: 5 },
      },
    ]);
    expect(issues('---\n---\n').map((issue) => issue.code)).toEqual(['text/multiple-documents']);
    // Nothing in the first document is checked once there is a second.
    expect(issues('a: !foo 1\n---\nb: 2\n').map((issue) => issue.code)).toEqual([
      'text/multiple-documents',
    ]);
  });

  it('gives the first syntax error with the parser own words, even with nothing else read', () => {
    expect(issues('}\n')).toEqual([
      {
        code: 'text/syntax',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The text is not valid YAML: Unexpected flow-map-end token in YAML document: "}"',
        params: {
          format: 'YAML',
          detail: 'Unexpected flow-map-end token in YAML document: "}"',
        },
        position: { line: 1, column: 1, offset: 0, endLine: 1, endColumn: 2, endOffset: 1 },
      },
    ]);
    expect(issues('a: [1\nb: 2\n').map((issue) => [issue.message, issue.position?.line])).toEqual([
      [
        'The text is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        2,
      ],
    ]);
  });

  it('expands as many aliases as allowed, beyond the parser own default', () => {
    const aliases = Array(150).fill('*a').join(', ');
    const parsed = yaml(`x: &a [1]\nl: [${aliases}]\n`, { maxAliases: 150 });
    expect(parsed.ok && (parsed.value as { l: unknown[] }).l).toEqual(Array(150).fill([1]));
  });
});
