import { describe, expect, it } from 'vitest';
import {
  TARGET_GROUPS,
  TARGET_GROUPS_SOURCE,
  TARGET_GROUP_LABELS,
  isTargetGroup,
} from './target-groups.js';

describe('target groups', () => {
  it('has kebab-case codes, no duplicates and a non-empty label for each', () => {
    expect(new Set(TARGET_GROUPS).size).toBe(TARGET_GROUPS.length);
    for (const group of TARGET_GROUPS) {
      expect(group).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(TARGET_GROUP_LABELS[group].trim()).not.toBe('');
    }
    expect(Object.keys(TARGET_GROUP_LABELS).sort()).toEqual([...TARGET_GROUPS].sort());
  });

  it('includes the groups the plan gives special attention to', () => {
    for (const group of ['women', 'youth', 'persons-with-disabilities', 'rural-communities']) {
      expect(isTargetGroup(group)).toBe(true);
    }
  });

  it('rejects anything that is not a target group', () => {
    for (const value of ['Women', 'SMEs', 'children ', '', null, undefined, 0]) {
      expect(isTargetGroup(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(TARGET_GROUPS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
