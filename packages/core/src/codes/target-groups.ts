import type { CodeListSource } from './code-list-source.js';

/**
 * The groups of people a measure is meant to reach.
 *
 * @example
 * ```ts
 * TARGET_GROUPS.includes('persons-with-disabilities');
 * //=> true
 * ```
 */
export const TARGET_GROUPS = [
  'women',
  'youth',
  'persons-with-disabilities',
  'older-persons',
  'rural-communities',
  'indigenous-peoples',
  'government-officials',
  'regulators',
  'policy-makers',
  'educators',
  'researchers',
  'students',
  'ict-professionals',
  'smes',
  'startups',
  'private-sector',
  'civil-society',
  'general-public',
] as const;

/**
 * One group of people a measure is meant to reach.
 *
 * @example
 * ```ts
 * const group: TargetGroup = 'youth';
 * ```
 */
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * English names of the target groups.
 *
 * @example
 * ```ts
 * TARGET_GROUP_LABELS.smes;
 * //=> 'Small and medium-sized enterprises'
 * ```
 */
export const TARGET_GROUP_LABELS: Readonly<Record<TargetGroup, string>> = {
  women: 'Women and girls',
  youth: 'Youth',
  'persons-with-disabilities': 'Persons with disabilities',
  'older-persons': 'Older persons',
  'rural-communities': 'Rural and remote communities',
  'indigenous-peoples': 'Indigenous peoples',
  'government-officials': 'Government officials',
  regulators: 'Regulators',
  'policy-makers': 'Policy-makers',
  educators: 'Educators and trainers',
  researchers: 'Researchers',
  students: 'Students',
  'ict-professionals': 'ICT and AI professionals',
  smes: 'Small and medium-sized enterprises',
  startups: 'Start-ups',
  'private-sector': 'Private sector',
  'civil-society': 'Civil society',
  'general-public': 'General public',
};

/**
 * Where the target groups come from.
 *
 * @example
 * ```ts
 * TARGET_GROUPS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const TARGET_GROUPS_SOURCE: CodeListSource = {
  source:
    'Defined by this SDK from the groups named in A/RES/78/311, the AI Skills Coalition and the ITU joint work plan brief',
  asOf: '2025-07',
  notes: 'A vocabulary of this SDK, not an ITU or IATI code list.',
};

/**
 * Tells whether a value is a target group code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the target groups, with the type narrowed.
 *
 * @example
 * ```ts
 * isTargetGroup('women');
 * //=> true
 * isTargetGroup('Women');
 * //=> false
 * ```
 */
export function isTargetGroup(value: unknown): value is TargetGroup {
  return (TARGET_GROUPS as readonly unknown[]).includes(value);
}
