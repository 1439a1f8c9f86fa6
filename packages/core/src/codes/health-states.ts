/**
 * The states a measure can be in on a date, as `planHealth` decides them: not started, on
 * track, at risk, late, completed; and cancelled, for a measure that will not be done.
 *
 * @example
 * ```ts
 * HEALTH_STATES.includes('at-risk');
 * //=> true
 * ```
 */
export const HEALTH_STATES = [
  'not-started',
  'on-track',
  'at-risk',
  'late',
  'completed',
  'cancelled',
] as const;

/**
 * A measure's state on a date.
 *
 * @example
 * ```ts
 * const state: HealthState = 'late';
 * ```
 */
export type HealthState = (typeof HEALTH_STATES)[number];

/**
 * The signals that make a measure late (the first three) or at risk (the others), most serious
 * first; `planHealth` says what each one means.
 *
 * @example
 * ```ts
 * HEALTH_SIGNALS.slice(0, 3);
 * //=> ['past-end', 'milestone-overdue', 'forecast-beyond-end']
 * ```
 */
export const HEALTH_SIGNALS = [
  'past-end',
  'milestone-overdue',
  'forecast-beyond-end',
  'suspended',
  'not-started',
  'milestone-slipped',
  'overspent',
  'spend-ahead',
  'spend-behind',
  'indicator-behind',
  'high-risk',
] as const;

/**
 * One signal behind a measure's state.
 *
 * @example
 * ```ts
 * const signal: HealthSignalCode = 'milestone-overdue';
 * ```
 */
export type HealthSignalCode = (typeof HEALTH_SIGNALS)[number];
