import { describe, expect, it } from 'vitest';
import { phrasing, rewriteFragment } from './phrasing.js';

const fr = phrasing('fr', { open: '« ', close: ' »', more: (n) => `${n} autres` });
const joining = { or: ' ou ', oneOf: (values: string) => `l’une des valeurs ${values}` };

describe('phrasing', () => {
  it('quotes and joins with the language’s words, and says how many more a long list has', () => {
    expect(fr.list(['a'])).toBe('« a »');
    expect(fr.list(['a', 'b', 'c'], 'and')).toBe('« a », « b » et « c »');
    // Every code list but countries and currencies is shown in full (the longest has 18 values).
    const full = fr.list(Array.from({ length: 24 }, (_, i) => String(i)));
    expect(full.endsWith('« 22 » ou « 23 »')).toBe(true);
    const long = fr.list(Array.from({ length: 26 }, (_, i) => String(i)));
    expect(long).toContain('« 23 »');
    expect(long).not.toContain('« 24 »');
    expect(long.endsWith('et 2 autres')).toBe(true);
  });

  it('rewrites known fragments and their compounds, and keeps unknown ones', () => {
    const rules = [
      [/^text$/, 'du texte'],
      [/^the number (.+)$/, 'le nombre $1'],
    ] as const;
    expect(rewriteFragment('text or a list', rules, joining)).toBe('du texte ou a list');
    expect(rewriteFragment('the number 5', rules, joining)).toBe('le nombre 5');
    expect(rewriteFragment('one of a, b', rules, joining)).toBe('l’une des valeurs a, b');
    expect(rewriteFragment('the text "x or y"', [], joining)).toBe('the text "x or y"');
  });
});
