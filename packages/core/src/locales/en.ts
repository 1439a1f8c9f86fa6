import { englishTerms } from '../codes/terms/en.js';
import { en as messages } from '../messages/en.js';
import { englishHealth } from '../messages/health/en.js';
import type { Locale } from '../messages/locale.js';

/**
 * English: the wording of every finding and the ITU terms in English. It is the default, and the package face exports it as `englishLocale`.
 *
 * @example
 * ```ts
 * englishLocale.messages['text/empty']({}).message;
 * //=> 'The file is empty.'
 * ```
 */
export const en: Locale = {
  language: 'en',
  intl: 'en',
  direction: 'ltr',
  messages,
  health: englishHealth,
  terms: englishTerms,
};
