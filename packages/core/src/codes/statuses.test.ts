import { describe, expect, it } from 'vitest';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  MEASURE_STATUSES,
  MEASURE_STATUSES_SOURCE,
  MEASURE_STATUS_IATI_CODES,
  MEASURE_STATUS_LABELS,
  PLAN_STATUSES,
  PLAN_STATUSES_SOURCE,
  PLAN_STATUS_LABELS,
  isInitiativeStatus,
  isMeasureStatus,
  isPlanStatus,
} from './statuses.js';

const lists = [
  ['plan', PLAN_STATUSES, PLAN_STATUS_LABELS, isPlanStatus],
  ['measure', MEASURE_STATUSES, MEASURE_STATUS_LABELS, isMeasureStatus],
  ['initiative', INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, isInitiativeStatus],
] as const;

describe.each(lists)('%s statuses', (_name, statuses, labels, guard) => {
  it('has no duplicates and a non-empty label for every status', () => {
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const status of statuses) {
      expect((labels as Readonly<Record<string, string>>)[status]?.trim()).toBeTruthy();
    }
    expect(Object.keys(labels).sort()).toEqual([...statuses].sort());
  });

  it('accepts its own statuses and rejects anything else', () => {
    for (const status of statuses) expect(guard(status)).toBe(true);
    for (const value of [statuses[0].toUpperCase(), 'unknown', '', null, undefined, 1]) {
      expect(guard(value)).toBe(false);
    }
  });
});

describe('measure statuses and IATI', () => {
  it('maps the statuses one to one onto IATI activity status codes 1 to 6, in order', () => {
    expect(MEASURE_STATUSES.map((status) => MEASURE_STATUS_IATI_CODES[status])).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('names the sources and as-of dates', () => {
    for (const source of [MEASURE_STATUSES_SOURCE, PLAN_STATUSES_SOURCE]) {
      expect(source.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });
});
