import type { ProgressReport } from './progress-report.js';

/**
 * Orders a plan's reports as they follow each other: by the start of their period, then by their
 * as-of date, then by id, so that the order never depends on the order of the files.
 *
 * @param reports - Progress reports, of one plan or several.
 * @returns A new array, earliest first; the reports themselves are not copied.
 *
 * @example
 * ```ts
 * declare const reports: ProgressReport[];
 * const [first] = reportsInOrder(reports);
 * ```
 */
export function reportsInOrder<R extends Pick<ProgressReport, 'period' | 'asOf' | 'id'>>(
  reports: readonly R[],
): R[] {
  return [...reports].sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) ||
      a.asOf.localeCompare(b.asOf) ||
      a.id.localeCompare(b.id),
  );
}
