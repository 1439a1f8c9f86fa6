import { spanishTerms } from '../codes/terms/es.js';
import { es as messages } from '../messages/es.js';
import { spanishHealth } from '../messages/health/es.js';
import type { Locale } from '../messages/locale.js';

/**
 * Spanish: the wording of every finding and the ITU terms in Spanish. Import it from its own entry, `@itu-aicb/core/locales/es`, so that applications that do not use it do not carry it.
 *
 * @example
 * ```ts
 * es.messages['text/empty']({}).message;
 * //=> 'El archivo está vacío.'
 * ```
 */
export const es: Locale = {
  language: 'es',
  intl: 'es',
  direction: 'ltr',
  messages,
  health: spanishHealth,
  terms: spanishTerms,
};
