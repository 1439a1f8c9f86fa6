import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseText, validateDocumentText } from '@itu-aicb/core';
import type { ParseTextOptions } from '@itu-aicb/core';
import { readPlainYaml } from './read-plain-yaml.js';
import { checkYamlDocument } from './check-yaml-document.js';
import { createLineIndex } from './line-index.js';
import { readYamlDocuments } from './read-yaml-documents.js';

/** The value the full reader gives, or `undefined` when it refuses the text or finds anything in it. */
function fullReading(text: string, maxDepth = 64): unknown {
  const read = readYamlDocuments(text, maxDepth);
  if (!read.ok || read.documents.length !== 1) return undefined;
  const [document] = read.documents;
  if (document === undefined || document.errors.length > 0) return undefined;
  const limits = { maxAliases: 0, maxDepth };
  if (checkYamlDocument(document, createLineIndex(text), limits).length > 0) return undefined;
  return document.toJS({ maxAliasCount: -1 });
}

/** The value the full reader gives (the `yaml` package's composer and the checks after it). */
function fullValue(text: string): unknown {
  const value = fullReading(text);
  if (value === undefined) throw new Error('expected the full reader to accept the text');
  return value;
}

/** Where the full reader's first syntax error starts, as a line number. */
function fullErrorLine(text: string): number | undefined {
  const read = readYamlDocuments(text, 64);
  const error = read.ok ? read.documents[0]?.errors[0] : undefined;
  if (error === undefined) return undefined;
  return createLineIndex(text).span(error.pos[0], error.pos[1]).line;
}

/**
 * Checks that reading `text` through the package entry gives what the full reader gives: the
 * same value, or for text the full reader refuses, its syntax error at the same line, with the
 * plain reader declining.
 */
function expectFullReaderOutcome(text: string): void {
  const plain = readPlainYaml(text, 64);
  const full = fullReading(text);
  const parsed = parseText(text);
  const validated = validateDocumentText(text);
  if (full !== undefined) {
    if (plain !== undefined) expect(plain).toStrictEqual(full);
    expect(parsed.ok && parsed.value).toStrictEqual(full);
    return;
  }
  const line = fullErrorLine(text);
  expect(line).toBeDefined();
  expect(plain).toBeUndefined();
  for (const outcome of [parsed, validated]) {
    const issue = outcome.ok ? undefined : outcome.issues[0];
    expect([issue?.code, issue?.position?.line]).toEqual(['text/syntax', line]);
  }
}

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

describe('readPlainYaml', () => {
  it('reads every plan file of the examples and fixtures to the value the full reader gives', () => {
    const files = [
      ...yamlFiles(join(ROOT, 'examples')),
      ...yamlFiles(join(ROOT, 'packages/cli/test/fixtures')),
    ];
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const plain = readPlainYaml(text, 64);
      if (plain === undefined) continue;
      taken += 1;
      expect(plain, relative(ROOT, file)).toStrictEqual(fullValue(text));
    }
    // Plan files as people write them keep to the plain part: nearly all are taken.
    expect(taken).toBeGreaterThanOrEqual(files.length - 2);
  });

  it('reads any value the yaml package writes either to the full reader value or declines', () => {
    let taken = 0;
    const key = fc.oneof(
      fc.constantFrom(
        'id',
        'kind',
        'true',
        'True',
        'null',
        '__proto__',
        'toString',
        'a.b',
        '$schema',
      ),
      fc.string({ maxLength: 6 }),
    );
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '1',
        '-0',
        '0o17',
        '0x1F',
        '1e999',
        '.inf',
        '1.50',
        'true',
        'TRUE',
        'yes',
        '~',
        '',
        '- a',
        'a: b',
        'a #b',
        "it's",
        '"q"',
        '2026-03-31',
        '[x]',
        '*a',
        '&a',
        '!t',
        '#',
        '@',
        '%',
      ),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { maxDepth: 4 },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const root = fc.oneof(
      fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }),
      fc.array(value, { minLength: 1, maxLength: 4 }),
    );
    const style = fc.record({
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      flowCollectionPadding: fc.boolean(),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    });
    fc.assert(
      fc.property(root, style, (input, options) => {
        const text = stringify(input, options);
        const plain = readPlainYaml(text, 64);
        if (plain === undefined) return;
        taken += 1;
        expect(plain).toStrictEqual(fullValue(text));
      }),
      { numRuns: Number(process.env['PLAIN_YAML_RUNS'] ?? 400) },
    );
    expect(taken).toBeGreaterThan(15);
  });

  it('takes only text the full reader accepts, to the same value', () => {
    const fragment = fc.constantFrom(
      'a:',
      'a: 1',
      'b: x',
      '- x',
      '-',
      '- a: 1',
      '- - x',
      'b: [1, 2]',
      'b: [1, [2]]',
      'c: {a: 1, b: [x]}',
      'b: [',
      '- {a: 1,',
      'b: 2}',
      '  ]',
      'c: >-',
      'c: |',
      'c: >',
      'c: |-',
      'text',
      'more text',
      '#c',
      '',
      'a: "x"',
      'a: "x\\ty"',
      "a: 'it''s'",
      "a: 'x",
      'a: x #c',
      'a: x#c',
      'true: 1',
      'a: 1e999',
      'a: !t 1',
      'a: &x 1',
      'b: *x',
      '---',
      '...',
      'a: b: c',
      'a: [a: b]',
      'a: {a}',
      'a: {a: }',
      'a: -1.5',
      'a: 0x1F',
      'a: ~',
      'a: 1,',
      '? a',
      ': 1',
      'a :',
      'a: [x,]',
      'a: [,]',
      'a: { }',
      'a: - x',
      'a: |2',
      'a: >+',
      '<<: {}',
      '__proto__: 1',
      'a.b: 1',
      'a: x:',
      'a: [ "q" ]',
      // Unicode spaces are content, not white space, in YAML.
      'a: x\u00a0',
      'a:\u00a0',
      "a: 'x'\u3000",
      'b: [1]\u00a0',
      'c: |\u00a0',
      '\u3000',
      '-\u00a0x',
      // Implicit keys at and over the full reader's length limit.
      `${'k'.repeat(1024)}: 1`,
      `${'k'.repeat(1025)}: 1`,
      `- ${'k'.repeat(1025)}: 1`,
      // Flow collections over several lines, with blank and comment lines between.
      'b: [x',
      'b: {a: x',
      'y]',
      'y}',
      'x # c',
      ', y]',
    );
    const line = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fragment)
      .map(([spaces, text]) => `${' '.repeat(spaces)}${text}`);
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, crlf) => {
        const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
        const plain = readPlainYaml(text, 4);
        if (plain === undefined) return;
        taken += 1;
        expect(plain).toStrictEqual(fullReading(text, 4));
      }),
      { numRuns: Number(process.env['PLAIN_YAML_RUNS'] ?? 2000) },
    );
    expect(taken).toBeGreaterThan(5);
  });
});

// Each guarantee of the YAML reader, on a text the plain reader takes and the same text with one
// change that the full reader must refuse: the plain reader declines it, and the finding stands.
const GUARANTEES: readonly {
  readonly name: string;
  readonly valid: string;
  readonly invalid: string;
  readonly code: string;
  readonly line: number;
  readonly options?: ParseTextOptions;
}[] = [
  {
    name: 'a repeated key',
    valid: 'kind: WorkPlan\nid: a\n',
    invalid: 'kind: WorkPlan\nid: a\nid: b\n',
    code: 'text/duplicate-key',
    line: 3,
  },
  {
    name: 'an anchor and an alias',
    valid: 'a: [1]\nb: [1]\n',
    invalid: 'a: &x [1]\nb: *x\n',
    code: 'text/alias-limit',
    line: 2,
  },
  {
    name: 'an alias beyond the allowed count',
    valid: 'a: [1]\nb: [1]\nc: [1]\n',
    invalid: 'a: &x [1]\nb: *x\nc: *x\n',
    code: 'text/alias-limit',
    line: 2,
    options: { maxAliases: 1 },
  },
  {
    name: 'a custom tag',
    valid: 'a: 1\n',
    invalid: 'a: !money 1\n',
    code: 'text/custom-tag',
    line: 1,
  },
  {
    name: 'a merge key',
    valid: 'base: {}\nmeasure:\n  id: x\n',
    invalid: 'base: {}\nmeasure:\n  <<: {}\n  id: x\n',
    code: 'text/merge-key',
    line: 3,
  },
  {
    name: 'nesting beyond the limit in block style',
    valid: 'a:\n  b:\n    c: 1\n',
    invalid: 'a:\n  b:\n    c:\n      d: 1\n',
    code: 'text/too-deep',
    line: 4,
    options: { maxDepth: 3 },
  },
  {
    name: 'nesting beyond the limit in a flow list',
    valid: 'a:\n  b: [1]\n',
    invalid: 'a:\n  b:\n  - [1]\n',
    code: 'text/too-deep',
    line: 3,
    options: { maxDepth: 3 },
  },
  {
    name: 'a list item below a list item beyond the limit',
    valid: '- - 1\n'.replace('- - 1', '-\n  - 1'),
    invalid: '-\n  -\n    - 1\n',
    code: 'text/too-deep',
    line: 3,
    options: { maxDepth: 2 },
  },
  {
    name: 'a number too large to be finite',
    valid: 'budget: 1e300\n',
    invalid: 'budget: 1e999\n',
    code: 'text/syntax',
    line: 1,
  },
  {
    name: 'infinity written as such',
    valid: 'budget: 1\n',
    invalid: 'budget: .inf\n',
    code: 'text/syntax',
    line: 1,
  },
  {
    name: 'a second document',
    valid: '---\na: 1\n',
    invalid: '---\na: 1\n---\nb: 2\n',
    code: 'text/multiple-documents',
    line: 3,
  },
  {
    name: 'a key that is a mapping',
    valid: 'a: 1\n',
    invalid: '? {a: 1}\n: 1\n',
    code: 'text/syntax',
    line: 1,
  },
  {
    name: 'a value continued on a more indented line after a nested mapping',
    valid: 'a:\n  b: 1\n',
    invalid: 'a:\n  b: 1\n c: 2\n',
    code: 'text/syntax',
    line: 3,
  },
];

describe('the plain YAML path keeps every guarantee of the full reader', () => {
  for (const guarantee of GUARANTEES) {
    it(`refuses ${guarantee.name}`, () => {
      const options = guarantee.options ?? {};
      const depth = options.maxDepth ?? 64;
      expect(readPlainYaml(guarantee.valid, depth)).toBeDefined();
      expect(parseText(guarantee.valid, options).ok).toBe(true);
      expect(readPlainYaml(guarantee.invalid, depth)).toBeUndefined();
      const parsed = parseText(guarantee.invalid, options);
      expect(parsed.ok).toBe(false);
      const issue = parsed.ok ? undefined : parsed.issues[0];
      expect([issue?.code, issue?.position?.line]).toEqual([guarantee.code, guarantee.line]);
    });
  }

  it('keeps a __proto__ key an own property and never a prototype', () => {
    const text = 'kind: WorkPlan\n__proto__:\n  polluted: true\n';
    expect(readPlainYaml('kind: WorkPlan\nproto:\n  polluted: true\n', 64)).toBeDefined();
    expect(readPlainYaml(text, 64)).toBeUndefined();
    const parsed = parseText(text);
    if (!parsed.ok) throw new Error('expected the text to be read');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('makes a key named after an inherited property an own property, as the full reader does', () => {
    const text = 'toString: a\nconstructor: b\n';
    const plain = readPlainYaml(text, 64);
    expect(plain).toStrictEqual(fullValue(text));
    expect(Object.getOwnPropertyNames(plain)).toEqual(['toString', 'constructor']);
  });

  it('reads keys the core schema does not read as text through the full reader', () => {
    for (const text of ['True: 1\n', 'null: 1\n', 'a: 1\nNULL: 2\n']) {
      expect(readPlainYaml(text, 64)).toBeUndefined();
      const parsed = parseText(text);
      expect(parsed.ok && parsed.value).toStrictEqual(fullValue(text));
    }
  });

  it('notes a byte-order mark and reads the text after it on the plain path', () => {
    const text = 'kind: WorkPlan\nid: a\n';
    const parsed = parseText(`\uFEFF${text}`);
    expect(parsed.ok && parsed.issues.map((issue) => issue.code)).toEqual(['text/byte-order-mark']);
    expect(parsed.ok && parsed.value).toStrictEqual(readPlainYaml(text, 64));
    // A byte-order mark anywhere else is left to the full reader.
    expect(readPlainYaml(`a: 1\n\uFEFFb: 2\n`, 64)).toBeUndefined();
  });

  it('refuses binary text and text over the size limit before any reader runs', () => {
    const binary = parseText('kind: WorkPlan\nid: a\u0000\n');
    expect(binary.ok ? [] : binary.issues.map((issue) => issue.code)).toEqual(['text/binary']);
    const large = parseText('kind: WorkPlan\nid: a\n', { maxLength: 10 });
    expect(large.ok ? [] : large.issues.map((issue) => issue.code)).toEqual(['text/too-large']);
  });

  it('places the findings in a plain text, read again by the full reader', () => {
    const text = 'kind: WorkPlan\nschemaVersion: 1\ntitel: x\n';
    expect(readPlainYaml(text, 64)).toBeDefined();
    const result = validateDocumentText(text);
    const issue = result.ok
      ? undefined
      : result.issues.find((found) => found.code === 'schema/unknown-key');
    expect([issue?.position?.line, issue?.position?.column]).toEqual([3, 1]);
  });
});

describe('the plain YAML path gives what the full reader gives', () => {
  it('keeps Unicode spaces other than space and tab as content', () => {
    const read = [
      ['a: x\u00a0\n', { a: 'x\u00a0' }],
      ['a: \u00a0\n', { a: '\u00a0' }],
      ['a: x\u3000 # c\n', { a: 'x\u3000' }],
      ['a: [x\u00a0, \u3000y]\n', { a: ['x\u00a0', '\u3000y'] }],
      ['- x \u2000\n', ['x \u2000']],
      ['a: {b: x\u202f}\n', { a: { b: 'x\u202f' } }],
    ] as const;
    for (const [text, value] of read) {
      expect(fullValue(text)).toStrictEqual(value);
      // Such text stays on the plain path.
      expect(readPlainYaml(text, 64)).toStrictEqual(value);
      expectFullReaderOutcome(text);
    }
  });

  it('leaves a Unicode space the full reader refuses or reads otherwise to the full reader', () => {
    const texts = [
      'a:\u00a0\n',
      "a: 'x'\u00a0\n",
      'a: [1]\u00a0\n',
      'a: {b: 1}\u3000\n',
      'a: |\u00a0\n  x\n',
      '---\u00a0\na: 1\n',
      'a: 1\nb:\u00a0\n',
      'a: 1\n\u3000\n',
    ];
    for (const text of texts) {
      expect(readPlainYaml(text, 64)).toBeUndefined();
      expectFullReaderOutcome(text);
    }
    // The full reader reads `a:` followed by U+00A0 as one plain text, not as a key.
    expect(typeof fullValue('a:\u00a0\n')).toBe('string');
  });

  it('leaves an implicit key longer than 1024 characters to the full reader', () => {
    const longest = 'k'.repeat(1024);
    expect(readPlainYaml(`${longest}: 1\n`, 64)).toStrictEqual({ [longest]: 1 });
    expectFullReaderOutcome(`${longest}: 1\n`);
    const over = `${longest}k`;
    for (const text of [
      `${over}: 1\n`,
      `a:\n  ${over}: 1\n`,
      `- ${over}: 1\n`,
      `- a: 1\n  ${over}: 1\n`,
    ]) {
      expect(readPlainYaml(text, 64)).toBeUndefined();
      expectFullReaderOutcome(text);
    }
  });

  it('leaves a plain scalar going on over lines in a flow collection to the full reader', () => {
    const read = [
      ['a: [b\n\n  c]\n', { a: ['b\nc'] }],
      ['a: [b\n  \n\n  c]\n', { a: ['b\n\nc'] }],
      ['a: {b: c\n\n  d}\n', { a: { b: 'c\nd' } }],
      ['- [x\n\n  y]\n', [['x\ny']]],
      ['a: [b\n  c]\n', { a: ['b c'] }],
    ] as const;
    for (const [text, value] of read) {
      expect(fullValue(text)).toStrictEqual(value);
      expect(readPlainYaml(text, 64)).toBeUndefined();
      expectFullReaderOutcome(text);
    }
    for (const text of ['a: [b # x\n  c]\n', 'a: [b\n  #c\n  d]\n', 'a: {b: c # x\n  d}\n']) {
      expect(readPlainYaml(text, 64)).toBeUndefined();
      expectFullReaderOutcome(text);
    }
  });

  it('still reads flow collections broken over lines between their items', () => {
    const read = [
      ['a: [b,\n\n  c]\n', { a: ['b', 'c'] }],
      ['a: [b, # x\n  c\n  ]\n', { a: ['b', 'c'] }],
      ['a: {b: 1,\n  # x\n  c: [2,\n    3]}\n', { a: { b: 1, c: [2, 3] } }],
      ['a: [\n  b\n  , c]\n', { a: ['b', 'c'] }],
    ] as const;
    for (const [text, value] of read) {
      expect(readPlainYaml(text, 64)).toStrictEqual(value);
      expectFullReaderOutcome(text);
    }
  });
});
