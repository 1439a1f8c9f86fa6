import { frenchTerms } from '../codes/terms/fr.js';
import { fr as messages } from '../messages/fr.js';
import { frenchHealth } from '../messages/health/fr.js';
import type { Locale } from '../messages/locale.js';

/**
 * French: the wording of every finding and the ITU terms in French. Import it from its own entry, `@itu-aicb/core/locales/fr`, so that applications that do not use it do not carry it.
 *
 * @example
 * ```ts
 * fr.messages['text/empty']({}).message;
 * //=> 'Le fichier est vide.'
 * ```
 */
export const fr: Locale = {
  language: 'fr',
  intl: 'fr',
  direction: 'ltr',
  messages,
  health: frenchHealth,
  terms: frenchTerms,
};
