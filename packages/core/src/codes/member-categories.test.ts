import { describe, expect, it } from 'vitest';
import {
  MEMBER_CATEGORIES,
  MEMBER_CATEGORIES_SOURCE,
  MEMBER_CATEGORY_LABELS,
  isMemberCategory,
} from './member-categories.js';

describe('member categories', () => {
  it('has no duplicates and a non-empty label for every category', () => {
    expect(new Set(MEMBER_CATEGORIES).size).toBe(MEMBER_CATEGORIES.length);
    for (const category of MEMBER_CATEGORIES) {
      expect(MEMBER_CATEGORY_LABELS[category].trim()).not.toBe('');
    }
    expect(Object.keys(MEMBER_CATEGORY_LABELS).sort()).toEqual([...MEMBER_CATEGORIES].sort());
  });

  it('accepts category codes and rejects anything else', () => {
    expect(isMemberCategory('member-state')).toBe(true);
    for (const value of ['Member State', 'MEMBER-STATE', 'observer', null, undefined, true]) {
      expect(isMemberCategory(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(MEMBER_CATEGORIES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
