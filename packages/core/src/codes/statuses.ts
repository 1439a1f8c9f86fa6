import type { CodeListSource } from './code-list-source.js';

/**
 * The life cycle of a work plan document, from first draft to adoption and replacement.
 *
 * @example
 * ```ts
 * PLAN_STATUSES;
 * //=> ['draft', 'proposed', 'adopted', 'superseded', 'withdrawn']
 * ```
 */
export const PLAN_STATUSES = ['draft', 'proposed', 'adopted', 'superseded', 'withdrawn'] as const;

/**
 * Where a work plan stands in its life cycle.
 *
 * @example
 * ```ts
 * const status: PlanStatus = 'adopted';
 * ```
 */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * English names of the plan statuses.
 *
 * @example
 * ```ts
 * PLAN_STATUS_LABELS.proposed;
 * //=> 'Proposed for adoption'
 * ```
 */
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Draft',
  proposed: 'Proposed for adoption',
  adopted: 'Adopted',
  superseded: 'Superseded by a later plan',
  withdrawn: 'Withdrawn',
};

/**
 * Tells whether a value is a plan status code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the plan statuses, with the type narrowed.
 *
 * @example
 * ```ts
 * isPlanStatus('draft');
 * //=> true
 * isPlanStatus('Draft');
 * //=> false
 * ```
 */
export function isPlanStatus(value: unknown): value is PlanStatus {
  return (PLAN_STATUSES as readonly unknown[]).includes(value);
}

/**
 * The life cycle of a measure, one to one with the IATI activity status code list.
 *
 * @example
 * ```ts
 * MEASURE_STATUSES[0];
 * //=> 'pipeline'
 * ```
 */
export const MEASURE_STATUSES = [
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
  'suspended',
] as const;

/**
 * Where a measure stands in its life cycle.
 *
 * @example
 * ```ts
 * const status: MeasureStatus = 'implementation';
 * ```
 */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * English names of the measure statuses, as IATI words them.
 *
 * @example
 * ```ts
 * MEASURE_STATUS_LABELS.pipeline;
 * //=> 'Pipeline/identification'
 * ```
 */
export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  pipeline: 'Pipeline/identification',
  implementation: 'Implementation',
  finalisation: 'Finalisation',
  closed: 'Closed',
  cancelled: 'Cancelled',
  suspended: 'Suspended',
};

/**
 * The IATI ActivityStatus code of each measure status, for an IATI export.
 *
 * @example
 * ```ts
 * MEASURE_STATUS_IATI_CODES.closed;
 * //=> 4
 * ```
 */
export const MEASURE_STATUS_IATI_CODES: Readonly<Record<MeasureStatus, 1 | 2 | 3 | 4 | 5 | 6>> = {
  pipeline: 1,
  implementation: 2,
  finalisation: 3,
  closed: 4,
  cancelled: 5,
  suspended: 6,
};

/**
 * Where the measure statuses and their IATI codes come from.
 *
 * @example
 * ```ts
 * MEASURE_STATUSES_SOURCE.source;
 * //=> 'IATI Standard 2.03, code list ActivityStatus'
 * ```
 */
export const MEASURE_STATUSES_SOURCE: CodeListSource = {
  source: 'IATI Standard 2.03, code list ActivityStatus',
  asOf: '2025-07',
};

/**
 * Tells whether a value is a measure status code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the measure statuses, with the type narrowed.
 *
 * @example
 * ```ts
 * isMeasureStatus('closed');
 * //=> true
 * isMeasureStatus(4);
 * //=> false
 * ```
 */
export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return (MEASURE_STATUSES as readonly unknown[]).includes(value);
}

/**
 * The life cycle of an existing initiative in the catalogue.
 *
 * @example
 * ```ts
 * INITIATIVE_STATUSES;
 * //=> ['planned', 'active', 'completed', 'discontinued']
 * ```
 */
export const INITIATIVE_STATUSES = ['planned', 'active', 'completed', 'discontinued'] as const;

/**
 * Where an initiative stands in its life cycle.
 *
 * @example
 * ```ts
 * const status: InitiativeStatus = 'active';
 * ```
 */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/**
 * English names of the initiative statuses.
 *
 * @example
 * ```ts
 * INITIATIVE_STATUS_LABELS.discontinued;
 * //=> 'Discontinued'
 * ```
 */
export const INITIATIVE_STATUS_LABELS: Readonly<Record<InitiativeStatus, string>> = {
  planned: 'Planned',
  active: 'Active',
  completed: 'Completed',
  discontinued: 'Discontinued',
};

/**
 * Tells whether a value is an initiative status code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the initiative statuses, with the type narrowed.
 *
 * @example
 * ```ts
 * isInitiativeStatus('active');
 * //=> true
 * isInitiativeStatus('ACTIVE');
 * //=> false
 * ```
 */
export function isInitiativeStatus(value: unknown): value is InitiativeStatus {
  return (INITIATIVE_STATUSES as readonly unknown[]).includes(value);
}

/**
 * Where the plan and initiative statuses come from.
 *
 * @example
 * ```ts
 * PLAN_STATUSES_SOURCE.notes;
 * //=> 'A vocabulary of this SDK; measure statuses follow IATI instead.'
 * ```
 */
export const PLAN_STATUSES_SOURCE: CodeListSource = {
  source: 'Defined by this SDK for plan documents and the initiative catalogue',
  asOf: '2025-07',
  notes: 'A vocabulary of this SDK; measure statuses follow IATI instead.',
};
