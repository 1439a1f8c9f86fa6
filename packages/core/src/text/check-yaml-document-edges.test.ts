// The checks on a composed YAML document, one by one, at their limits and with their messages.
import { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '@itu-aicb/core';
import type { ValidationIssue } from '@itu-aicb/core';
import { checkYamlDocument } from './check-yaml-document.js';
import type { YamlLimits } from './check-yaml-document.js';
import { createLineIndex } from './line-index.js';
import { readYamlDocuments, YAML_DEPTH_CEILING } from './read-yaml-documents.js';

const refuse = { maxAliases: 0, maxDepth: 64 };
const allow = (maxAliases: number, maxDepth = 64): YamlLimits => ({ maxAliases, maxDepth });

/** The one document of the text, composed as parseText composes it but nested up to the ceiling. */
function compose(text: string): Document {
  const read = readYamlDocuments(text, YAML_DEPTH_CEILING);
  const [document] = read.ok ? read.documents : [];
  if (document === undefined || document.errors.length > 0) throw new Error('expected YAML');
  return document;
}

const check = (text: string, limits: YamlLimits = refuse) =>
  checkYamlDocument(compose(text), createLineIndex(text), limits);

/** Code, message and the span as [line, column, endLine, endColumn]. */
const brief = (issue: ValidationIssue) => [
  issue.code,
  issue.message,
  [
    issue.position?.line,
    issue.position?.column,
    issue.position?.endLine,
    issue.position?.endColumn,
  ],
];
const found = (text: string, limits: YamlLimits = refuse) => check(text, limits).map(brief);

const notYaml = (detail: string) => `The text is not valid YAML: ${detail}`;

describe('aliases', () => {
  it('refuses every alias when none are allowed, naming only the first', () => {
    expect(check('a: &x [1]\nb: *x\nc: *x\n')).toEqual([
      {
        code: 'text/alias-limit',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The YAML uses aliases (*name), which are not accepted in plan files.',
        hint: 'Write the repeated values out in full.',
        params: { count: 1, limit: 0 },
        position: { line: 2, column: 4, offset: 13, endLine: 2, endColumn: 6, endOffset: 15 },
      },
    ]);
  });

  it('counts every resolution, up to and at the limit', () => {
    expect(check('a: &x [1]\nb: *x\nc: *x\n', allow(2))).toEqual([]);
    expect(check('a: &x [1]\nb: *x\nc: *x\n', allow(1))).toEqual([
      {
        code: 'text/alias-limit',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The YAML resolves 2 aliases, above the limit of 1.',
        hint: 'Write the repeated values out in full.',
        params: { count: 2, limit: 1 },
        position: { line: 2, column: 4, offset: 13, endLine: 2, endColumn: 6, endOffset: 15 },
      },
    ]);
    // An alias to a scalar counts one, and so does each alias inside the value an alias repeats.
    expect(found('a: &x 1\nb: *x\nc: *x\n', allow(1))).toEqual([
      ['text/alias-limit', 'The YAML resolves 2 aliases, above the limit of 1.', [2, 4, 2, 6]],
    ]);
    const nested = 'a: &x [1]\nb: &y [*x, *x]\nc: [*y, *y]\n';
    expect(check(nested, allow(8))).toEqual([]);
    expect(found(nested, allow(7))).toEqual([
      ['text/alias-limit', 'The YAML resolves 8 aliases, above the limit of 7.', [2, 8, 2, 10]],
    ]);
  });

  it('resolves an alias to the latest anchor of its name, keys and scalars included', () => {
    expect(check('a: &x 1\nb: &x [2]\nc: *x\n', allow(1))).toEqual([]);
    expect(check('&k a: *k\n', allow(1))).toEqual([]);
    expect(check('- &x 1\n- *x\n', allow(1))).toEqual([]);
    expect(found('a: *x\nb: &x 1\n', allow(1))).toEqual([
      ['text/syntax', notYaml('the alias *x refers to no anchor defined before it.'), [1, 4, 1, 6]],
    ]);
  });

  it('refuses an alias inside the value it refers to', () => {
    expect(check('a: &x [*x]\n', allow(1))).toEqual([
      {
        code: 'text/syntax',
        severity: 'error',
        path: [],
        pointer: '',
        message: notYaml('the alias *x refers to a value that contains it.'),
        params: { format: 'YAML', detail: 'the alias *x refers to a value that contains it.' },
        position: { line: 1, column: 8, offset: 7, endLine: 1, endColumn: 10, endOffset: 9 },
      },
    ]);
  });

  it('measures the nesting with aliases expanded, at the first alias', () => {
    // *x stands for two levels: b's list holds three, the mapping around it four.
    expect(check('a: &x [[1]]\nb: [*x]\n', allow(5, 4))).toEqual([]);
    expect(check('a: &x [[1]]\nb: [*x]\n', allow(5, 3))).toEqual([
      {
        code: 'text/too-deep',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The text nests lists and mappings more than 3 levels deep.',
        hint: 'Plan documents are only a few levels deep; check the indentation.',
        params: { limit: 3 },
        position: { line: 2, column: 5, offset: 16, endLine: 2, endColumn: 7, endOffset: 18 },
      },
    ]);
    // A shallow sibling does not lower the height a deeper one reached.
    expect(found('z: &x [1]\na: [[*x]]\nb: [1]\n', allow(5, 3))).toEqual([
      ['text/too-deep', 'The text nests lists and mappings more than 3 levels deep.', [2, 6, 2, 8]],
    ]);
    // Too deep already without aliases: said once, where the walk stopped.
    expect(found('a: [[1]]\nb: &x [1]\nc: [*x]\n', allow(5, 2))).toEqual([
      ['text/too-deep', 'The text nests lists and mappings more than 2 levels deep.', [1, 5, 1, 8]],
    ]);
  });

  it('gives the alias limit precedence over the depth it also exceeds', () => {
    expect(found('a: &x [[1]]\nb: [*x, *x]\n', allow(1, 3)).map(([code]) => code)).toEqual([
      'text/alias-limit',
    ]);
  });
});

describe('nesting', () => {
  it('allows the limit and refuses one level more, once, at the first collection too deep', () => {
    expect(check('a: [1]\n', allow(0, 2))).toEqual([]);
    expect(check('a: [[1]]\nb: [[2]]\n', allow(0, 2))).toEqual([
      {
        code: 'text/too-deep',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The text nests lists and mappings more than 2 levels deep.',
        hint: 'Plan documents are only a few levels deep; check the indentation.',
        params: { limit: 2 },
        position: { line: 1, column: 5, offset: 4, endLine: 1, endColumn: 8, endOffset: 7 },
      },
    ]);
    expect(found('- [1]\n', allow(0, 1))).toEqual([
      ['text/too-deep', 'The text nests lists and mappings more than 1 levels deep.', [1, 3, 1, 6]],
    ]);
    expect(found('a: [1]\n', allow(0, 1))).toEqual([
      ['text/too-deep', 'The text nests lists and mappings more than 1 levels deep.', [1, 4, 1, 7]],
    ]);
  });
});

describe('tags', () => {
  it('accepts the core tags on scalars, lists and mappings', () => {
    const text =
      'a: !!map {b: 1}\nc: !!seq [1]\nd: !!str x\ne: !!int 1\nf: !!float 1\ng: !!bool true\nh: !!null ~\n';
    expect(check(text)).toEqual([]);
  });

  it('refuses other tags, written as in the text, wherever they stand', () => {
    expect(check('a: !!foo x\n')).toEqual([
      {
        code: 'text/custom-tag',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The YAML uses the tag "!!foo", which plan files do not accept.',
        hint: 'Remove the tag; plan files hold plain strings, numbers, booleans, lists and mappings.',
        params: { tag: '!!foo' },
        position: { line: 1, column: 10, offset: 9, endLine: 1, endColumn: 11, endOffset: 10 },
      },
    ]);
    expect(found('a: !<x-tag:yaml.org,2002:foo> 1\n')).toEqual([
      [
        'text/custom-tag',
        'The YAML uses the tag "x-tag:yaml.org,2002:foo", which plan files do not accept.',
        [1, 31, 1, 32],
      ],
    ]);
    // On the first item of a list, and on a key.
    expect(found('[!foo 1, 2]\n').map(([code, , span]) => [code, span])).toEqual([
      ['text/custom-tag', [1, 7, 1, 8]],
    ]);
    expect(found('!foo a: 1\n').map(([code, , span]) => [code, span])).toEqual([
      ['text/custom-tag', [1, 6, 1, 7]],
    ]);
  });

  it('refuses a core tag on content that is no value of it, naming both', () => {
    expect(found('a: !!int 3.5\nb: !!float abc\n')).toEqual([
      ['text/syntax', notYaml('"3.5" is not a valid !!int value.'), [1, 10, 1, 13]],
      ['text/syntax', notYaml('"abc" is not a valid !!float value.'), [2, 12, 2, 15]],
    ]);
  });
});

describe('numbers', () => {
  it('refuses numbers that are not finite, as written', () => {
    expect(found('a: .inf\nb: [-.inf]\nc: .NaN\n')).toEqual([
      ['text/syntax', notYaml('.inf is not a finite number.'), [1, 4, 1, 8]],
      ['text/syntax', notYaml('-.inf is not a finite number.'), [2, 5, 2, 10]],
      ['text/syntax', notYaml('.NaN is not a finite number.'), [3, 4, 3, 8]],
    ]);
  });

  it('places findings of a document built in code, without source, at the start', () => {
    const document = new Document({ a: Number.POSITIVE_INFINITY });
    expect(checkYamlDocument(document, createLineIndex(''), refuse).map(brief)).toEqual([
      ['text/syntax', notYaml('Infinity is not a finite number.'), [1, 1, 1, 1]],
    ]);
  });
});

describe('keys', () => {
  it('refuses a plain merge key and nothing inside it, but takes a quoted one as text', () => {
    expect(check('<<: 1\n')).toEqual([
      {
        code: 'text/merge-key',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'The YAML uses a merge key (<<), which is not accepted in plan files.',
        hint: 'Write the merged keys out in full.',
        params: {},
        position: { line: 1, column: 1, offset: 0, endLine: 1, endColumn: 3, endOffset: 2 },
      },
    ]);
    expect(check('"<<": 1\n')).toEqual([]);
    expect(check("'<<': 1\n")).toEqual([]);
    expect(found('!foo <<: 1\n').map(([code]) => code)).toEqual(['text/merge-key']);
    // The anchor on a refused key is never recorded.
    expect(found('&a <<: 1\nb: *a\n', allow(1)).map(([code]) => code)).toEqual([
      'text/merge-key',
      'text/syntax',
    ]);
  });

  it('refuses keys that are lists or mappings, written or by alias, without looking inside', () => {
    const detail =
      'a mapping key must be text, a number, true, false or null, not a list or mapping.';
    expect(check('? [.inf]\n: 1\n')).toEqual([
      {
        code: 'text/syntax',
        severity: 'error',
        path: [],
        pointer: '',
        message: notYaml(detail),
        params: { format: 'YAML', detail },
        position: { line: 1, column: 3, offset: 2, endLine: 1, endColumn: 9, endOffset: 8 },
      },
    ]);
    expect(found('? {a: 1}\n: 1\n')).toEqual([['text/syntax', notYaml(detail), [1, 3, 1, 9]]]);
    expect(found('a: &k [x]\n*k : 1\n', allow(1))).toEqual([
      ['text/syntax', notYaml(detail), [2, 1, 2, 3]],
    ]);
  });

  it('takes an alias key to no anchor as an unknown alias, not as a repeated key', () => {
    expect(found('*a : 1\n*b : 2\n', allow(5))).toEqual([
      ['text/syntax', notYaml('the alias *a refers to no anchor defined before it.'), [1, 1, 1, 3]],
      ['text/syntax', notYaml('the alias *b refers to no anchor defined before it.'), [2, 1, 2, 3]],
    ]);
  });

  it('finds keys that repeat once written as object keys, at the second one', () => {
    expect(check('1: a\n"1": b\n')).toEqual([
      {
        code: 'text/duplicate-key',
        severity: 'error',
        path: [],
        pointer: '',
        message:
          'The key "1" appears more than once in the same mapping; only one value can count.',
        hint: 'Remove or rename one of the duplicates.',
        params: { key: '1' },
        position: { line: 2, column: 1, offset: 5, endLine: 2, endColumn: 4, endOffset: 8 },
      },
    ]);
    expect(found('~: a\n"": b\n').map(([, message, span]) => [message, span])).toEqual([
      [expect.stringContaining('The key "" '), [2, 1, 2, 3]],
    ]);
    expect(
      found('a: &k x\n*k : 1\nx: 2\n', allow(1)).map(([code, , span]) => [code, span]),
    ).toEqual([['text/duplicate-key', [3, 1, 3, 2]]]);
    // Keys of different mappings do not meet.
    expect(check('a: {x: 1}\nb: {x: 2}\nx: 3\n')).toEqual([]);
  });

  it('passes over pairs without a value', () => {
    expect(check('? a\n? b\n')).toEqual([]);
    expect(check('{a, b}\n')).toEqual([]);
  });
});

describe('the document and the value', () => {
  it('leaves the order of lists and mappings as it was', () => {
    const text = 'b: [1, 2, 3]\na: {y: 1, x: 2}\n';
    const document = compose(text);
    expect(checkYamlDocument(document, createLineIndex(text), refuse)).toEqual([]);
    expect(JSON.stringify(document.toJS())).toBe('{"b":[1,2,3],"a":{"y":1,"x":2}}');
  });

  it('reads through parseText to the same findings', () => {
    const parsed = parseText('a: &x [1]\nb: [*x, *x]\n', { maxAliases: 1 });
    expect(parsed.ok ? [] : parsed.issues.map(brief)).toEqual([
      ['text/alias-limit', 'The YAML resolves 2 aliases, above the limit of 1.', [2, 5, 2, 7]],
    ]);
  });
});
