import { ru as core } from '@itu-aicb/core/locales/ru';
import { russianPrioritizeWording } from '../prioritize/wording/ru.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * Russian: core's Russian locale with the words of prioritisation in Russian. Import it from its own entry, `@itu-aicb/scoring/locales/ru`; it also serves core's validators.
 *
 * @example
 * ```ts
 * ru.prioritize.criteria.risk;
 * //=> 'Риск'
 * ```
 */
export const ru: ScoringLocale = { ...core, prioritize: russianPrioritizeWording };
