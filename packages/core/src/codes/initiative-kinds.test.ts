import { describe, expect, it } from 'vitest';
import {
  INITIATIVE_KINDS,
  INITIATIVE_KINDS_SOURCE,
  INITIATIVE_KIND_LABELS,
  isInitiativeKind,
} from './initiative-kinds.js';

describe('initiative kinds', () => {
  it('has kebab-case codes, no duplicates and a non-empty label for each', () => {
    expect(new Set(INITIATIVE_KINDS).size).toBe(INITIATIVE_KINDS.length);
    for (const kind of INITIATIVE_KINDS) {
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(INITIATIVE_KIND_LABELS[kind].trim()).not.toBe('');
    }
    expect(Object.keys(INITIATIVE_KIND_LABELS).sort()).toEqual([...INITIATIVE_KINDS].sort());
  });

  it('accepts initiative kinds and rejects anything else', () => {
    expect(isInitiativeKind('learning-platform')).toBe(true);
    for (const value of ['Platform', 'e-learning platform', 'summit', null, undefined, {}]) {
      expect(isInitiativeKind(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(INITIATIVE_KINDS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
