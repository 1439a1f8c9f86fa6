import type { MeasureStatus } from '../../codes/statuses.js';

/**
 * The changes of a measure's status from one progress report to the next that do not happen in
 * practice: a closed or cancelled measure does not resume, and a measure that has started
 * (implementation, finalisation, suspended) does not go back to the pipeline. Any other change,
 * including staying the same, is plausible.
 *
 * @example
 * ```ts
 * IMPLAUSIBLE_STATUS_CHANGES.closed.includes('implementation');
 * //=> true
 * ```
 */
export const IMPLAUSIBLE_STATUS_CHANGES: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> =
  {
    pipeline: [],
    implementation: ['pipeline'],
    finalisation: ['pipeline'],
    suspended: ['pipeline'],
    closed: ['pipeline', 'implementation', 'finalisation', 'suspended', 'cancelled'],
    cancelled: ['pipeline', 'implementation', 'finalisation', 'suspended', 'closed'],
  };
