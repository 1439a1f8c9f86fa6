import { chineseTerms } from '../codes/terms/zh.js';
import { zh as messages } from '../messages/zh.js';
import { chineseHealth } from '../messages/health/zh.js';
import type { Locale } from '../messages/locale.js';

/**
 * Chinese: the wording of every finding and the ITU terms in Chinese. Import it from its own entry, `@itu-aicb/core/locales/zh`, so that applications that do not use it do not carry it.
 *
 * @example
 * ```ts
 * zh.messages['text/empty']({}).message;
 * //=> '文件为空。'
 * ```
 */
export const zh: Locale = {
  language: 'zh',
  intl: 'zh',
  direction: 'ltr',
  messages,
  health: chineseHealth,
  terms: chineseTerms,
};
