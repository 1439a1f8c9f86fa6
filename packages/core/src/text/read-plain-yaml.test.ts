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
