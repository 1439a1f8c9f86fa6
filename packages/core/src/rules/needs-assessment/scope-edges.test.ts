// A region assessment has no country: the country rule must pass it over without reading one.
import { describe, expect, it } from 'vitest';
import { validateNeedsAssessment } from '@itu-aicb/core';
import { needsAssessmentInput } from '../../../test/fixtures.js';

describe('assessment/unknown-country with a region scope', () => {
  it('leaves a region assessment without a finding of any kind', () => {
    const document = needsAssessmentInput();
    (document as { scope: unknown }).scope = { type: 'region', region: 'AFR' };
    const result = validateNeedsAssessment(document);
    expect([...('issues' in result ? result.issues : []), ...result.warnings]).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
