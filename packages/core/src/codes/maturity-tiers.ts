import type { CodeListSource } from './code-list-source.js';

/**
 * The AI maturity tiers of the UN Secretary-General's report A/79/966, from 0 (AI nascent) to
 * 4 (AI developers).
 *
 * @example
 * ```ts
 * MATURITY_TIERS;
 * //=> [0, 1, 2, 3, 4]
 * ```
 */
export const MATURITY_TIERS = [0, 1, 2, 3, 4] as const;

/**
 * One AI maturity tier.
 *
 * @example
 * ```ts
 * const tier: MaturityTier = 0;
 * ```
 */
export type MaturityTier = (typeof MATURITY_TIERS)[number];

/**
 * English names of the maturity tiers; tiers 1 to 3 carry working names (see
 * `MATURITY_TIERS_SOURCE.notes`).
 *
 * @example
 * ```ts
 * MATURITY_TIER_LABELS[4];
 * //=> 'AI developers'
 * ```
 */
export const MATURITY_TIER_LABELS: Readonly<Record<MaturityTier, string>> = {
  0: 'AI nascent',
  1: 'AI adopters',
  2: 'AI adapters',
  3: 'AI innovators',
  4: 'AI developers',
};

/**
 * Where the maturity tiers come from, and which names are still to confirm.
 *
 * @example
 * ```ts
 * MATURITY_TIERS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const MATURITY_TIERS_SOURCE: CodeListSource = {
  source: 'UN Secretary-General, report A/79/966 on AI capacity building (July 2025)',
  asOf: '2025-07',
  notes:
    'Tier 0 "AI nascent" and tier 4 "AI developers" follow the report. The names of tiers 1 to 3 ("AI adopters", "AI adapters", "AI innovators") are working names of this SDK, unconfirmed against the report text; the tier numbers are what documents store.',
};

/**
 * Tells whether a value is a maturity tier: one of the integers 0 to 4.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a tier number, with the type narrowed.
 *
 * @example
 * ```ts
 * isMaturityTier(2);
 * //=> true
 * isMaturityTier('2');
 * //=> false
 * ```
 */
export function isMaturityTier(value: unknown): value is MaturityTier {
  return (MATURITY_TIERS as readonly unknown[]).includes(value);
}
