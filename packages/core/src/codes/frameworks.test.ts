import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_FRAMEWORKS,
  ASSESSMENT_FRAMEWORK_LABELS,
  FRAMEWORK_DIMENSIONS,
  FRAMEWORK_DIMENSIONS_SOURCE,
  frameworkDimensions,
  isAssessmentFramework,
} from './frameworks.js';
import { isPillar } from './pillars.js';

describe('assessment frameworks', () => {
  it('has no duplicates and a non-empty label for every framework', () => {
    expect(new Set(ASSESSMENT_FRAMEWORKS).size).toBe(ASSESSMENT_FRAMEWORKS.length);
    for (const framework of ASSESSMENT_FRAMEWORKS) {
      expect(ASSESSMENT_FRAMEWORK_LABELS[framework].trim()).not.toBe('');
    }
  });

  it('accepts framework codes and rejects anything else', () => {
    expect(isAssessmentFramework('oxford-insights')).toBe(true);
    for (const value of ['Oxford-Insights', 'ram', '', null, undefined, 1]) {
      expect(isAssessmentFramework(value)).toBe(false);
    }
  });
});

describe('FRAMEWORK_DIMENSIONS', () => {
  const frameworks = ASSESSMENT_FRAMEWORKS.filter((framework) => framework !== 'custom');

  it('describes every framework except custom', () => {
    expect(Object.keys(FRAMEWORK_DIMENSIONS).sort()).toEqual([...frameworks].sort());
  });

  it('gives each version a unique name, years in order, and dimensions with unique ids mapped onto pillars', () => {
    for (const framework of frameworks) {
      const versions = FRAMEWORK_DIMENSIONS[framework];
      expect(versions.length).toBeGreaterThan(0);
      expect(new Set(versions.map((version) => version.version)).size).toBe(versions.length);
      const years = versions.map((version) => version.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const { dimensions } of versions) {
        expect(new Set(dimensions.map((dimension) => dimension.id)).size).toBe(dimensions.length);
        for (const dimension of dimensions) {
          expect(dimension.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(dimension.label.trim()).not.toBe('');
          expect(dimension.pillars.length).toBeGreaterThan(0);
          expect(dimension.pillars.every(isPillar)).toBe(true);
          expect(new Set(dimension.pillars).size).toBe(dimension.pillars.length);
        }
      }
    }
  });

  it('keeps the published number of top-level dimensions', () => {
    expect(frameworkDimensions('itu-ai-ready', '1')).toHaveLength(6);
    expect(frameworkDimensions('itu-ai-ready', '2')).toHaveLength(6);
    expect(frameworkDimensions('unesco-ram')).toHaveLength(5);
    expect(frameworkDimensions('oxford-insights')).toHaveLength(3);
    expect(frameworkDimensions('itu-idi')).toHaveLength(2);
  });

  it('names its source and as-of date', () => {
    expect(FRAMEWORK_DIMENSIONS_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});

describe('frameworkDimensions', () => {
  it('gives the latest version when none is asked for', () => {
    const versions = FRAMEWORK_DIMENSIONS['itu-ai-ready'];
    expect(frameworkDimensions('itu-ai-ready')).toBe(versions[versions.length - 1]?.dimensions);
  });

  it('gives the asked version', () => {
    expect(frameworkDimensions('itu-ai-ready', '1')).toBe(
      FRAMEWORK_DIMENSIONS['itu-ai-ready'][0]?.dimensions,
    );
  });

  it('gives undefined for custom and for unknown versions', () => {
    expect(frameworkDimensions('custom')).toBeUndefined();
    expect(frameworkDimensions('custom', '1')).toBeUndefined();
    expect(frameworkDimensions('unesco-ram', '1999')).toBeUndefined();
  });
});
