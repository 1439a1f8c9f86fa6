import type { Locale } from '@itu-aicb/core';
import type { PrioritizeWording } from './prioritize-wording.js';

/**
 * A core locale with the words of prioritisation: one object serves the validators of
 * `@itu-aicb/core` and `prioritizeMeasures`. Import one per language from its own entry,
 * `@itu-aicb/scoring/locales/<tag>`; English is the default and is `englishScoringLocale`.
 *
 * @example
 * ```ts
 * declare const french: ScoringLocale;
 * declare const plan: WorkPlan;
 * declare const profile: ScoringProfile;
 * prioritizeMeasures({ plan, profile, locale: french }).ranking[0]?.reason; // in French
 * ```
 */
export interface ScoringLocale extends Locale {
  /** The words of prioritisation in the locale's language. */
  readonly prioritize: PrioritizeWording;
}
