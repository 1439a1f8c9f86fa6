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
 * //=> 'ITU Constitution (Collection of the basic texts of ITU): Article 11 (General Secretariat), Article 12, paragraph 2 e) (Radiocommunication Bureau), Article 17, paragraph 2 c) (Telecommunication Standardization Bureau), Article 21 (Telecommunication Development Sector)'
 * ```
 */
export const BUREAUS_SOURCE: CodeListSource = {
  source:
    'ITU Constitution (Collection of the basic texts of ITU): Article 11 (General Secretariat), Article 12, paragraph 2 e) (Radiocommunication Bureau), Article 17, paragraph 2 c) (Telecommunication Standardization Bureau), Article 21 (Telecommunication Development Sector)',
  asOf: '2026-11-30',
  notes:
    'Checked against the text of the Constitution: Article 11 is the General Secretariat; Article 12, paragraph 2 e), and Article 17, paragraph 2 c), name the Radiocommunication Bureau and the Telecommunication Standardization Bureau, each headed by an elected Director; Article 21 sets the functions and structure of the Telecommunication Development Sector. The articles on each bureau itself (cited elsewhere as 16, 20 and 24) are not cited until checked against the text. Article 5 is Definitions and is not cited.',
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
