import { describe, expect, it } from 'vitest';
import {
  MEASURE_KINDS,
  MEASURE_KINDS_SOURCE,
  MEASURE_KIND_LABELS,
  isMeasureKind,
} from './measure-kinds.js';

describe('measure kinds', () => {
  it('has kebab-case codes, no duplicates and a non-empty label for each', () => {
    expect(new Set(MEASURE_KINDS).size).toBe(MEASURE_KINDS.length);
    for (const kind of MEASURE_KINDS) {
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(MEASURE_KIND_LABELS[kind].trim()).not.toBe('');
    }
    expect(Object.keys(MEASURE_KIND_LABELS).sort()).toEqual([...MEASURE_KINDS].sort());
  });

  it('accepts measure kinds and rejects anything else', () => {
    expect(isMeasureKind('compute-access')).toBe(true);
    for (const value of ['Training', 'compute_access', 'workshop', '', null, undefined, 7]) {
      expect(isMeasureKind(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(MEASURE_KINDS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
