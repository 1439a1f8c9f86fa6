/**
 * Whether more is better (`benefit`) or less is better (`cost`) on a criterion.
 *
 * @example
 * ```ts
 * CRITERION_DIRECTIONS.includes('cost');
 * //=> true
 * ```
 */
export const CRITERION_DIRECTIONS = ['benefit', 'cost'] as const;

/**
 * Whether more is better (`benefit`) or less is better (`cost`) on a criterion.
 *
 * @example
 * ```ts
 * const directions: CriterionDirection[] = ['benefit', 'cost'];
 * ```
 */
export type CriterionDirection = (typeof CRITERION_DIRECTIONS)[number];

/**
 * Labels for the criterion directions, in the planners' words.
 *
 * @example
 * ```ts
 * CRITERION_DIRECTION_LABELS.cost;
 * //=> 'Cost (less is better)'
 * ```
 */
export const CRITERION_DIRECTION_LABELS: Readonly<Record<CriterionDirection, string>> = {
  benefit: 'Benefit (more is better)',
  cost: 'Cost (less is better)',
};

/**
 * Tells whether a value is one of the criterion directions.
 *
 * @param value - Any value.
 * @returns `true` for `'benefit'` and `'cost'`.
 *
 * @example
 * ```ts
 * isCriterionDirection('max');
 * //=> false
 * ```
 */
export function isCriterionDirection(value: unknown): value is CriterionDirection {
  return value === 'benefit' || value === 'cost';
}
