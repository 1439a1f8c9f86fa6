import type { CodeListSource } from './code-list-source.js';

/**
 * The categories of ITU membership: Member States, Sector Members, Associates and Academia.
 *
 * @example
 * ```ts
 * MEMBER_CATEGORIES.includes('academia');
 * //=> true
 * ```
 */
export const MEMBER_CATEGORIES = [
  'member-state',
  'sector-member',
  'associate',
  'academia',
] as const;

/**
 * One category of ITU membership.
 *
 * @example
 * ```ts
 * const category: MemberCategory = 'sector-member';
 * ```
 */
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

/**
 * English names of the membership categories.
 *
 * @example
 * ```ts
 * MEMBER_CATEGORY_LABELS['member-state'];
 * //=> 'Member State'
 * ```
 */
export const MEMBER_CATEGORY_LABELS: Readonly<Record<MemberCategory, string>> = {
  'member-state': 'Member State',
  'sector-member': 'Sector Member',
  associate: 'Associate',
  academia: 'Academia',
};

/**
 * Where the membership categories come from.
 *
 * @example
 * ```ts
 * MEMBER_CATEGORIES_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const MEMBER_CATEGORIES_SOURCE: CodeListSource = {
  source: 'ITU Constitution Article 2 and Convention Article 19 (membership of ITU)',
  asOf: '2025-07',
};

/**
 * Tells whether a value is a membership category code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the category codes, with the type narrowed.
 *
 * @example
 * ```ts
 * isMemberCategory('associate');
 * //=> true
 * isMemberCategory('Associate');
 * //=> false
 * ```
 */
export function isMemberCategory(value: unknown): value is MemberCategory {
  return (MEMBER_CATEGORIES as readonly unknown[]).includes(value);
}
