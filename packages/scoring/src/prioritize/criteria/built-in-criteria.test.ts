import { describe, expect, it } from 'vitest';
import { PRIORITY_CRITERIA } from '@itu-aicb/core';
import { BUILT_IN_CRITERIA } from './built-in-criteria.js';

describe('built-in criteria', () => {
  it('has one entry, with a value and a phrase, per criterion a profile can name', () => {
    expect(Object.keys(BUILT_IN_CRITERIA).sort()).toEqual([...PRIORITY_CRITERIA].sort());
    for (const criterion of Object.values(BUILT_IN_CRITERIA)) {
      expect(typeof criterion.value).toBe('function');
      expect(typeof criterion.phrase).toBe('function');
    }
  });

  it('gives natural bounds to the shares, scores and durations only', () => {
    const bounded = Object.fromEntries(
      Object.entries(BUILT_IN_CRITERIA).flatMap(([id, criterion]) =>
        criterion.bounds === undefined ? [] : [[id, criterion.bounds]],
      ),
    );
    expect(bounded).toEqual({
      'co-financing': [0, 1],
      feasibility: [1, 5],
      risk: [1, 5],
      'time-to-results': [0, 240],
    });
  });

  it('words a strength and a weakness differently, naming the extreme', () => {
    const { risk, feasibility } = BUILT_IN_CRITERIA;
    const facts = {};
    expect(risk.phrase({ value: 1, facts, strong: true, extreme: true })).toBe('lowest risk (1/5)');
    expect(risk.phrase({ value: 4.5, facts, strong: false, extreme: false })).toBe(
      'high risk (4.5/5)',
    );
    expect(feasibility.phrase({ value: 2, facts, strong: false, extreme: true })).toBe(
      'least feasible (2/5)',
    );
  });
});
