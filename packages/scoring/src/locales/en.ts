import { en as core } from '@itu-aicb/core/locales/en';
import { englishPrioritizeWording } from '../prioritize/wording/prioritize-wording.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * English: core's English locale with the words of prioritisation in English. It is the default, and the package face exports it as `englishScoringLocale`.
 *
 * @example
 * ```ts
 * englishScoringLocale.prioritize.criteria.risk;
 * //=> 'Risk'
 * ```
 */
export const en: ScoringLocale = { ...core, prioritize: englishPrioritizeWording };
