import type { CodeListSource } from './code-list-source.js';
import type { ItuRegion } from './regions.js';

/**
 * The two kinds of ITU field office: a regional office per ITU-D region, and area offices under
 * them.
 *
 * @example
 * ```ts
 * ITU_OFFICE_TYPES;
 * //=> ['regional', 'area']
 * ```
 */
export const ITU_OFFICE_TYPES = ['regional', 'area'] as const;

/**
 * The kind of an ITU field office.
 *
 * @example
 * ```ts
 * const type: ItuOfficeType = 'area';
 * ```
 */
export type ItuOfficeType = (typeof ITU_OFFICE_TYPES)[number];

/**
 * One ITU regional or area office.
 *
 * @example
 * ```ts
 * const office: ItuOffice = {
 *   id: 'new-delhi',
 *   city: 'New Delhi',
 *   country: 'IND',
 *   region: 'ASP',
 *   type: 'area',
 *   since: 2023,
 *   confirmed: true,
 * };
 * ```
 */
export interface ItuOffice {
  /** Stable id: the city name in lower-case kebab case, without accents (`yaounde`). */
  readonly id: string;
  /** The city, as ITU writes it in English. */
  readonly city: string;
  /** The host country, as an ISO 3166-1 alpha-3 code. */
  readonly country: string;
  /** The ITU-D region the office serves. */
  readonly region: ItuRegion;
  /** Whether the office is the regional office or an area office. */
  readonly type: ItuOfficeType;
  /** The year the office opened, where known. */
  readonly since?: number;
  /** `false` while the office is not confirmed by an official ITU text; see `ITU_OFFICES_SOURCE`. */
  readonly confirmed: boolean;
}

/**
 * The ITU regional and area offices; the regional office for Europe sits at headquarters in
 * Geneva.
 *
 * @example
 * ```ts
 * ITU_OFFICES.filter((office) => office.type === 'regional').map((office) => office.id);
 * //=> ['addis-ababa', 'brasilia', 'cairo', 'bangkok', 'moscow', 'geneva']
 * ```
 */
// prettier-ignore
export const ITU_OFFICES: readonly ItuOffice[] = [
  { id: 'addis-ababa', city: 'Addis Ababa', country: 'ETH', region: 'AFR', type: 'regional', confirmed: true },
  { id: 'brasilia', city: 'Brasília', country: 'BRA', region: 'AMS', type: 'regional', confirmed: true },
  { id: 'cairo', city: 'Cairo', country: 'EGY', region: 'ARB', type: 'regional', confirmed: true },
  { id: 'bangkok', city: 'Bangkok', country: 'THA', region: 'ASP', type: 'regional', confirmed: true },
  { id: 'moscow', city: 'Moscow', country: 'RUS', region: 'CIS', type: 'regional', confirmed: true },
  { id: 'geneva', city: 'Geneva', country: 'CHE', region: 'EUR', type: 'regional', confirmed: true },
  { id: 'bridgetown', city: 'Bridgetown', country: 'BRB', region: 'AMS', type: 'area', confirmed: true },
  { id: 'santiago', city: 'Santiago', country: 'CHL', region: 'AMS', type: 'area', confirmed: true },
  { id: 'tegucigalpa', city: 'Tegucigalpa', country: 'HND', region: 'AMS', type: 'area', confirmed: true },
  { id: 'new-delhi', city: 'New Delhi', country: 'IND', region: 'ASP', type: 'area', since: 2023, confirmed: true },
  { id: 'dakar', city: 'Dakar', country: 'SEN', region: 'AFR', type: 'area', confirmed: false },
  { id: 'harare', city: 'Harare', country: 'ZWE', region: 'AFR', type: 'area', confirmed: false },
  { id: 'yaounde', city: 'Yaoundé', country: 'CMR', region: 'AFR', type: 'area', confirmed: false },
  { id: 'jakarta', city: 'Jakarta', country: 'IDN', region: 'ASP', type: 'area', since: 1984, confirmed: true },
];

/**
 * Where the office list comes from, and which entries are still to confirm.
 *
 * @example
 * ```ts
 * ITU_OFFICES_SOURCE.asOf;
 * //=> '2026-11-30'
 * ```
 */
export const ITU_OFFICES_SOURCE: CodeListSource = {
  source: 'ITU, "ITU regional presence" (BDT field offices)',
  asOf: '2026-11-30',
  notes:
    'The Jakarta area office is confirmed: hosted by Indonesia since 1984. The area offices in Dakar, Harare and Yaoundé are marked confirmed: false until checked against an official ITU text. No evidence was found of offices in Tunis or Almaty. Offices open and close: edit this table, not the code that reads it.',
};

let officesById: ReadonlyMap<string, ItuOffice> | undefined;

/**
 * Finds an office by its id.
 *
 * @param id - An office id such as `addis-ababa` (case-sensitive).
 * @returns The office, or `undefined` when no office has that id.
 *
 * @example
 * ```ts
 * findItuOffice('cairo')?.region;
 * //=> 'ARB'
 * findItuOffice('paris');
 * //=> undefined
 * ```
 */
export function findItuOffice(id: string): ItuOffice | undefined {
  officesById ??= new Map(ITU_OFFICES.map((office) => [office.id, office]));
  return officesById.get(id);
}

/**
 * Tells whether a value is the id of a known ITU office.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a string naming an office in `ITU_OFFICES`.
 *
 * @example
 * ```ts
 * isItuOfficeId('bangkok');
 * //=> true
 * isItuOfficeId('Bangkok');
 * //=> false
 * ```
 */
export function isItuOfficeId(value: unknown): value is string {
  return typeof value === 'string' && findItuOffice(value) !== undefined;
}
