import { ar as core } from '@itu-aicb/core/locales/ar';
import { arabicPrioritizeWording } from '../prioritize/wording/ar.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * Arabic: core's Arabic locale with the words of prioritisation in Arabic. Import it from its own entry, `@itu-aicb/scoring/locales/ar`; it also serves core's validators.
 *
 * @example
 * ```ts
 * ar.prioritize.criteria.risk;
 * //=> 'المخاطر'
 * ```
 */
export const ar: ScoringLocale = { ...core, prioritize: arabicPrioritizeWording };
