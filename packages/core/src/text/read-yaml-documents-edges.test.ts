// The nesting limit of the token reader at its edges, and the reading its composer is set up for.
import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import { readYamlDocuments, YAML_DEPTH_CEILING } from './read-yaml-documents.js';

/** The outcome in short: the error codes of each document, or the offset that nests too deep. */
function outcome(text: string, maxDepth: number): unknown {
  const read = readYamlDocuments(text, maxDepth);
  if (!read.ok) return { tooDeepAt: read.tooDeepAt };
  return read.documents.map((document) => document.errors.map((error) => error.code));
}

/** The value of the one document read from `text`. */
function valueOf(text: string): unknown {
  const read = readYamlDocuments(text, 8);
  if (!read.ok || read.documents.length !== 1) throw new Error('expected one document');
  return read.documents[0]?.toJS();
}

describe('readYamlDocuments nesting limit', () => {
  it('takes flow lists nested to the limit and stops at the token one level deeper', () => {
    expect(outcome('a: [[1]]\n', 3)).toEqual([[]]);
    expect(outcome('a: [[[1]]]\n', 3)).toEqual({ tooDeepAt: 5 });
    expect(outcome('a: [[[1]]]\n', 2)).toEqual({ tooDeepAt: 4 });
  });

  it('counts block mappings', () => {
    expect(outcome('a:\n  b:\n    c: 1\n', 3)).toEqual([[]]);
    expect(outcome('a:\n  b:\n    c:\n      d: 1\n', 3)).toEqual({ tooDeepAt: 22 });
  });

  it('counts block lists', () => {
    expect(outcome('- - - 1\n', 3)).toEqual([[]]);
    expect(outcome('- - - - 1\n', 3)).toEqual({ tooDeepAt: 6 });
    expect(outcome('-\n  -\n    -\n      - 1\n', 3)).toEqual({ tooDeepAt: 18 });
  });

  it('counts flow mappings', () => {
    expect(outcome('{a: {b: 1}}\n', 2)).toEqual([[]]);
    expect(outcome('{a: {b: {c: 1}}}\n', 2)).toEqual({ tooDeepAt: 8 });
  });

  it('never goes deeper than the ceiling, whatever the limit asked for', () => {
    expect(YAML_DEPTH_CEILING).toBe(400);
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(outcome(nested(400), 1000)).toEqual([[]]);
    expect(outcome(nested(401), 1000)).toEqual({ tooDeepAt: 400 });
  });
});

describe('readYamlDocuments composing', () => {
  it('gives every document, the last one included', () => {
    expect(outcome('a: 1\n', 8)).toEqual([[]]);
    expect(outcome('a: 1\n---\nb: 2\n', 8)).toEqual([[], []]);
    expect(valueOf('a: 1\n')).toEqual({ a: 1 });
  });

  it('reads with the core schema: no YAML 1.1 booleans or timestamps, octal as 0o', () => {
    expect(valueOf('a: 2026-03-31\nb: 0o17\nc: yes\nd: 017\n')).toStrictEqual({
      a: '2026-03-31',
      b: 15,
      c: 'yes',
      d: 17,
    });
  });

  it('keeps to the core schema when a directive names YAML 1.1', () => {
    expect(valueOf('%YAML 1.1\n---\na: yes\nb: 0o17\nc: 017\n')).toStrictEqual({
      a: 'yes',
      b: 15,
      c: 17,
    });
  });

  it('leaves repeated keys and merge keys to the checks after it', () => {
    expect(outcome('a: 1\na: 2\n', 8)).toEqual([[]]);
    expect(valueOf('a: &x {b: 1}\nc:\n  <<: *x\n')).toStrictEqual({
      a: { b: 1 },
      c: { '<<': { b: 1 } },
    });
  });

  it('is strict about comments written against a value', () => {
    expect(outcome('a: "x"#c\n', 8)).toEqual([['MISSING_CHAR']]);
    expect(outcome('a: |#c\n  x\n', 8)).toEqual([['MISSING_CHAR']]);
  });

  it('keeps error messages to the message alone, and no source tokens on the nodes', () => {
    const read = readYamlDocuments('a: [\n', 8);
    const [error] = read.ok ? (read.documents[0]?.errors ?? []) : [];
    expect(error?.message).toBe(
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(error?.linePos).toBeUndefined();
    const taken = readYamlDocuments('a: 1\n', 8);
    const contents = taken.ok ? taken.documents[0]?.contents : undefined;
    expect(isMap(contents) && contents.srcToken).toBeUndefined();
  });
});
