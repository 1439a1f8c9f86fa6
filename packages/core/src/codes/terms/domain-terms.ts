import type { Bureau } from '../bureaus.js';
import type { CodeListSource } from '../code-list-source.js';
import type { MemberCategory } from '../member-categories.js';
import type { Pillar } from '../pillars.js';
import type { ItuRegion } from '../regions.js';
import type { InitiativeStatus, MeasureStatus, PlanStatus } from '../statuses.js';

/**
 * The ITU sectors, by the short name ITU gives them in English.
 *
 * @example
 * ```ts
 * ITU_SECTORS;
 * //=> ['ITU-R', 'ITU-T', 'ITU-D']
 * ```
 */
export const ITU_SECTORS = ['ITU-R', 'ITU-T', 'ITU-D'] as const;

/**
 * One ITU sector: Radiocommunication, Telecommunication Standardization or Development.
 *
 * @example
 * ```ts
 * const sector: ItuSector = 'ITU-D';
 * ```
 */
export type ItuSector = (typeof ITU_SECTORS)[number];

/**
 * The groups of terms one language names, each a table from code to name.
 *
 * @example
 * ```ts
 * const regions: TermGroups['regions'] = {
 *   AFR: 'Africa', AMS: 'Americas', ARB: 'Arab States',
 *   ASP: 'Asia and the Pacific', CIS: 'Commonwealth of Independent States', EUR: 'Europe',
 * };
 * ```
 */
export interface TermGroups {
  /** The General Secretariat and the sector bureaus, with their abbreviation in that language. */
  readonly bureaus: Readonly<Record<Bureau, string>>;
  /** The three sectors, with their abbreviation in that language. */
  readonly sectors: Readonly<Record<ItuSector, string>>;
  /** The six ITU-D regions. */
  readonly regions: Readonly<Record<ItuRegion, string>>;
  /** The plan's resource pillars and enablers. */
  readonly pillars: Readonly<Record<Pillar, string>>;
  /** Statuses of a plan. */
  readonly planStatuses: Readonly<Record<PlanStatus, string>>;
  /** Statuses of a measure (IATI activity status). */
  readonly measureStatuses: Readonly<Record<MeasureStatus, string>>;
  /** Statuses of a catalogued initiative. */
  readonly initiativeStatuses: Readonly<Record<InitiativeStatus, string>>;
  /** ITU membership categories. */
  readonly memberCategories: Readonly<Record<MemberCategory, string>>;
}

/**
 * One term, named by its group and code, such as `bureaus.BDT` or `regions.ARB`.
 *
 * @example
 * ```ts
 * const term: TermKey = 'bureaus.BDT';
 * ```
 */
export type TermKey = {
  [G in keyof TermGroups]: `${G}.${keyof TermGroups[G] & string}`;
}[keyof TermGroups];

/**
 * Where some of a language's terms come from: the source and the terms it confirms.
 *
 * @example
 * ```ts
 * const source: TermSource = {
 *   terms: ['bureaus.TSB'],
 *   source: 'ITU-T, "About ITU-T" page in Spanish (itu.int/es/ITU-T/about)',
 *   asOf: '2026-12-01',
 * };
 * ```
 */
export interface TermSource extends CodeListSource {
  /** The terms this source shows in the same words. */
  readonly terms: readonly TermKey[];
}

/**
 * The ITU terms of one language with the sources they were checked against. A term no source
 * lists is unconfirmed (see {@link unconfirmedTerms}): a careful translation still to check
 * against ITU's own terminology, which can be corrected here without touching any code.
 *
 * @example
 * ```ts
 * declare const terms: DomainTerms;
 * terms.bureaus.BDT;
 * unconfirmedTerms(terms).includes('bureaus.BDT'); // whether the name is still to confirm
 * ```
 */
export interface DomainTerms extends TermGroups {
  /** The sources the confirmed terms were checked against. */
  readonly sources: readonly TermSource[];
}

/**
 * Every term key of the term groups, in table order.
 *
 * @param terms - The term tables of one language.
 * @returns The keys, such as `bureaus.GS`.
 *
 * @example
 * ```ts
 * declare const terms: TermGroups;
 * termKeys(terms).includes('regions.ARB');
 * ```
 */
export function termKeys(terms: TermGroups): TermKey[] {
  const groups = [
    'bureaus',
    'sectors',
    'regions',
    'pillars',
    'planStatuses',
    'measureStatuses',
    'initiativeStatuses',
    'memberCategories',
  ] as const satisfies readonly (keyof TermGroups)[];
  return groups.flatMap((group) =>
    Object.keys(terms[group]).map((code) => `${group}.${code}` as TermKey),
  );
}

/**
 * The terms of a language that no source confirms.
 *
 * @param terms - The terms of one language.
 * @returns Their keys, in table order.
 *
 * @example
 * ```ts
 * unconfirmedTerms(englishLocale.terms);
 * //=> []
 * ```
 */
export function unconfirmedTerms(terms: DomainTerms): TermKey[] {
  const confirmed = new Set(terms.sources.flatMap((source) => source.terms));
  return termKeys(terms).filter((key) => !confirmed.has(key));
}
