import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachPositions,
  parseText,
  validateDocumentText,
  validateWorkPlan,
  validateWorkspaceText,
} from '@itu-aicb/core';
import type { ParsedText, ValidationIssue } from '@itu-aicb/core';
import { smallPlanText } from '../../test/plan-text.js';

const at = (issue: ValidationIssue | undefined) => [
  issue?.code,
  issue?.position?.line,
  issue?.position?.column,
];
const failure = (parsed: ParsedText) => (parsed.ok ? [] : parsed.issues.map(at));
const locate = (text: string, path: (string | number)[], target?: 'key' | 'value') => {
  const parsed = parseText(text);
  if (!parsed.ok) throw new Error('expected the text to parse');
  const position = parsed.locator.locate(path, target);
  return [position?.line, position?.column];
};

/** A reference for compact JSON text: whether an object in it names a key twice. */
function hasRepeatedKey(text: string): boolean {
  let at = 0;
  let repeated = false;
  const readString = (): string => {
    const start = at;
    at += 1;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const readValue = (): void => {
    const first = text[at];
    if (first === '{' || first === '[') {
      const keys = new Set<string>();
      at += 1;
      while (text[at] !== (first === '{' ? '}' : ']')) {
        if (first === '{') {
          const key = readString();
          if (keys.has(key)) repeated = true;
          keys.add(key);
          at += 1; // the colon
        }
        readValue();
        if (text[at] === ',') at += 1;
      }
      at += 1;
    } else if (first === '"') {
      readString();
    } else {
      while (at < text.length && !',]}'.includes(text[at] ?? '')) at += 1;
    }
  };
  readValue();
  return repeated;
}

describe('positions', () => {
  const yaml = [
    'kind: WorkPlan',
    'measures:',
    '  - id: M1',
    '    pillars: [talent, data]',
    '  - id: M2',
    '',
  ].join('\n');
  const json = [
    '{',
    '  "kind": "WorkPlan",',
    '  "measures": [',
    '    {"id": "M1", "pillars": ["talent", "data"]},',
    '    {"id": "M2"}',
    '  ]',
    '}',
  ].join('\n');

  it('finds keys and values in YAML', () => {
    expect(locate(yaml, ['measures', 1, 'id'], 'key')).toEqual([5, 5]);
    expect(locate(yaml, ['measures', 1, 'id'])).toEqual([5, 9]);
    expect(locate(yaml, ['measures', 0, 'pillars', 1])).toEqual([4, 23]);
  });

  it('finds keys and values in JSON', () => {
    expect(locate(json, ['measures', 1, 'id'], 'key')).toEqual([5, 6]);
    expect(locate(json, ['measures', 1, 'id'])).toEqual([5, 12]);
    expect(locate(json, ['measures', 0, 'pillars', 1])).toEqual([4, 40]);
  });

  it('falls back to the deepest existing ancestor, at its key', () => {
    expect(locate(yaml, ['measures', 1, 'title'])).toEqual([5, 5]);
    expect(locate(json, ['measures', 0, 'budget', 'amount'])).toEqual([4, 5]);
  });

  it('counts CRLF, tabs and multi-byte characters consistently', () => {
    const text = 'a: "😀 عربي 中文"\r\nb:\r\n\tc: 1\r\n'.replace('\tc', '  c');
    expect(locate(text, ['b', 'c'], 'key')).toEqual([3, 3]);
    expect(locate('{"a": "😀 عربي",\r\n\t"b": 2}', ['b'], 'key')).toEqual([2, 2]);
    expect(locate('{"a": "😀", "b": 2}', ['b'], 'key')).toEqual([1, 13]);
  });

  it('ignores a byte-order mark and notes it', () => {
    const parsed = parseText('\uFEFFkind: WorkPlan\nid: x\n');
    expect(parsed.ok && parsed.issues.map((i) => [i.code, i.severity])).toEqual([
      ['text/byte-order-mark', 'info'],
    ]);
    expect(parsed.ok && parsed.locator.locate(['id'], 'key')).toMatchObject({ line: 2, column: 1 });
  });

  it('places validation findings on the offending key or value', () => {
    const text = 'kind: WorkPlan\nschemaVersion: 1\nid: "bad id"\ntitel: x\n';
    const result = validateDocumentText(text);
    const issues = result.ok ? [] : result.issues;
    expect(issues.filter((i) => i.code !== 'schema/missing-property').map(at)).toEqual([
      ['schema/invalid-format', 3, 5],
      ['schema/unknown-key', 4, 1],
    ]);
  });

  it('keeps positions a finding already has and leaves unplaceable ones without', () => {
    const parsed = parseText('kind: WorkPlan\n');
    if (!parsed.ok) throw new Error('expected to parse');
    const placed = {
      code: 'x',
      severity: 'error',
      path: [],
      pointer: '',
      message: 'm',
      position: { line: 9, column: 9, offset: 0, endLine: 9, endColumn: 9, endOffset: 0 },
    } as const;
    expect(attachPositions([placed], parsed.locator)[0]?.position?.line).toBe(9);
    const result = validateWorkPlan(parsed.value);
    expect(result.ok).toBe(false);
  });
});

describe('hardening', () => {
  it('reports duplicate keys in YAML and JSON at the second key', () => {
    expect(failure(parseText('kind: WorkPlan\nid: a\nkind: Other\n'))).toEqual([
      ['text/duplicate-key', 3, 1],
    ]);
    expect(failure(parseText('{"a": 1,\r\n "a": 2}'))).toEqual([['text/duplicate-key', 2, 2]]);
    expect(failure(parseText('{"x": {"a": 1, "\\u0061": 2}}'))).toEqual([
      ['text/duplicate-key', 1, 16],
    ]);
  });

  it('finds a repeated JSON key whatever colons the strings hold or hide', () => {
    // The discarded value's colons, a colon written as an escape, and a repeated __proto__.
    expect(failure(parseText('{"u": "a:b", "u": "c"}'))).toEqual([['text/duplicate-key', 1, 14]]);
    expect(failure(parseText('{"u": "a\\u003ab", "k": 1, "k": 2}'))).toEqual([
      ['text/duplicate-key', 1, 27],
    ]);
    expect(failure(parseText('{"u": "a\\u003Ab", "k": {"x:y": 1}, "k": 2}'))).toEqual([
      ['text/duplicate-key', 1, 36],
    ]);
    expect(failure(parseText('{"__proto__": 1, "__proto__": 2}'))).toEqual([
      ['text/duplicate-key', 1, 18],
    ]);
    expect(failure(parseText('[[{"a": 1}], [{"b": {"c": 1, "c": 1}}]]'))).toEqual([
      ['text/duplicate-key', 1, 30],
    ]);
  });

  it('agrees with the key-by-key check on texts with and without repeated keys', () => {
    const keyName = fc.constantFrom('a', 'b', 'a:b', ':', '__proto__', '0', '1');
    // Leaves as JSON text, some with a colon written as an escape.
    const leaf = fc.oneof(
      fc.constantFrom('"x"', '"x:y"', '"::"', '"u\\u003a"', '"\\u003A:"'),
      fc.integer().map(String),
      fc.constant('true'),
    );
    const { tree } = fc.letrec<{ tree: string }>((self) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(self('tree'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
        fc
          .array(fc.tuple(keyName, self('tree')), { maxLength: 4 })
          .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
      ),
    }));
    fc.assert(
      fc.property(tree, (text) => {
        const parsed = parseText(text, { format: 'json' });
        const duplicate = !parsed.ok && parsed.issues[0]?.code === 'text/duplicate-key';
        expect(duplicate).toBe(hasRepeatedKey(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds control characters in JSON before anything else, parsed or not', () => {
    expect(failure(parseText('{"a": "x\u007fy"}'))).toEqual([['text/binary', 1, 9]]);
    expect(failure(parseText('{"a": "x\u007fy", "a": 1}'))).toEqual([['text/binary', 1, 9]]);
    expect(failure(parseText('{"a": \u0001}'))).toEqual([['text/binary', 1, 7]]);
    expect(failure(parseText('{a: \u0001}'))).toEqual([['text/binary', 1, 5]]);
    expect(failure(parseText(' \u000b ', { format: 'json' }))).toEqual([['text/binary', 1, 2]]);
    expect(failure(parseText('{"a": 1e400}'))).toEqual([['text/syntax', 1, 7]]);
  });

  it('refuses aliases by default and bounds alias expansion when allowed', () => {
    expect(failure(parseText('a: &x [1]\nb: *x\n'))).toEqual([['text/alias-limit', 2, 4]]);
    const allowed = parseText('a: &x [1]\nb: *x\n', { maxAliases: 5 });
    expect(allowed.ok && allowed.value).toEqual({ a: [1], b: [1] });
    const laughs = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ]) {
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const bomb = parseText(laughs.join('\n'), { maxAliases: 100 });
    expect(bomb.ok ? [] : bomb.issues.map((i) => i.code)).toEqual(['text/alias-limit']);
  });

  it('refuses merge keys and custom tags', () => {
    expect(failure(parseText('base: {x: 1}\nother:\n  <<: {x: 1}\n'))).toEqual([
      ['text/merge-key', 3, 3],
    ]);
    expect(
      failure(parseText('a: !!js/function "f"\nb: !foo 1\n')).map((i) => [i[0], i[1]]),
    ).toEqual([
      ['text/custom-tag', 1],
      ['text/custom-tag', 2],
    ]);
  });

  it('keeps dates as strings and core scalars as YAML 1.2 reads them', () => {
    const parsed = parseText('due: 2026-03-31\nflag: yes\nn: 0x10\nempty:\n');
    expect(parsed.ok && parsed.value).toEqual({
      due: '2026-03-31',
      flag: 'yes',
      n: 16,
      empty: null,
    });
  });

  it('reads explicit core tags by the core schema, whatever the quoting', () => {
    const parsed = parseText(
      [
        'a: !!float 1',
        'b: !!float "1"',
        "c: !!float '1.5'",
        'd: !!float -.5e1',
        'e: !!int "3"',
        'f: !!int 0o17',
        'g: !!str 1',
        'h: !!bool "True"',
        'i: !!null ""',
        'j: !!null ~',
        '',
      ].join('\n'),
    );
    expect(parsed.ok && parsed.value).toEqual({
      a: 1,
      b: 1,
      c: 1.5,
      d: -5,
      e: 3,
      f: 15,
      g: '1',
      h: true,
      i: null,
      j: null,
    });
    // Content that is no value of its tag is an error, not a string.
    expect(
      failure(
        parseText('a: !!int 3.5\nb: !!float abc\nc: !!bool yes\nd: !!null "x"\ne: !!float .inf\n'),
      ).map((i) => [i[0], i[1]]),
    ).toEqual([
      ['text/syntax', 1],
      ['text/syntax', 2],
      ['text/syntax', 3],
      ['text/syntax', 4],
      ['text/syntax', 5],
    ]);
  });

  it('never lets __proto__ or constructor keys change a prototype', () => {
    for (const text of [
      '__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\n',
      '{"__proto__": {"polluted": 1}}',
    ]) {
      const parsed = parseText(text);
      if (!parsed.ok) throw new Error('expected to parse');
      expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
      expect(Object.keys(parsed.value as object)).toContain('__proto__');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });

  it('rejects deep nesting without overflowing the stack', () => {
    expect(failure(parseText('['.repeat(100_000))).map((i) => i[0])).toEqual(['text/too-deep']);
    expect(failure(parseText('a: ' + '['.repeat(100_000))).map((i) => i[0])).toEqual([
      'text/too-deep',
    ]);
    const block =
      Array.from({ length: 80 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') +
      ' 1\n';
    expect(failure(parseText(block)).map((i) => i[0])).toEqual(['text/too-deep']);
    expect(parseText('['.repeat(10) + ']'.repeat(10)).ok).toBe(true);
    // A stray quote in a plain scalar must not hide the nesting that follows.
    for (const stray of ['a: x"\nb: ', 'a: x "\nb: ']) {
      expect(failure(parseText(stray + '['.repeat(200_000))).map((i) => i[0])).toEqual([
        'text/too-deep',
      ]);
    }
  });

  it('rejects text above the size cap, empty text, binary data and several documents', () => {
    expect(failure(parseText('a: 1\n', { maxLength: 3 })).map((i) => i[0])).toEqual([
      'text/too-large',
    ]);
    expect(failure(parseText('   \n# only a comment\n')).map((i) => i[0])).toEqual(['text/empty']);
    expect(failure(parseText(''))).toEqual([['text/empty', undefined, undefined]]);
    expect(failure(parseText('a: 1\nb: \u0000\n'))).toEqual([['text/binary', 2, 4]]);
    expect(failure(parseText('a: 1\n---\nb: 2\n'))).toEqual([['text/multiple-documents', 2, 1]]);
  });

  it('gives JSON syntax errors their position', () => {
    expect(failure(parseText('{"a": "x'))).toEqual([['text/syntax', 1, 7]]);
    expect(failure(parseText('{"a": 1,\n}'))).toEqual([['text/syntax', 1, 8]]);
    expect(failure(parseText('{"a" 1}'))).toEqual([['text/syntax', 1, 6]]);
    expect(failure(parseText('[1, 2] x'))).toEqual([['text/syntax', 1, 8]]);
    expect(failure(parseText('{"a": 01}'))).toEqual([['text/syntax', 1, 8]]);
  });

  it('gives YAML syntax errors their position', () => {
    const [issue] = failure(parseText('a: [1, 2\nb: 3\n'));
    expect(issue?.[0]).toBe('text/syntax');
    expect(issue?.[1]).toBeGreaterThanOrEqual(1);
  });
});

describe('never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const parsed = parseText(text);
        if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts as JSON exactly what JSON.parse accepts (for texts without repeated keys)', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-truefalsn\\u]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string()), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        const parsed = parseText(text, { format: 'json' });
        const onlyDuplicates =
          !parsed.ok && parsed.issues.every((i) => i.code === 'text/duplicate-key');
        const empty = !parsed.ok && parsed.issues.some((i) => i.code === 'text/empty');
        if (!onlyDuplicates && !empty) expect(parsed.ok).toBe(native);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any JSON value written as JSON back to the same value, as JSON and as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const expected: unknown = JSON.parse(text);
        for (const format of ['json', 'yaml'] as const) {
          const parsed = parseText(text, { format });
          if (typeof expected === 'string' && format === 'yaml' && expected.trim() === '') continue;
          expect(parsed.ok ? parsed.value : parsed.issues).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A small valid plan whose one measure builds on the given initiative. */
const planBuildingOn = (initiative: string): string =>
  smallPlanText(
    `, buildsOn: [${initiative}], estimates: {beneficiaries: 1, feasibility: 3, risk: 2, monthsToFirstResults: 3}`,
  );

describe('validateWorkspaceText', () => {
  it('checks each file on its own and references across files, with positions', () => {
    const plan = planBuildingOn('itu-acadmy');
    const catalogue = JSON.stringify({
      kind: 'InitiativeCatalogue',
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      asOf: '2026-01-01',
      initiatives: [
        {
          id: 'itu-academy',
          name: 'ITU Academy',
          owner: 'BDT',
          kinds: ['learning-platform'],
          pillars: ['talent'],
          status: 'active',
        },
      ],
    });
    const result = validateWorkspaceText([
      { source: 'plan.yaml', text: plan },
      { source: 'catalogue.json', text: catalogue },
      { source: 'broken.yaml', text: 'kind: [' },
    ]);
    expect(result.issues.map((i) => [i.source, ...at(i)])).toEqual([
      ['broken.yaml', 'text/syntax', expect.any(Number), expect.any(Number)],
      ['plan.yaml', 'workspace/unresolved-initiative', 11, 83],
    ]);
    expect(result.issues[1]?.hint).toBe('Did you mean "itu-academy"?');
  });

  it('does not call a reference unresolved while a catalogue that may define it is invalid', () => {
    const plan = planBuildingOn('itu-academy');
    for (const broken of ['kind: InitiativeCatalogue\nid: [', '{"kind": "InitiativeCatalogue"}']) {
      const result = validateWorkspaceText([
        { source: 'plan.yaml', text: plan },
        { source: 'catalogue.yaml', text: broken },
      ]);
      expect(result.issues.map((i) => i.source)).not.toContain('plan.yaml');
      expect(result.issues.length).toBeGreaterThan(0);
    }
    const without = validateWorkspaceText([{ source: 'plan.yaml', text: plan }]);
    expect(without.issues.map((i) => i.code)).toEqual(['workspace/unresolved-initiative']);
  });
});

describe('input from untyped callers', () => {
  it('reports a value that is not text, and ignores options that are not an object', () => {
    for (const input of [null, undefined, 42, {}, ['kind: WorkPlan']]) {
      expect(failure(parseText(input as never))).toEqual([
        ['input/not-text', undefined, undefined],
      ]);
      const result = validateDocumentText(input as never);
      expect(result.ok || result.issues.map((i) => i.code)).toEqual(['input/not-text']);
    }
    expect(parseText('a: 1', null as never).ok).toBe(true);
    expect(parseText('a: 1', { maxLength: Number.NaN, maxDepth: -1 }).ok).toBe(true);
    const result = validateDocumentText('kind: WorkPlan\n', null as never);
    expect(result.ok || result.issues[0]?.code).toBe('schema/missing-property');
  });

  it('reports a workspace that is not a list, and entries without a source or text', () => {
    for (const files of [null, 'plan.yaml', { source: 'a', text: '' }]) {
      const result = validateWorkspaceText(files as never);
      expect([result.ok, result.issues.map((i) => i.code)]).toEqual([false, ['input/not-a-list']]);
    }
    const result = validateWorkspaceText([{ text: 'kind: [' }, null] as never);
    expect(result.issues.map((i) => [i.source, i.code])).toEqual([
      ['entry 1', 'text/syntax'],
      ['entry 2', 'input/not-text'],
    ]);
  });
});

describe('reading choices', () => {
  it('reads a YAML flow mapping whose first key is unquoted as YAML, and JSON mistakes as JSON', () => {
    const flow = parseText('{kind: WorkPlan, id: p}');
    expect(flow.ok && [flow.format, flow.value]).toEqual(['yaml', { kind: 'WorkPlan', id: 'p' }]);
    expect(failure(parseText('{"kind": WorkPlan}'))).toEqual([['text/syntax', 1, 10]]);
  });

  it('takes a lone carriage return as a line break in YAML, as in positions', () => {
    expect(locate('a: 1\rb:\r  c: 2\r', ['b', 'c'], 'key')).toEqual([3, 3]);
  });

  it('gives offsets in the original text when a byte-order mark was removed', () => {
    const parsed = parseText('\uFEFF{"a": [1, x]}');
    const position = parsed.ok ? undefined : parsed.issues[1]?.position;
    expect(position).toMatchObject({ line: 1, column: 11, offset: 11, endOffset: 12 });
  });

  it('reads each file of a workspace in its own format when it says so', () => {
    const text = '{"kind": "NeedsAssessment", x: 1}';
    const asJson = validateWorkspaceText([{ source: 'a.json', text, format: 'json' }]);
    expect(asJson.issues.map((i) => i.code)).toEqual(['text/syntax']);
    const asYaml = validateWorkspaceText([{ source: 'a.yaml', text, format: 'yaml' }], {
      format: 'json',
    });
    expect(asYaml.issues.map((i) => i.code)).not.toContain('text/syntax');
  });

  it('places findings in the right file when two files have the same name', () => {
    const catalogue = (id: string) =>
      [
        'kind: InitiativeCatalogue',
        'schemaVersion: 1',
        `id: ${id}`,
        'title: C',
        'asOf: 2026-01-01',
        'initiatives:',
        '  - {id: itu-academy, name: A, owner: BDT, kinds: [learning-platform], pillars: [talent], status: active}',
      ].join('\n');
    const result = validateWorkspaceText([
      { source: 'catalogue.yaml', text: catalogue('a') },
      { source: 'catalogue.yaml', text: `\n\n${catalogue('b')}` },
    ]);
    expect(result.issues.map((i) => [i.code, i.position?.line])).toEqual([
      ['workspace/duplicate-initiative-id', 9],
    ]);
  });
});
