// The object key each kind of YAML mapping key becomes.
import { describe, expect, it } from 'vitest';
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlKeyOf } from './yaml-key.js';

describe('yamlKeyOf', () => {
  it('writes scalar keys as their string form, null as the empty text', () => {
    expect(yamlKeyOf(new Scalar('id'))).toBe('id');
    expect(yamlKeyOf(new Scalar(''))).toBe('');
    expect(yamlKeyOf(new Scalar(16))).toBe('16');
    expect(yamlKeyOf(new Scalar(1.5))).toBe('1.5');
    expect(yamlKeyOf(new Scalar(true))).toBe('true');
    expect(yamlKeyOf(new Scalar(false))).toBe('false');
    expect(yamlKeyOf(new Scalar(null))).toBe('');
    expect(yamlKeyOf(new Scalar(undefined))).toBe('');
  });

  it('gives no key for collections, other values and what is not a node', () => {
    expect(yamlKeyOf(new YAMLMap())).toBeUndefined();
    expect(yamlKeyOf(new YAMLSeq())).toBeUndefined();
    expect(yamlKeyOf(new Pair(new Scalar('a')))).toBeUndefined();
    expect(yamlKeyOf(new Scalar(10n))).toBeUndefined();
    expect(yamlKeyOf(new Scalar({ a: 1 }))).toBeUndefined();
    expect(yamlKeyOf('id')).toBeUndefined();
    expect(yamlKeyOf(null)).toBeUndefined();
  });
});
