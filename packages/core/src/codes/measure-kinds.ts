import type { CodeListSource } from './code-list-source.js';

/**
 * What a measure of the work plan does: the kinds of action a bureau or office can take.
 *
 * @example
 * ```ts
 * MEASURE_KINDS.includes('compute-access');
 * //=> true
 * ```
 */
export const MEASURE_KINDS = [
  'training',
  'technical-assistance',
  'policy-advice',
  'infrastructure-deployment',
  'compute-access',
  'data-sharing',
  'model-development',
  'standardization',
  'research',
  'platform',
  'event',
  'partnership',
  'knowledge-product',
  'assessment',
  'financing',
  'coordination',
] as const;

/**
 * One kind of measure, such as `training` or `policy-advice`.
 *
 * @example
 * ```ts
 * const kind: MeasureKind = 'technical-assistance';
 * ```
 */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/**
 * English names of the measure kinds.
 *
 * @example
 * ```ts
 * MEASURE_KIND_LABELS['compute-access'];
 * //=> 'Access to computing power'
 * ```
 */
export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, string>> = {
  training: 'Training and skills development',
  'technical-assistance': 'Technical assistance',
  'policy-advice': 'Policy and regulatory advice',
  'infrastructure-deployment': 'Infrastructure deployment',
  'compute-access': 'Access to computing power',
  'data-sharing': 'Data sharing and data governance',
  'model-development': 'Model development and adaptation',
  standardization: 'Standardization',
  research: 'Research',
  platform: 'Platform or online service',
  event: 'Event or convening',
  partnership: 'Partnership',
  'knowledge-product': 'Knowledge product (report, guide, toolkit)',
  assessment: 'Readiness or needs assessment',
  financing: 'Financing and resource mobilization',
  coordination: 'Coordination',
};

/**
 * Where the measure kinds come from.
 *
 * @example
 * ```ts
 * MEASURE_KINDS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const MEASURE_KINDS_SOURCE: CodeListSource = {
  source:
    'Defined by this SDK from the means of action named in A/RES/78/311 and the ITU joint work plan brief',
  asOf: '2025-07',
  notes: 'A vocabulary of this SDK, not an ITU or IATI code list.',
};

/**
 * Tells whether a value is a measure kind code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the measure kinds, with the type narrowed.
 *
 * @example
 * ```ts
 * isMeasureKind('training');
 * //=> true
 * isMeasureKind('workshop');
 * //=> false
 * ```
 */
export function isMeasureKind(value: unknown): value is MeasureKind {
  return (MEASURE_KINDS as readonly unknown[]).includes(value);
}
