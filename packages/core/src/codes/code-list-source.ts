/**
 * Where a code list or data table comes from and how current it is.
 *
 * Every table in `codes/` exports one of these, so a reader can check the data against its
 * source and see when it was last reviewed.
 *
 * @example
 * ```ts
 * const source: CodeListSource = {
 *   source: 'UN Statistics Division, Standard country or area codes for statistical use (M49)',
 *   asOf: '2025-12-31',
 *   notes: 'LDC flags follow the list in force on the as-of date.',
 * };
 * ```
 */
export interface CodeListSource {
  /** The publication, standard or document the data follows, in words a reader can look up. */
  readonly source: string;
  /** The date the data was last checked against the source, as an ISO 8601 date (`YYYY-MM-DD` or `YYYY-MM`). */
  readonly asOf: string;
  /** Choices made where the source is silent or ambiguous, and items still to confirm. */
  readonly notes?: string;
}
