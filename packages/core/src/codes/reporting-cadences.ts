import type { CodeListSource } from './code-list-source.js';

/**
 * How often progress on a work plan is reported.
 *
 * @example
 * ```ts
 * REPORTING_CADENCES;
 * //=> ['monthly', 'quarterly', 'semi-annual', 'annual', 'biennial']
 * ```
 */
export const REPORTING_CADENCES = [
  'monthly',
  'quarterly',
  'semi-annual',
  'annual',
  'biennial',
] as const;

/**
 * One reporting cadence.
 *
 * @example
 * ```ts
 * const cadence: ReportingCadence = 'annual';
 * ```
 */
export type ReportingCadence = (typeof REPORTING_CADENCES)[number];

/**
 * English names of the reporting cadences.
 *
 * @example
 * ```ts
 * REPORTING_CADENCE_LABELS['semi-annual'];
 * //=> 'Every six months'
 * ```
 */
export const REPORTING_CADENCE_LABELS: Readonly<Record<ReportingCadence, string>> = {
  monthly: 'Every month',
  quarterly: 'Every three months',
  'semi-annual': 'Every six months',
  annual: 'Every year',
  biennial: 'Every two years',
};

/**
 * The number of months between two reports for each cadence.
 *
 * @example
 * ```ts
 * REPORTING_CADENCE_MONTHS.quarterly;
 * //=> 3
 * ```
 */
export const REPORTING_CADENCE_MONTHS: Readonly<Record<ReportingCadence, number>> = {
  monthly: 1,
  quarterly: 3,
  'semi-annual': 6,
  annual: 12,
  biennial: 24,
};

/**
 * Where the reporting cadences come from.
 *
 * @example
 * ```ts
 * REPORTING_CADENCES_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const REPORTING_CADENCES_SOURCE: CodeListSource = {
  source: 'Defined by this SDK',
  asOf: '2025-07',
  notes: '`biennial` means every two years (not twice a year).',
};

/**
 * Tells whether a value is a reporting cadence code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the cadences, with the type narrowed.
 *
 * @example
 * ```ts
 * isReportingCadence('annual');
 * //=> true
 * isReportingCadence('yearly');
 * //=> false
 * ```
 */
export function isReportingCadence(value: unknown): value is ReportingCadence {
  return (REPORTING_CADENCES as readonly unknown[]).includes(value);
}
