import type { CodeListSource } from './code-list-source.js';

/**
 * The 17 Sustainable Development Goals, by number.
 *
 * @example
 * ```ts
 * SDG_GOALS.length;
 * //=> 17
 * ```
 */
export const SDG_GOALS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

/**
 * The number of one Sustainable Development Goal.
 *
 * @example
 * ```ts
 * const goal: SdgGoal = 9;
 * ```
 */
export type SdgGoal = (typeof SDG_GOALS)[number];

/**
 * The short English names of the goals.
 *
 * @example
 * ```ts
 * SDG_GOAL_LABELS[4];
 * //=> 'Quality education'
 * ```
 */
export const SDG_GOAL_LABELS: Readonly<Record<SdgGoal, string>> = {
  1: 'No poverty',
  2: 'Zero hunger',
  3: 'Good health and well-being',
  4: 'Quality education',
  5: 'Gender equality',
  6: 'Clean water and sanitation',
  7: 'Affordable and clean energy',
  8: 'Decent work and economic growth',
  9: 'Industry, innovation and infrastructure',
  10: 'Reduced inequalities',
  11: 'Sustainable cities and communities',
  12: 'Responsible consumption and production',
  13: 'Climate action',
  14: 'Life below water',
  15: 'Life on land',
  16: 'Peace, justice and strong institutions',
  17: 'Partnerships for the goals',
};

/**
 * All 169 SDG targets in the official order: per goal the numbered targets, then the lettered
 * means-of-implementation targets.
 *
 * @example
 * ```ts
 * SDG_TARGETS.length;
 * //=> 169
 * SDG_TARGETS.includes('9.c');
 * //=> true
 * ```
 */
// prettier-ignore
export const SDG_TARGETS = [
  // Goal 1
  '1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b',
  // Goal 2
  '2.1', '2.2', '2.3', '2.4', '2.5', '2.a', '2.b', '2.c',
  // Goal 3
  '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.a', '3.b', '3.c', '3.d',
  // Goal 4
  '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.a', '4.b', '4.c',
  // Goal 5
  '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c',
  // Goal 6
  '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b',
  // Goal 7
  '7.1', '7.2', '7.3', '7.a', '7.b',
  // Goal 8
  '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9', '8.10', '8.a', '8.b',
  // Goal 9
  '9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c',
  // Goal 10
  '10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.a', '10.b', '10.c',
  // Goal 11
  '11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.a', '11.b', '11.c',
  // Goal 12
  '12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.7', '12.8', '12.a', '12.b', '12.c',
  // Goal 13
  '13.1', '13.2', '13.3', '13.a', '13.b',
  // Goal 14
  '14.1', '14.2', '14.3', '14.4', '14.5', '14.6', '14.7', '14.a', '14.b', '14.c',
  // Goal 15
  '15.1', '15.2', '15.3', '15.4', '15.5', '15.6', '15.7', '15.8', '15.9', '15.a', '15.b', '15.c',
  // Goal 16
  '16.1', '16.2', '16.3', '16.4', '16.5', '16.6', '16.7', '16.8', '16.9', '16.10', '16.a', '16.b',
  // Goal 17
  '17.1', '17.2', '17.3', '17.4', '17.5', '17.6', '17.7', '17.8', '17.9', '17.10', '17.11', '17.12', '17.13', '17.14', '17.15', '17.16', '17.17', '17.18', '17.19',
] as const;

/**
 * One SDG target, written `goal.target`, such as `4.4` or `17.18`.
 *
 * @example
 * ```ts
 * const target: SdgTarget = '5.b';
 * ```
 */
export type SdgTarget = (typeof SDG_TARGETS)[number];

/**
 * A regular expression source for the written form of a target (goal 1 to 17, a dot, then a
 * number or a lower-case letter), usable as a JSON Schema `pattern`; it checks the form, not
 * that the target exists.
 *
 * @example
 * ```ts
 * new RegExp(SDG_TARGET_PATTERN).test('17.19');
 * //=> true
 * ```
 */
export const SDG_TARGET_PATTERN = '^(?:[1-9]|1[0-7])\\.(?:[1-9][0-9]?|[a-z])$';

/**
 * Where the goals and targets come from.
 *
 * @example
 * ```ts
 * SDG_TARGETS_SOURCE.source;
 * //=> 'UN General Assembly resolution A/RES/70/1, Transforming our world: the 2030 Agenda for Sustainable Development'
 * ```
 */
export const SDG_TARGETS_SOURCE: CodeListSource = {
  source:
    'UN General Assembly resolution A/RES/70/1, Transforming our world: the 2030 Agenda for Sustainable Development',
  asOf: '2025-07',
  notes:
    'The 169 targets are unchanged since adoption in 2015; indicators (A/RES/71/313) are not listed here.',
};

const targetPattern = new RegExp(SDG_TARGET_PATTERN);

/**
 * Tells whether a value is one of the 169 official SDG targets.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a target of the official framework, with the type narrowed.
 *
 * @example
 * ```ts
 * isSdgTarget('17.9');
 * //=> true
 * isSdgTarget('4.d');
 * //=> false
 * ```
 */
export function isSdgTarget(value: unknown): value is SdgTarget {
  return (SDG_TARGETS as readonly unknown[]).includes(value);
}

/**
 * Tells whether a value is written like an SDG target, without checking that the target exists.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a string matching `SDG_TARGET_PATTERN`.
 *
 * @example
 * ```ts
 * isSdgTargetFormat('4.d');
 * //=> true
 * isSdgTargetFormat('18.1');
 * //=> false
 * ```
 */
export function isSdgTargetFormat(value: unknown): value is string {
  return typeof value === 'string' && targetPattern.test(value);
}

/**
 * Reads the goal number of a target written `goal.target`.
 *
 * @param target - A target such as `9.c`.
 * @returns The goal, or `undefined` when the text is not written like a target.
 *
 * @example
 * ```ts
 * sdgGoalOf('9.c');
 * //=> 9
 * sdgGoalOf('nine');
 * //=> undefined
 * ```
 */
export function sdgGoalOf(target: string): SdgGoal | undefined {
  if (!targetPattern.test(target)) return undefined;
  return Number(target.slice(0, target.indexOf('.'))) as SdgGoal;
}
