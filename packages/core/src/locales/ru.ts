import { russianTerms } from '../codes/terms/ru.js';
import { ru as messages } from '../messages/ru.js';
import { russianHealth } from '../messages/health/ru.js';
import type { Locale } from '../messages/locale.js';

/**
 * Russian: the wording of every finding and the ITU terms in Russian. Import it from its own entry, `@itu-aicb/core/locales/ru`, so that applications that do not use it do not carry it.
 *
 * @example
 * ```ts
 * ru.messages['text/empty']({}).message;
 * //=> 'Файл пуст.'
 * ```
 */
export const ru: Locale = {
  language: 'ru',
  intl: 'ru',
  direction: 'ltr',
  messages,
  health: russianHealth,
  terms: russianTerms,
};
