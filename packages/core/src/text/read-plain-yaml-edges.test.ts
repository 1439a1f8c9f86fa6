// The plain YAML reader form by form, at the edges of what it takes: each text it takes gives the
// value the full reader gives, and each text just outside the plain part is left to the full reader.
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from './read-plain-yaml.js';
import { readYamlDocuments } from './read-yaml-documents.js';

/** The value the `yaml` package's composer gives for the one document of `text`. */
function composed(text: string): unknown {
  const read = readYamlDocuments(text, 64);
  const [document] = read.ok ? read.documents : [];
  if (document === undefined || document.errors.length > 0) throw new Error(`not read: ${text}`);
  return document.toJS();
}

/** Checks that the plain reader takes each text to its value, the full reader's value too. */
function expectTaken(cases: readonly (readonly [string, unknown])[], maxDepth = 64): void {
  for (const [text, value] of cases) {
    expect(composed(text), text).toStrictEqual(value);
    expect(readPlainYaml(text, maxDepth), text).toStrictEqual(value);
  }
}

/** Checks that the plain reader leaves each text to the full reader. */
function expectDeclined(texts: readonly string[], maxDepth = 64): void {
  for (const text of texts) expect(readPlainYaml(text, maxDepth), text).toBeUndefined();
}

describe('readPlainYaml keys', () => {
  it('takes plain keys of letters, digits, _, $, . and -', () => {
    expectTaken([
      ['a: 1\n', { a: 1 }],
      ['Z: 1\n', { Z: 1 }],
      ['_a: 1\n', { _a: 1 }],
      ['$a: 1\n', { $a: 1 }],
      ['a1.b-c$_Z: 1\n', { 'a1.b-c$_Z': 1 }],
      [
        'nULL: 1\nnulls: 2\nxnull: 3\ntRUE: 4\nfalsey: 5\n',
        { nULL: 1, nulls: 2, xnull: 3, tRUE: 4, falsey: 5 },
      ],
      ['a:   two spaces\n', { a: 'two spaces' }],
      [`${'k'.repeat(1024)}: 1\n`, { ['k'.repeat(1024)]: 1 }],
    ]);
  });

  it('leaves other keys, and keys the core schema does not read as text, to the full reader', () => {
    expectDeclined([
      '1a: 1\n',
      '-a: 1\n',
      'a b: 1\n',
      'a:1\n',
      'a :1\n',
      '"a": 1\n',
      ...['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'].map(
        (key) => `${key}: 1\n`,
      ),
      '__proto__: 1\n',
      'a: 1\na: 2\n',
      `${'k'.repeat(1025)}: 1\n`,
    ]);
  });

  it('makes a key named after an inherited property an ordinary own property', () => {
    for (const text of ['toString: a\n', 'a: {toString: a}\n']) {
      const read = readPlainYaml(text, 64) as Record<string, unknown>;
      const members = (text.startsWith('a') ? read['a'] : read) as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(members, 'toString')).toEqual({
        value: 'a',
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  });
});

describe('readPlainYaml plain scalars', () => {
  it('reads null, booleans and numbers as the core schema does, anything else as text', () => {
    expectTaken([
      ['a: ~\nb: null\nc: Null\nd: NULL\n', { a: null, b: null, c: null, d: null }],
      ['a: nULL\nb: nulls\nc: xnull\nd: ~x\n', { a: 'nULL', b: 'nulls', c: 'xnull', d: '~x' }],
      [
        'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\n',
        { a: true, b: true, c: true, d: false, e: false, f: false },
      ],
      ['a: tRUE\nb: truex\nc: xtrue\nd: yes\n', { a: 'tRUE', b: 'truex', c: 'xtrue', d: 'yes' }],
      ['a: 0\nb: 12\nc: +12\nd: -12\ne: 012\n', { a: 0, b: 12, c: 12, d: -12, e: 12 }],
      ['a: -0\n', { a: -0 }],
      [
        'a: 1.5\nb: .5\nc: 1.\nd: 1e3\ne: 1.5E-2\nf: +.5\ng: -1.5e+3\nh: 2e10\ni: 1.25\nj: .25\n',
        { a: 1.5, b: 0.5, c: 1, d: 1000, e: 0.015, f: 0.5, g: -1500, h: 2e10, i: 1.25, j: 0.25 },
      ],
      [
        'a: 1a\nb: a1\nc: 1e\nd: 1.2.3\ne: e3\nf: .\ng: .info\nh: x0o1\ni: 1 2\n',
        { a: '1a', b: 'a1', c: '1e', d: '1.2.3', e: 'e3', f: '.', g: '.info', h: 'x0o1', i: '1 2' },
      ],
      ['a: -x\nb: x&y\nc: x:y\nd: x - y\n', { a: '-x', b: 'x&y', c: 'x:y', d: 'x - y' }],
      ['a: x #c\nb: x#c\nc: x   #c\nd: x  \n', { a: 'x', b: 'x#c', c: 'x', d: 'x' }],
    ]);
  });

  it('leaves other numbers, non-finite ones and indicators to the full reader', () => {
    expectDeclined([
      'a: 0o17\n',
      'a: 0x1F\n',
      'a: 0ox\n',
      ...['.inf', '.Inf', '.INF', '-.inf', '+.INF', '.nan', '.NaN', '.NAN'].map((n) => `a: ${n}\n`),
      'a: 1e999\n',
      `a: ${'9'.repeat(400)}\n`,
      ...['?x', ':x', ',x', ']x', '}x', '&x', '*x', '!x', '%x', '@x', '`x', '&a-b', '- x', '-'].map(
        (source) => `a: ${source}\n`,
      ),
      'a: x:\n',
      'a: x: y\n',
    ]);
  });
});

describe('readPlainYaml quoted scalars', () => {
  it('reads one-line quoted scalars without escapes', () => {
    expectTaken([
      ['a: "x y"\nb: \'x y\'\n', { a: 'x y', b: 'x y' }],
      ['a: ""\nb: \'\'\n', { a: '', b: '' }],
      ["a: 'it''s'\nb: 'a''b''c'\nc: 'x\\y'\n", { a: "it's", b: "a'b'c", c: 'x\\y' }],
      ['a: "x" #c\nb: \'x\'   #c\n', { a: 'x', b: 'x' }],
      ['- "1"\n- \'true\'\n', ['1', 'true']],
    ]);
  });

  it('leaves escapes, unclosed quotes and text after the quote to the full reader', () => {
    expectDeclined([
      'a: "x\\ty"\n',
      'a: "x\\"y"\n',
      'a: "x\n',
      "a: 'x\n",
      "a: 'x''\n",
      'a: "x" y\n',
      'a: "x" y #c\n',
      "a: 'x' y\n",
      'a: "x"#c\n',
    ]);
  });
});

describe('readPlainYaml block scalars', () => {
  it('reads literal and folded scalars, clipped or stripped', () => {
    expectTaken([
      ['a: |\n  x\n  y\n', { a: 'x\ny\n' }],
      ['a: |-\n  x\n  y\n', { a: 'x\ny' }],
      ['a: >\n  x\n  y\n', { a: 'x y\n' }],
      ['a: >-\n  x\n  y\n', { a: 'x y' }],
      ['a: | #c\n  x\nb: 1\n', { a: 'x\n', b: 1 }],
      ['a: >-  #c\n  x\n', { a: 'x' }],
      ['a: |\n  x\n\n  y\n', { a: 'x\n\ny\n' }],
      ['a: |\n  x\n   y\n', { a: 'x\n y\n' }],
      ['a: >\n  x\n\n  y\n', { a: 'x\ny\n' }],
      ['a: >\n  x\n\n\n  y\n  z\n', { a: 'x\n\ny z\n' }],
      ['a: |\n  x\n\n\nb: 1\n', { a: 'x\n', b: 1 }],
      ['a: |\n    x\n    y\nb: 1\n', { a: 'x\ny\n', b: 1 }],
      ['- |\n  x\n- y\n', ['x\n', 'y']],
      ['a:\n  b: >-\n    x\n  c: 1\n', { a: { b: 'x', c: 1 } }],
    ]);
  });

  it('leaves other headers, spaces-only lines, more indented folded lines and empty bodies', () => {
    expectDeclined([
      'a: |#c\n  x\n',
      'a: |+\n  x\n',
      'a: |2\n  x\n',
      'a: >-x\n  x\n',
      'a: |\n  x\n  \n  y\n',
      'a: >\n  x\n   y\n',
      'a: |\n\n  x\n',
      'a: |\nb: 1\n',
      'a: |\n',
      'a:\n  b: |\n  c: 1\n',
      'a: |\n    x\n  y\n',
    ]);
  });
});

describe('readPlainYaml flow collections', () => {
  it('reads lists and mappings of scalars, empty, nested and with a trailing comma', () => {
    expectTaken([
      ['a: [x, y]\nb: [x,y]\nc: [ x , y ]\n', { a: ['x', 'y'], b: ['x', 'y'], c: ['x', 'y'] }],
      ['a: []\nb: {}\nc: [ ]\nd: { }\n', { a: [], b: {}, c: [], d: {} }],
      ['a: [x, ]\nb: {c: 1,}\n', { a: ['x'], b: { c: 1 } }],
      ['a: [x y, 1, true, ~]\n', { a: ['x y', 1, true, null] }],
      ['a: {b: 1, c: x}\n', { a: { b: 1, c: 'x' } }],
      ['a: {_b: 1, $c: 2, d1.e-f: 3, nullx: 4}\n', { a: { _b: 1, $c: 2, 'd1.e-f': 3, nullx: 4 } }],
      ['a: {b:   1}\n', { a: { b: 1 } }],
      ['a: ["x", \'y\', "[", \'a, b\', "a #b"]\n', { a: ['x', 'y', '[', 'a, b', 'a #b'] }],
      ['a: [x\\y, "z"]\nb: [\'x\\y\']\n', { a: ['x\\y', 'z'], b: ['x\\y'] }],
      ["a: ['[', 'x #y', '{']\n", { a: ['[', 'x #y', '{'] }],
      ['a: [[x], {b: [y]}]\n', { a: [['x'], { b: ['y'] }] }],
      ['a: [x] #c\nb: 1\n', { a: ['x'], b: 1 }],
      ['- [x]\n- {a: 1}\n', [['x'], { a: 1 }]],
    ]);
  });

  it('reads a collection broken over lines between its items', () => {
    expectTaken([
      ['a: [x,\n  y]\n', { a: ['x', 'y'] }],
      ['a: [\n  x]\n', { a: ['x'] }],
      ['a: {\n  b: 1}\n', { a: { b: 1 } }],
      ['a: [x\n  , y]\n', { a: ['x', 'y'] }],
      ['a: [x\n  ]\n', { a: ['x'] }],
      ['a: {b: x\n  }\n', { a: { b: 'x' } }],
      ['a: [x, #c\n\n  # c\n  y]\nb: 1\n', { a: ['x', 'y'], b: 1 }],
      ['a: [x, # ] "c\n  y] # c # d\n', { a: ['x', 'y'] }],
      ['a: [x,\r\n  y]\r\n', { a: ['x', 'y'] }],
      ['- [x,\n  y]\n', [['x', 'y']]],
    ]);
  });

  it('leaves what is not one flow value of plain scalars to the full reader', () => {
    expectDeclined([
      'a: [x:y]\n',
      'a: [x#y]\n',
      'a: [x,#c\n  y]\n',
      'a: [, x]\n',
      'a: [x,,]\n',
      'a: ["x" "y"]\n',
      'a: ["x\\ty"]\n',
      'a: [x] y\n',
      'a: [x]]\n',
      'a: [x}\n',
      'a: {b}\n',
      'a: {1b: 1}\n',
      'a: {b:1}\n',
      'a: {true: 1}\n',
      'a: {__proto__: 1}\n',
      'a: {b: 1, b: 2}\n',
      'a: [x\n  y]\n',
      'a: [x\n  y, z]\n',
      "a: ['x\n  y']\n",
      "a: ['x,\n\n  y']\n",
      'a: [x"\\", y]\n',
      'a: [x,\n',
      'a: [x,\ny]\n',
      'a: [x]\n  y\n',
    ]);
  });
});

describe('readPlainYaml block collections', () => {
  it('reads mappings and lists at any indentation, with comments and blank lines', () => {
    expectTaken([
      ['a: 1\n\n  \n# c\n  # c\nb: 2\n', { a: 1, b: 2 }],
      ['a: 1\r\nb: |\r\n  x\r\n  y\r\n', { a: 1, b: 'x\ny\n' }],
      ['a:\nb: 1\n', { a: null, b: 1 }],
      ['a: # c\nb: 1\n', { a: null, b: 1 }],
      ['a:\n- x\n- y\nb: 1\n', { a: ['x', 'y'], b: 1 }],
      ['a:\n  - x\n', { a: ['x'] }],
      ['- x\n-\n- y\n', ['x', null, 'y']],
      ['- x\n- # c\n- y\n', ['x', null, 'y']],
      ['-   x\n', ['x']],
      ['-\n  - x\n', [['x']]],
      ['- # c\n  - x\n', [['x']]],
      ['- a: 1\n  b: 2\n- c: 3\n', [{ a: 1, b: 2 }, { c: 3 }]],
      ['-   a: 1\n    b: 2\n', [{ a: 1, b: 2 }]],
      ['- a:\n    b: 1\n  c: 2\n', [{ a: { b: 1 }, c: 2 }]],
      ['---\na: 1\n', { a: 1 }],
      ['--- # c\na: 1\n', { a: 1 }],
    ]);
  });

  it('reads a marker written as a value, or after other text, as text', () => {
    expectTaken([
      ['a: ---\nb: 1\n', { a: '---', b: 1 }],
      ['a: b ---\n', { a: 'b ---' }],
    ]);
  });

  it('leaves continued values, items in a mapping, indented roots and markers to the full reader', () => {
    expectDeclined([
      'a: x\n  y\n',
      '- x\n  y\n',
      'a: 1\n- x\n',
      '- x\na: 1\n',
      '- - x\n',
      '- -\n',
      '- ? x\n',
      '-x\n',
      'a\n',
      ' a: 1\n',
      '...\n',
      '%YAML 1.2\n---\na: 1\n',
      '---\n---\na: 1\n',
      '---x\n',
      '---x\na: 1\n',
      '--- x\na: 1\n',
      ' ---\na: 1\n',
      '...\na: 1\n',
      '%TAG ! x\na: 1\n',
      '- a: 1\n b: 2\n',
      'a:\n  - b: 1\n   c: 2\n',
      '',
      '# only a comment\n',
    ]);
  });

  it('leaves tabs, YAML 1.1 line breaks and byte-order marks to the full reader', () => {
    expectDeclined(['\t', '\u0085', '\u2028', '\u2029', '\ufeff'].map((char) => `a: x${char}y\n`));
  });
});

describe('readPlainYaml nesting limit', () => {
  it('takes nesting to the limit and declines one level deeper', () => {
    expectTaken(
      [
        ['a: 1\n', { a: 1 }],
        ['- x\n', ['x']],
      ],
      1,
    );
    expectDeclined(['a: 1\n', '- x\n'], 0);
    expectTaken(
      [
        ['a:\n  b: 1\n', { a: { b: 1 } }],
        ['-\n  - x\n', [['x']]],
      ],
      2,
    );
    expectDeclined(['a:\n  b: 1\n', '-\n  - x\n', '- a: 1\n', '- # c\n  - x\n'], 1);
    expectTaken([['- # c\n  - x\n', [['x']]]], 2);
    expectTaken(
      [
        ['a: [[1]]\n', { a: [[1]] }],
        ['a: {b: {c: 1}}\n', { a: { b: { c: 1 } } }],
      ],
      3,
    );
    expectDeclined(['a: [[[1]]]\n', 'a: {b: {c: {d: 1}}}\n', 'a: [{b: [1]}]\n'], 3);
  });

  it('declines nesting deeper than the call stack holds instead of throwing', () => {
    const levels = 100_000;
    const text = `a: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(readPlainYaml(text, levels + 1)).toBeUndefined();
  });
});
