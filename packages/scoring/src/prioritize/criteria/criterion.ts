import type {
  InitiativeCatalogue,
  Measure,
  NeedsAssessment,
  Pillar,
  ScoringProfile,
  WorkPlan,
} from '@itu-aicb/core';
import { numberIn } from '../wording/shared.js';

/** The documents a prioritisation reads. */
export interface PlanInputs {
  readonly plan: WorkPlan;
  readonly assessments: readonly NeedsAssessment[];
  readonly catalogues: readonly InitiativeCatalogue[];
  readonly profile: ScoringProfile;
  /** The date country groups are read on (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/**
 * The assessed need of one country (or region) on one pillar, weighted by its maturity tier.
 *
 * @example
 * ```ts
 * const gap: NeedGap = { place: 'NPL', pillar: 'talent', gap: 2, tierWeight: 1, vulnerable: true };
 * ```
 */
export interface NeedGap {
  /** The country's alpha-3 code, or the ITU-D region of a regional assessment. */
  readonly place: string;
  readonly pillar: Pillar;
  /** `target - current`, on the 0 to 5 scale; 0 or more. */
  readonly gap: number;
  /** `(5 - tier) / 5`: 1 for the least mature tier (0), 0.2 for the most mature (4). */
  readonly tierWeight: number;
  /** Whether the place is a least developed, landlocked developing or small island developing country. */
  readonly vulnerable: boolean;
}

/**
 * What a measure's value on one criterion was made of, for the reasons.
 *
 * @example
 * ```ts
 * const facts: CriterionFacts = { vulnerableCountries: ['NPL'], asOf: '2026-01-01' };
 * ```
 */
export interface CriterionFacts {
  /** Need gaps the measure addresses (need-severity). */
  readonly gaps?: readonly NeedGap[];
  /** Countries reached that are LDC, LLDC or SIDS on the as-of date (vulnerable-reach). */
  readonly vulnerableCountries?: readonly string[];
  /** Of those, the ones whose membership is uncertain on that date, with why (`BGD ldc: outcome-pending`). */
  readonly uncertainCountries?: readonly string[];
  /** The date country groups were read on (vulnerable-reach, need-severity). */
  readonly asOf?: string;
  /** Initiatives built on that the catalogues list (initiative-leverage). */
  readonly initiatives?: readonly string[];
  /** The currency the cost was compared in (cost-per-beneficiary). */
  readonly currency?: string;
  /** Why the value is missing, when it is. */
  readonly missing?: string;
}

/** A measure's raw value on one criterion (undefined when missing) and what it was made of. */
export interface CriterionValue {
  readonly value: number | undefined;
  readonly facts: CriterionFacts;
}

/** What every criterion may read besides the measure, worked out once per prioritisation. */
export interface CriterionContext {
  readonly inputs: PlanInputs;
  /** The ids of the initiatives the catalogues list. */
  readonly initiativeIds: ReadonlySet<string>;
  /** The currency costs are compared in, when there is one. */
  readonly currency: string | undefined;
  /** The date country groups are read on (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/**
 * How a value reads in a reason: as a strength or a weakness, and whether it is the extreme.
 *
 * @example
 * ```ts
 * const input: PhraseInput = { value: 2, facts: {}, strong: true, extreme: false };
 * englishPrioritizeWording.phrases.risk(input);
 * //=> 'low risk (2/5)'
 * ```
 */
export interface PhraseInput {
  readonly value: number;
  readonly facts: CriterionFacts;
  /**
   * A strength (at least as good as the better quartile of the measured values and better than
   * their median) or a weakness (at most as good as the worse quartile and worse than the median).
   */
  readonly strong: boolean;
  /** The best measured value among the ranked measures for a strength, the worst for a weakness. */
  readonly extreme: boolean;
}

/**
 * A built-in criterion: how its value is derived from the documents, its natural bounds if it has
 * them (used by SPOTIS), and how it reads in the reason for a rank.
 */
export interface BuiltInCriterion {
  readonly value: (measure: Measure, context: CriterionContext) => CriterionValue;
  readonly bounds?: readonly [number, number];
  readonly phrase: (input: PhraseInput) => string;
}

/** A value read from the measure's estimates, missing when the planner gave none. */
export function estimated(value: number | undefined, key: string): CriterionValue {
  return { value, facts: value === undefined ? { missing: `no estimates.${key}` } : {} };
}

/** A number for a reason, with at most `digits` decimals (default one), one formatter per precision. */
export const formatNumber = numberIn('en');

/** `1 country`, `2 countries`, `3 existing initiatives`. */
export const plural = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
