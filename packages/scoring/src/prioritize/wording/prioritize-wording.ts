import type { PriorityCriterion, ScoringMethod } from '@itu-aicb/core';
import { PRIORITY_CRITERION_INFO } from '@itu-aicb/core';
import { BUILT_IN_CRITERIA } from '../criteria/built-in-criteria.js';
import type { PhraseInput } from '../criteria/criterion.js';
import { formatNumber } from '../criteria/criterion.js';
import { METHODS } from '../../methods/method-registry.js';
import { inSentence } from './shared.js';

const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd' };
// Built on first use, so that loading the wording costs nothing until it is used.
let ordinals: Intl.PluralRules | undefined;

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`... */
function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[(ordinals ??= new Intl.PluralRules('en', { type: 'ordinal' })).select(n)] ?? 'th'}`;
}

/**
 * What a reason for a rank is made of: the rank, and the phrases of the strengths, weaknesses and
 * unknown values, strongest weight first.
 *
 * @example
 * ```ts
 * const parts: ReasonParts = { rank: 1, total: 4, strengths: ['low risk (2/5)'], weaknesses: [], unknown: [] };
 * ```
 */
export interface ReasonParts {
  readonly rank: number;
  readonly total: number;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * The words of a prioritisation in one language: criterion names, how each criterion reads as a
 * strength or a weakness, the reason for a rank and the notes. English is built in; the other
 * official languages come with their locale, `@itu-aicb/scoring/locales/<tag>`.
 *
 * @example
 * ```ts
 * englishPrioritizeWording.criteria.risk;
 * //=> 'Risk'
 * ```
 */
export interface PrioritizeWording {
  /** The name of each built-in criterion (a profile's own label in the language wins). */
  readonly criteria: Readonly<Record<PriorityCriterion, string>>;
  /** How each built-in criterion's value reads as a strength or a weakness. */
  readonly phrases: Readonly<Record<PriorityCriterion, (input: PhraseInput) => string>>;
  /** How a criterion of the profile's own (read from a field) reads. */
  readonly ownCriterion: (input: {
    readonly label: string;
    readonly value: number;
    readonly strong: boolean;
  }) => string;
  /** A value that was missing and filled in by the missing-data policy. */
  readonly unknown: (input: {
    readonly label: string;
    readonly why: string;
    readonly filled: 'worst' | 'median';
  }) => string;
  /** Why a value is missing, from the reason the criterion gives in English. */
  readonly missing: (english: string) => string;
  /** The whole reason for a rank. */
  readonly reason: (parts: ReasonParts) => string;
  /** The notes of a prioritisation. */
  readonly notes: {
    readonly asOf: (input: {
      readonly date: string;
      readonly source: 'option' | 'plan-period-start';
      readonly uncertain: readonly string[];
    }) => string;
    readonly incomplete: (count: number, minimumShare: number) => string;
    readonly constant: (labels: readonly string[]) => string;
    readonly inconsistent: (ratio: number, limit: number) => string;
    readonly noValue: (label: string) => string;
    readonly filled: (count: number, fill: 'worst' | 'median') => string;
    /** Budgets in a currency the profile gives no rate for, so that their cost is missing. */
    readonly noRate: (currency: string, to: string, measures: number) => string;
    readonly spotisBounds: (labels: readonly string[]) => string;
  };
  /** What a score of each method means, and that scores compare measures within one run only. */
  readonly scoreMeaning: Readonly<Record<ScoringMethod, string>>;
}

/**
 * The English words of a prioritisation: the reference other languages translate.
 *
 * @example
 * ```ts
 * englishPrioritizeWording.reason({ rank: 2, total: 5, strengths: [], weaknesses: [], unknown: [] });
 * //=> 'ranked 2nd of 5. Strengths: none stands out; weaknesses: none stands out.'
 * ```
 */
export const englishPrioritizeWording: PrioritizeWording = {
  criteria: Object.fromEntries(
    Object.entries(PRIORITY_CRITERION_INFO).map(([id, info]) => [id, info.label]),
  ) as Record<PriorityCriterion, string>,
  phrases: Object.fromEntries(
    Object.entries(BUILT_IN_CRITERIA).map(([id, criterion]) => [id, criterion.phrase]),
  ) as Record<PriorityCriterion, (input: PhraseInput) => string>,
  ownCriterion: ({ label, value, strong }) =>
    `${strong ? 'strong' : 'weak'} on ${label} (${formatNumber(value, 2)})`,
  unknown: ({ label, why, filled }) =>
    `${inSentence(label, 'en')} (${why}; counted as the ${filled})`,
  missing: (english) => english,
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `ranked ${ordinal(rank)} of ${total}. Strengths: ${strengths.length === 0 ? 'none stands out' : strengths.join('; ')}; weaknesses: ${weaknesses.length === 0 ? 'none stands out' : weaknesses.join('; ')}`;
    return unknown.length === 0 ? `${head}.` : `${head}; unknown: ${unknown.join('; ')}.`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `LDC, LLDC and SIDS memberships are read on ${date}, ${source === 'option' ? 'the date asked for' : "the start of the plan's period"}.${
        uncertain.length === 0
          ? ''
          : ` Uncertain on that date and counted as members, since no graduation is assumed before it is decided: ${uncertain.join('; ')}.`
      }`,
    incomplete: (count, minimumShare) =>
      `${count} measure${count === 1 ? ' has' : 's have'} fewer than ${formatNumber(minimumShare * 100, 1)}% of the criteria measured and ${count === 1 ? 'is' : 'are'} listed apart as not enough data to rank.`,
    constant: (labels) =>
      `Every measure has the same value on ${labels.join(', ')}; VIKOR leaves ${labels.length === 1 ? 'that criterion' : 'those criteria'} out of S and R.`,
    inconsistent: (ratio, limit) =>
      `The AHP judgements are inconsistent: CR = ${ratio.toFixed(3)} is above ${limit}; review them.`,
    noValue: (label) => `No measure has a value for ${label}; it cannot change the order.`,
    filled: (count, fill) =>
      `${count} missing value${count === 1 ? ' was' : 's were'} filled with the ${fill === 'worst' ? 'worst value of the other measures' : 'median of the other measures'}; each is flagged.`,
    noRate: (currency, to, measures) =>
      `The scoring profile gives no exchange rate from ${currency} to ${to}, so the cost per beneficiary of ${measures} measure${measures === 1 ? '' : 's'} budgeted in ${currency} is missing; add it under \`currency.rates\`.`,
    spotisBounds: (labels) =>
      `SPOTIS bounds for ${labels.join(', ')} are the range the measures span, so adding a measure can move them.`,
  },
  scoreMeaning: Object.fromEntries(
    Object.entries(METHODS).map(([name, entry]) => [
      name,
      `${entry.scoreMeaning} Scores compare measures only within this run.`,
    ]),
  ) as Record<ScoringMethod, string>,
};
