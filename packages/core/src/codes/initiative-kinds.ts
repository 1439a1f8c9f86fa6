import type { CodeListSource } from './code-list-source.js';

/**
 * The kinds of existing ITU initiative the catalogue records; one initiative may have several.
 *
 * @example
 * ```ts
 * INITIATIVE_KINDS.includes('pre-standardization');
 * //=> true
 * ```
 */
export const INITIATIVE_KINDS = [
  'platform',
  'event',
  'partnership',
  'coalition',
  'learning-platform',
  'competition',
  'training',
  'training-network',
  'assessment-toolkit',
  'pre-standardization',
  'standardization',
  'programme',
  'knowledge-product',
  'network',
  'facility',
] as const;

/**
 * One kind of initiative, such as `platform` or `competition`.
 *
 * @example
 * ```ts
 * const kind: InitiativeKind = 'learning-platform';
 * ```
 */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/**
 * English names of the initiative kinds.
 *
 * @example
 * ```ts
 * INITIATIVE_KIND_LABELS['pre-standardization'];
 * //=> 'Pre-standardization (focus group)'
 * ```
 */
export const INITIATIVE_KIND_LABELS: Readonly<Record<InitiativeKind, string>> = {
  platform: 'Platform',
  event: 'Event or summit',
  partnership: 'Partnership',
  coalition: 'Coalition',
  'learning-platform': 'Learning platform',
  competition: 'Competition or challenge',
  training: 'Training',
  'training-network': 'Network of training centres',
  'assessment-toolkit': 'Assessment framework or toolkit',
  'pre-standardization': 'Pre-standardization (focus group)',
  standardization: 'Standardization',
  programme: 'Programme',
  'knowledge-product': 'Knowledge product',
  network: 'Network',
  facility: 'Facility',
};

/**
 * Where the initiative kinds come from.
 *
 * @example
 * ```ts
 * INITIATIVE_KINDS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const INITIATIVE_KINDS_SOURCE: CodeListSource = {
  source:
    'Defined by this SDK from the kinds of the existing ITU AI capacity-building initiatives (AI for Good, AI Skills Coalition, AI/ML Challenges, AI Ready, focus groups, ITU Academy, Digital Transformation Centres, ITU-UNDP Joint Facility, WTDC regional initiatives)',
  asOf: '2025-07',
  notes:
    'A vocabulary of this SDK. An e-learning platform is `learning-platform`; a digital-skills network of centres is `training-network`.',
};

/**
 * Tells whether a value is an initiative kind code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the initiative kinds, with the type narrowed.
 *
 * @example
 * ```ts
 * isInitiativeKind('coalition');
 * //=> true
 * isInitiativeKind('summit');
 * //=> false
 * ```
 */
export function isInitiativeKind(value: unknown): value is InitiativeKind {
  return (INITIATIVE_KINDS as readonly unknown[]).includes(value);
}
