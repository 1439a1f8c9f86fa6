import type { CodeListSource } from './code-list-source.js';

/**
 * The roles a partner organisation plays in a measure or initiative: the four IATI organisation
 * roles, then two roles IATI does not have.
 *
 * @example
 * ```ts
 * PARTNER_ROLES.slice(0, 4);
 * //=> ['funding', 'accountable', 'extending', 'implementing']
 * ```
 */
export const PARTNER_ROLES = [
  'funding',
  'accountable',
  'extending',
  'implementing',
  'knowledge',
  'hosting',
] as const;

/**
 * One role of a partner organisation.
 *
 * @example
 * ```ts
 * const role: PartnerRole = 'implementing';
 * ```
 */
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * English names of the partner roles.
 *
 * @example
 * ```ts
 * PARTNER_ROLE_LABELS.extending;
 * //=> 'Extending (manages the funds on behalf of the funder)'
 * ```
 */
export const PARTNER_ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
  funding: 'Funding',
  accountable: 'Accountable',
  extending: 'Extending (manages the funds on behalf of the funder)',
  implementing: 'Implementing',
  knowledge: 'Knowledge partner (expertise, content, research)',
  hosting: 'Host (venue, centre or national institution)',
};

/**
 * The IATI OrganisationRole code of each partner role, or `null` where IATI has no such role
 * (leave those partners out of an IATI `participating-org` list or report them another way).
 *
 * @example
 * ```ts
 * PARTNER_ROLE_IATI_CODES.implementing;
 * //=> 4
 * PARTNER_ROLE_IATI_CODES.hosting;
 * //=> null
 * ```
 */
export const PARTNER_ROLE_IATI_CODES: Readonly<Record<PartnerRole, 1 | 2 | 3 | 4 | null>> = {
  funding: 1,
  accountable: 2,
  extending: 3,
  implementing: 4,
  knowledge: null,
  hosting: null,
};

/**
 * Where the partner roles and their IATI codes come from.
 *
 * @example
 * ```ts
 * PARTNER_ROLES_SOURCE.source;
 * //=> 'IATI Standard 2.03, code list OrganisationRole'
 * ```
 */
export const PARTNER_ROLES_SOURCE: CodeListSource = {
  source: 'IATI Standard 2.03, code list OrganisationRole',
  asOf: '2025-07',
  notes: '`knowledge` and `hosting` are additions of this SDK with no IATI code.',
};

/**
 * Tells whether a value is a partner role code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the partner roles, with the type narrowed.
 *
 * @example
 * ```ts
 * isPartnerRole('funding');
 * //=> true
 * isPartnerRole('donor');
 * //=> false
 * ```
 */
export function isPartnerRole(value: unknown): value is PartnerRole {
  return (PARTNER_ROLES as readonly unknown[]).includes(value);
}
