import { es as core } from '@itu-aicb/core/locales/es';
import { spanishPrioritizeWording } from '../prioritize/wording/es.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * Spanish: core's Spanish locale with the words of prioritisation in Spanish. Import it from its own entry, `@itu-aicb/scoring/locales/es`; it also serves core's validators.
 *
 * @example
 * ```ts
 * es.prioritize.criteria.risk;
 * //=> 'Riesgo'
 * ```
 */
export const es: ScoringLocale = { ...core, prioritize: spanishPrioritizeWording };
