import { describe, expect, it } from 'vitest';
import {
  MATURITY_TIERS,
  MATURITY_TIERS_SOURCE,
  MATURITY_TIER_LABELS,
  isMaturityTier,
} from './maturity-tiers.js';

describe('maturity tiers', () => {
  it('runs from 0 to 4 without gaps, with a non-empty label for each tier', () => {
    expect(MATURITY_TIERS.every((tier, index) => tier === index)).toBe(true);
    for (const tier of MATURITY_TIERS) expect(MATURITY_TIER_LABELS[tier].trim()).not.toBe('');
    expect(new Set(Object.values(MATURITY_TIER_LABELS)).size).toBe(MATURITY_TIERS.length);
  });

  it('names the ends of the scale as the report does', () => {
    expect(MATURITY_TIER_LABELS[0]).toBe('AI nascent');
    expect(MATURITY_TIER_LABELS[4]).toBe('AI developers');
  });

  it('accepts tier numbers and rejects anything else', () => {
    expect(isMaturityTier(0)).toBe(true);
    expect(isMaturityTier(4)).toBe(true);
    for (const value of ['0', 5, -1, 1.5, Number.NaN, null, undefined, 'AI nascent']) {
      expect(isMaturityTier(value)).toBe(false);
    }
  });

  it('records that the middle tier names are unconfirmed', () => {
    expect(MATURITY_TIERS_SOURCE.notes).toMatch(/unconfirmed/);
  });
});
