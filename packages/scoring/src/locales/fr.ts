import { fr as core } from '@itu-aicb/core/locales/fr';
import { frenchPrioritizeWording } from '../prioritize/wording/fr.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * French: core's French locale with the words of prioritisation in French. Import it from its own entry, `@itu-aicb/scoring/locales/fr`; it also serves core's validators.
 *
 * @example
 * ```ts
 * fr.prioritize.criteria.risk;
 * //=> 'Risque'
 * ```
 */
export const fr: ScoringLocale = { ...core, prioritize: frenchPrioritizeWording };
