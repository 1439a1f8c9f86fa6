import { arabicTerms } from '../codes/terms/ar.js';
import { ar as messages } from '../messages/ar.js';
import { arabicHealth } from '../messages/health/ar.js';
import type { Locale } from '../messages/locale.js';

/**
 * Arabic: the wording of every finding and the ITU terms in Arabic. Import it from its own entry, `@itu-aicb/core/locales/ar`, so that applications that do not use it do not carry it.
 *
 * @example
 * ```ts
 * ar.messages['text/empty']({}).message;
 * //=> 'الملف فارغ.'
 * ```
 */
export const ar: Locale = {
  language: 'ar',
  intl: 'ar-u-nu-latn',
  direction: 'rtl',
  messages,
  health: arabicHealth,
  terms: arabicTerms,
};
