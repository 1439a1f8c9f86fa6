import { describe, expect, it } from 'vitest';
import {
  ENABLER_PILLARS,
  PILLARS,
  PILLARS_SOURCE,
  PILLAR_LABELS,
  RESOURCE_PILLARS,
  isPillar,
} from './pillars.js';

describe('pillars', () => {
  it('has no duplicates and a non-empty label for every pillar', () => {
    expect(new Set(PILLARS).size).toBe(PILLARS.length);
    for (const pillar of PILLARS) expect(PILLAR_LABELS[pillar].trim()).not.toBe('');
    expect(Object.keys(PILLAR_LABELS).sort()).toEqual([...PILLARS].sort());
  });

  it('splits the pillars into five resources and two enablers, without overlap', () => {
    expect(RESOURCE_PILLARS).toHaveLength(5);
    expect(ENABLER_PILLARS).toHaveLength(2);
    expect([...RESOURCE_PILLARS, ...ENABLER_PILLARS].sort()).toEqual([...PILLARS].sort());
  });

  it('accepts pillar codes and rejects anything else', () => {
    expect(isPillar('compute')).toBe(true);
    for (const value of ['Compute', 'COMPUTE', 'energy', '', null, undefined, 1, {}]) {
      expect(isPillar(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(PILLARS_SOURCE.source).not.toBe('');
    expect(PILLARS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
