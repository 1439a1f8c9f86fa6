import type { CodeListSource } from './code-list-source.js';

/**
 * The ITU General Secretariat and the three sector bureaus.
 *
 * @example
 * ```ts
 * BUREAUS;
 * //=> ['GS', 'BR', 'TSB', 'BDT']
 * ```
 */
export const BUREAUS = ['GS', 'BR', 'TSB', 'BDT'] as const;

/**
 * The code of the General Secretariat or of a sector bureau.
 *
 * @example
 * ```ts
 * const owner: Bureau = 'TSB';
 * ```
 */
export type Bureau = (typeof BUREAUS)[number];

/**
 * Full English names of the General Secretariat and the bureaus, with their sector.
 *
 * @example
 * ```ts
 * BUREAU_LABELS.BDT;
 * //=> 'Telecommunication Development Bureau (ITU-D)'
 * ```
 */
export const BUREAU_LABELS: Readonly<Record<Bureau, string>> = {
  GS: 'General Secretariat',
  BR: 'Radiocommunication Bureau (ITU-R)',
  TSB: 'Telecommunication Standardization Bureau (ITU-T)',
  BDT: 'Telecommunication Development Bureau (ITU-D)',
};

/**
 * Where the bureau codes come from.
 *
 * @example
 * ```ts
 * BUREAUS_SOURCE.source;
 * //=> 'ITU Constitution, Articles 5, 11, 15 and 20 (Collection of the basic texts of ITU)'
 * ```
 */
export const BUREAUS_SOURCE: CodeListSource = {
  source: 'ITU Constitution, Articles 5, 11, 15 and 20 (Collection of the basic texts of ITU)',
  asOf: '2025-07',
};

/**
 * Tells whether a value is a bureau code (case-sensitive).
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is `GS`, `BR`, `TSB` or `BDT`, with the type narrowed.
 *
 * @example
 * ```ts
 * isBureau('BDT');
 * //=> true
 * isBureau('bdt');
 * //=> false
 * ```
 */
export function isBureau(value: unknown): value is Bureau {
  return (BUREAUS as readonly unknown[]).includes(value);
}
