import { describe, expect, it } from 'vitest';
import { PRIORITY_CRITERIA, parseWorkPlan, validateScoringProfile } from '@itu-aicb/core';
import { defaultScoringProfile, prioritizeMeasures } from '@itu-aicb/scoring';
import { workPlanInput } from '../../../core/test/fixtures.js';

describe('defaultScoringProfile', () => {
  it('is a valid scoring profile without warnings', () => {
    const result = validateScoringProfile(defaultScoringProfile());
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
    // Validation adds nothing: the profile is already in its normalised form.
    if (result.ok) expect(result.value).toEqual(defaultScoringProfile());
  });

  it('weighs every built-in criterion equally with TOPSIS', () => {
    const profile = defaultScoringProfile();
    expect(profile.criteria.map((criterion) => criterion.id)).toEqual([...PRIORITY_CRITERIA]);
    expect(profile.weighting).toEqual({ type: 'equal' });
    expect(profile.method.name).toBe('topsis');
  });

  it('gives a new object on each call, so changing one copy leaves the next alone', () => {
    const changed = defaultScoringProfile();
    changed.criteria.pop();
    changed.method.name = 'vikor';
    const fresh = defaultScoringProfile();
    expect(fresh.criteria).toHaveLength(PRIORITY_CRITERIA.length);
    expect(fresh.method.name).toBe('topsis');
  });

  it('ranks a plan by its own name and method', () => {
    const plan = parseWorkPlan(workPlanInput());
    const result = prioritizeMeasures({ plan, profile: defaultScoringProfile() });
    expect(result.profile).toBe('default');
    expect(result.method).toBe('topsis');
    const weights = result.criteria.map((criterion) => criterion.weight);
    expect(weights).toHaveLength(PRIORITY_CRITERIA.length);
    expect(new Set(weights).size).toBe(1);
    expect(weights[0]).toBeCloseTo(1 / PRIORITY_CRITERIA.length, 12);
  });
});
