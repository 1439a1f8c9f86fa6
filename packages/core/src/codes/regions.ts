import type { CodeListSource } from './code-list-source.js';

/**
 * The six ITU-D regions (not the Council's electoral regions A to E).
 *
 * @example
 * ```ts
 * ITU_REGIONS;
 * //=> ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']
 * ```
 */
export const ITU_REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;

/**
 * The code of one ITU-D region.
 *
 * @example
 * ```ts
 * const region: ItuRegion = 'ASP';
 * ```
 */
export type ItuRegion = (typeof ITU_REGIONS)[number];

/**
 * English names of the ITU-D regions.
 *
 * @example
 * ```ts
 * ITU_REGION_LABELS.ARB;
 * //=> 'Arab States'
 * ```
 */
export const ITU_REGION_LABELS: Readonly<Record<ItuRegion, string>> = {
  AFR: 'Africa',
  AMS: 'Americas',
  ARB: 'Arab States',
  ASP: 'Asia and the Pacific',
  CIS: 'Commonwealth of Independent States',
  EUR: 'Europe',
};

/**
 * Where the region codes come from.
 *
 * @example
 * ```ts
 * ITU_REGIONS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const ITU_REGIONS_SOURCE: CodeListSource = {
  source: 'ITU-D regions as used by BDT, the WTDC and its regional preparatory meetings',
  asOf: '2025-07',
  notes: 'Which countries belong to which region is data in `COUNTRIES` (countries.ts).',
};

/**
 * Tells whether a value is an ITU-D region code (case-sensitive).
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the six region codes, with the type narrowed.
 *
 * @example
 * ```ts
 * isItuRegion('AFR');
 * //=> true
 * isItuRegion('Africa');
 * //=> false
 * ```
 */
export function isItuRegion(value: unknown): value is ItuRegion {
  return (ITU_REGIONS as readonly unknown[]).includes(value);
}
