import type { OfficialLanguage } from '../codes/languages.js';
import { OFFICIAL_LANGUAGES } from '../codes/languages.js';
import type { DomainTerms } from '../codes/terms/domain-terms.js';
import type { MessageCatalogue } from './catalogue.js';
import type { HealthWording } from './health/health-wording.js';

/**
 * Everything the SDK needs to speak one official ITU language: the wording of every finding, the
 * ITU terms of that language, and how `Intl` formats its numbers and dates.
 *
 * English is built in (`englishLocale`); each other language is its own entry point, so an
 * application carries only the languages it imports:
 * `import { fr } from '@itu-aicb/core/locales/fr'`. Pass the object as the `locale` option of the
 * validators; `@itu-aicb/scoring/locales/<tag>` extends it with the wording of prioritisation.
 *
 * @example
 * ```ts
 * declare const french: Locale;
 * declare const input: unknown;
 * const result = validateWorkPlan(input, { locale: french });
 * if (!result.ok) console.log(result.issues[0]?.message); // in French
 * ```
 */
export interface Locale {
  /** The ISO 639-1 code of the language. */
  readonly language: OfficialLanguage;
  /** The BCP 47 tag given to `Intl` (Arabic keeps Latin digits: `ar-u-nu-latn`). */
  readonly intl: string;
  /** The writing direction, for HTML `dir` and for isolating code and numbers in terminal output. */
  readonly direction: 'ltr' | 'rtl';
  /** The wording of every issue code. */
  readonly messages: MessageCatalogue;
  /** The names of ITU bodies, regions, pillars, statuses and member categories, with their sources. */
  readonly terms: DomainTerms;
  /** The words of plan health: state and signal names, and the sentences of the signals. */
  readonly health: HealthWording;
}

/**
 * Finds the language a tag or a POSIX locale names (`fr`, `fr-CH`, `zh_CN.UTF-8`, `ar_EG`) among
 * the locales an application imported.
 *
 * @param tag - A BCP 47 tag or a POSIX locale name, as in `LANG`; `C` and `POSIX` mean English.
 * @param locales - The locales to choose from.
 * @returns The locale of that language, or `undefined` when none of them speaks it.
 *
 * @example
 * ```ts
 * resolveLocale('en_GB.UTF-8', [englishLocale])?.language;
 * //=> 'en'
 * resolveLocale('de-CH', [englishLocale]);
 * //=> undefined
 * ```
 */
export function resolveLocale<L extends Locale>(tag: string, locales: readonly L[]): L | undefined {
  const language = languageOfTag(tag);
  return language === undefined
    ? undefined
    : locales.find((locale) => locale.language === language);
}

/**
 * The official ITU language a tag or a POSIX locale name names, if it names one.
 *
 * @param tag - A BCP 47 tag (`zh-Hans-CN`) or a POSIX locale name (`ru_RU.UTF-8`, `C`).
 * @returns The ISO 639-1 code, or `undefined` for any other language.
 *
 * @example
 * ```ts
 * languageOfTag('zh_CN.UTF-8');
 * //=> 'zh'
 * languageOfTag('C');
 * //=> 'en'
 * ```
 */
export function languageOfTag(tag: string): OfficialLanguage | undefined {
  const trimmed = tag.trim();
  if (trimmed === 'C' || trimmed === 'POSIX' || trimmed.startsWith('C.')) return 'en';
  const language = trimmed.split(/[-_.@]/)[0]?.toLowerCase() ?? '';
  return (OFFICIAL_LANGUAGES as readonly string[]).includes(language)
    ? (language as OfficialLanguage)
    : undefined;
}
