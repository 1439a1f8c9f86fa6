import { describe, expect, it } from 'vitest';
import {
  REPORTING_CADENCES,
  REPORTING_CADENCES_SOURCE,
  REPORTING_CADENCE_LABELS,
  REPORTING_CADENCE_MONTHS,
  isReportingCadence,
} from './reporting-cadences.js';

describe('reporting cadences', () => {
  it('has no duplicates and a non-empty label for every cadence', () => {
    expect(new Set(REPORTING_CADENCES).size).toBe(REPORTING_CADENCES.length);
    for (const cadence of REPORTING_CADENCES) {
      expect(REPORTING_CADENCE_LABELS[cadence].trim()).not.toBe('');
    }
    expect(Object.keys(REPORTING_CADENCE_LABELS).sort()).toEqual([...REPORTING_CADENCES].sort());
  });

  it('lists the cadences from the most to the least frequent, each dividing a year or a multiple of it', () => {
    const months = REPORTING_CADENCES.map((cadence) => REPORTING_CADENCE_MONTHS[cadence]);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(new Set(months).size).toBe(months.length);
    for (const month of months) {
      expect(Number.isInteger(month) && (12 % month === 0 || month % 12 === 0)).toBe(true);
    }
  });

  it('accepts cadences and rejects anything else', () => {
    expect(isReportingCadence('semi-annual')).toBe(true);
    for (const value of ['Annual', 'yearly', 12, '', null, undefined]) {
      expect(isReportingCadence(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(REPORTING_CADENCES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
