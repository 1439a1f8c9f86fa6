// plan/first-results-after-end skips most measures without date arithmetic; this checks that the
// shortcut never changes the answer, against the definition computed with date-fns.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateWorkPlan } from '@itu-aicb/core';
import { workPlanInput } from '../../../test/fixtures.js';

/** The rule's definition: first results after the day that follows the last day. */
function expected(start: string, end: string, months: number): boolean {
  const whole = Math.floor(months);
  const first = addDays(
    addMonths(parseISO(start), whole),
    Math.round((months - whole) * (365.2425 / 12)),
  );
  return first > addDays(parseISO(end), 1);
}

const day = fc
  .date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const reported = (start: string, end: string, months: number): boolean => {
  const document = workPlanInput();
  const measure = document.measures[0]!;
  measure.schedule.start = start;
  measure.schedule.end = end;
  measure.schedule.milestones = [];
  measure.estimates.monthsToFirstResults = months;
  const result = validateWorkPlan(document);
  return [...('issues' in result ? result.issues : []), ...result.warnings].some(
    (issue) =>
      issue.code === 'plan/first-results-after-end' &&
      issue.pointer === '/measures/0/estimates/monthsToFirstResults',
  );
};

/** Whether this process follows a change of `TZ` while it runs. */
function zonesCanChange(): boolean {
  const zone = process.env['TZ'];
  try {
    process.env['TZ'] = 'America/Havana';
    return new Date(2025, 2, 9).getHours() === 1;
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
}

describe('plan/first-results-after-end', () => {
  it('counts the days of a fraction past a short month', () => {
    // 31 January plus 30 days is 2 March, after 1 March, the day after the end.
    expect(reported('2026-01-31', '2026-02-28', 0.99)).toBe(true);
    expect(reported('2026-01-31', '2026-03-01', 0.99)).toBe(false);
    expect(reported('2026-01-15', '2026-04-12', 2.99)).toBe(true);
    expect(reported('2026-01-15', '2026-04-13', 2.99)).toBe(false);
  });

  // A worker thread keeps the time zone it started with whatever `TZ` says; the test needs a
  // process of its own (vitest's default), which changes zone when `TZ` does.
  it.runIf(zonesCanChange())('counts whole days in time zones whose clocks skip an hour', () => {
    // Past clock changes, which time zone data no longer revises: in Havana the clocks went from
    // 00:00 to 01:00 on 9 March 2025, and in Gaza from 02:00 to 03:00 on 20 April 2024. One
    // month from such a day is the day after the end, so the estimate fits.
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Havana';
      expect(new Date(2025, 2, 9).getHours()).toBe(1);
      expect(reported('2025-03-09', '2025-04-08', 1)).toBe(false);
      expect(reported('2025-03-09', '2025-04-07', 1)).toBe(true);
      process.env['TZ'] = 'Asia/Gaza';
      expect(new Date(2024, 3, 20, 2).getHours()).toBe(3);
      expect(reported('2024-04-20', '2024-05-19', 1)).toBe(false);
      expect(reported('2024-04-20', '2024-05-18', 1)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('agrees with the definition for any schedule and estimate, near the edge most of all', () => {
    // End dates a few days either side of `span` months after the start, and estimates a few
    // months either side of `span`: where a shortcut that skips too much would show.
    const schedule = fc
      .tuple(day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: -40, max: 40 }))
      .map(([start, span, days]) => {
        const end = addDays(addMonths(parseISO(start), span), days);
        return { start, end: format(end, 'yyyy-MM-dd'), span };
      })
      .filter(({ start, end }) => start <= end);
    const estimate = (span: number) =>
      fc
        .tuple(
          fc.integer({ min: Math.max(0, span - 4), max: span + 2 }),
          fc.oneof(
            fc.constantFrom(0, 0.5, 0.95, 0.99),
            fc.double({ min: 0, max: 0.999, noNaN: true }),
          ),
        )
        .map(([whole, fraction]) => whole + fraction);
    fc.assert(
      fc.property(
        schedule.chain((s) => fc.tuple(fc.constant(s), estimate(s.span))),
        ([{ start, end }, months]) => {
          expect(reported(start, end, months)).toBe(expected(start, end, months));
        },
      ),
      { numRuns: 400 },
    );
  });
});
