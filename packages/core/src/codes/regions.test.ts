import { describe, expect, it } from 'vitest';
import { ITU_REGIONS, ITU_REGIONS_SOURCE, ITU_REGION_LABELS, isItuRegion } from './regions.js';

describe('ITU-D regions', () => {
  it('has six regions, no duplicates, and a non-empty label for each', () => {
    expect(new Set(ITU_REGIONS).size).toBe(6);
    for (const region of ITU_REGIONS) expect(ITU_REGION_LABELS[region].trim()).not.toBe('');
    expect(Object.keys(ITU_REGION_LABELS).sort()).toEqual([...ITU_REGIONS].sort());
  });

  it('accepts region codes and rejects anything else', () => {
    expect(isItuRegion('ARB')).toBe(true);
    for (const value of ['arb', 'Arab States', 'A', '', null, undefined, 3]) {
      expect(isItuRegion(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(ITU_REGIONS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
