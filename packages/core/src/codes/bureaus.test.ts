import { describe, expect, it } from 'vitest';
import { BUREAUS, BUREAUS_SOURCE, BUREAU_LABELS, isBureau } from './bureaus.js';

describe('bureaus', () => {
  it('has no duplicates and a non-empty label for every bureau', () => {
    expect(new Set(BUREAUS).size).toBe(BUREAUS.length);
    for (const bureau of BUREAUS) expect(BUREAU_LABELS[bureau].trim()).not.toBe('');
    expect(Object.keys(BUREAU_LABELS).sort()).toEqual([...BUREAUS].sort());
  });

  it('accepts bureau codes and rejects anything else', () => {
    expect(isBureau('TSB')).toBe(true);
    for (const value of ['tsb', 'ITU-T', 'BDT ', '', null, undefined, 0, ['GS']]) {
      expect(isBureau(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(BUREAUS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
