// The core schema's reading of explicitly tagged scalars, form by form, at the edges of each form.
import { describe, expect, it } from 'vitest';
import { coreTagValue } from './core-tag.js';

const tagged = (name: string, text: string) => coreTagValue(`tag:yaml.org,2002:${name}`, text);
const values = (name: string, texts: readonly string[]) =>
  texts.map((text) => {
    const read = tagged(name, text);
    return read !== undefined && read.ok ? read.value : read;
  });
const REFUSED = { ok: false };

describe('coreTagValue', () => {
  it('answers only for the core scalar tags, spelt out in full', () => {
    expect(coreTagValue('tag:yaml.org,2002:str', 'x')).toEqual({ ok: true, value: 'x' });
    for (const tag of ['tag:yaml.org,2003:str', 'str', '!!str', 'tag:yaml.org,2002:map', '']) {
      expect(coreTagValue(tag, 'x')).toBeUndefined();
    }
  });

  it('reads !!str as the text itself, whatever it holds', () => {
    expect(values('str', ['', '1', 'true', '~'])).toEqual(['', '1', 'true', '~']);
  });

  it('reads !!null from its four spellings and the empty text only', () => {
    expect(values('null', ['', '~', 'null', 'Null', 'NULL'])).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    for (const text of ['nULL', 'nul', 'xnull', 'null ', '~~', '0']) {
      expect(tagged('null', text)).toEqual(REFUSED);
    }
  });

  it('reads !!bool from the three casings of true and false only', () => {
    expect(values('bool', ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    for (const text of ['tRUE', 'yes', 'xtrue', 'truex', 'xfalse', 'falsex', 'fAlse', '']) {
      expect(tagged('bool', text)).toEqual(REFUSED);
    }
  });

  it('reads !!int in decimal with a sign, in octal after 0o and in hexadecimal after 0x', () => {
    expect(values('int', ['0', '17', '+17', '-17', '0o17', '0o7', '0x1F', '0xfa', '0xA'])).toEqual([
      0, 17, 17, -17, 15, 7, 31, 250, 10,
    ]);
    for (const text of [
      '',
      '+',
      '1.5',
      '1a',
      'a1',
      '1 ',
      '0o',
      '0o8',
      'x0o7',
      '0o7x',
      '-0o7',
      '0x',
      '0xG',
      'x0x1',
      '0x1x',
      '-0x1',
      '0X1',
      '0O7',
    ]) {
      expect(tagged('int', text)).toEqual(REFUSED);
    }
  });

  it('reads !!float from every decimal form, infinities and not-a-number', () => {
    expect(
      values('float', [
        '1',
        '12',
        '+1',
        '-1',
        '1.',
        '1.25',
        '.5',
        '+.5',
        '1e3',
        '1E+2',
        '1.5e-1',
        '2e10',
        '1.5e-12',
      ]),
    ).toEqual([1, 12, 1, -1, 1, 1.25, 0.5, 0.5, 1000, 100, 0.15, 2e10, 1.5e-12]);
    expect(values('float', ['.inf', '.Inf', '.INF', '+.inf', '-.inf', '-.INF'])).toEqual([
      Infinity,
      Infinity,
      Infinity,
      Infinity,
      -Infinity,
      -Infinity,
    ]);
    expect(values('float', ['.nan', '.NaN', '.NAN'])).toEqual([NaN, NaN, NaN]);
    for (const text of [
      '',
      '.',
      'e3',
      '1e',
      '1e+',
      '1.2.3',
      'x1',
      '1x',
      '1 ',
      'inf',
      '.iNf',
      'x.inf',
      '.infx',
      '-.nan',
      '+.nan',
      'x.nan',
      '.nanx',
      '.nAn',
      '0x1',
    ]) {
      expect(tagged('float', text)).toEqual(REFUSED);
    }
  });
});
