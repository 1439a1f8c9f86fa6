import { zh as core } from '@itu-aicb/core/locales/zh';
import { chinesePrioritizeWording } from '../prioritize/wording/zh.js';
import type { ScoringLocale } from '../prioritize/wording/scoring-locale.js';

/**
 * Chinese: core's Chinese locale with the words of prioritisation in Chinese. Import it from its own entry, `@itu-aicb/scoring/locales/zh`; it also serves core's validators.
 *
 * @example
 * ```ts
 * zh.prioritize.criteria.risk;
 * //=> '风险'
 * ```
 */
export const zh: ScoringLocale = { ...core, prioritize: chinesePrioritizeWording };
