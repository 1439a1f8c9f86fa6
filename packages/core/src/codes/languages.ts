import type { CodeListSource } from './code-list-source.js';

/**
 * The six official languages of ITU, as ISO 639-1 codes.
 *
 * @example
 * ```ts
 * OFFICIAL_LANGUAGES;
 * //=> ['ar', 'en', 'es', 'fr', 'ru', 'zh']
 * ```
 */
export const OFFICIAL_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/**
 * The ISO 639-1 code of one official ITU language.
 *
 * @example
 * ```ts
 * const language: OfficialLanguage = 'fr';
 * ```
 */
export type OfficialLanguage = (typeof OFFICIAL_LANGUAGES)[number];

/**
 * English names of the official languages.
 *
 * @example
 * ```ts
 * OFFICIAL_LANGUAGE_LABELS.zh;
 * //=> 'Chinese'
 * ```
 */
export const OFFICIAL_LANGUAGE_LABELS: Readonly<Record<OfficialLanguage, string>> = {
  ar: 'Arabic',
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  ru: 'Russian',
  zh: 'Chinese',
};

/**
 * The name of each official language in that language, for language pickers.
 *
 * @example
 * ```ts
 * OFFICIAL_LANGUAGE_ENDONYMS.es;
 * //=> 'Español'
 * ```
 */
export const OFFICIAL_LANGUAGE_ENDONYMS: Readonly<Record<OfficialLanguage, string>> = {
  ar: 'العربية',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ru: 'Русский',
  zh: '中文',
};

/**
 * Where the official languages come from.
 *
 * @example
 * ```ts
 * OFFICIAL_LANGUAGES_SOURCE.source;
 * //=> 'ITU Constitution Article 29 and Resolution 154 (Rev. Bucharest, 2022)'
 * ```
 */
export const OFFICIAL_LANGUAGES_SOURCE: CodeListSource = {
  source: 'ITU Constitution Article 29 and Resolution 154 (Rev. Bucharest, 2022)',
  asOf: '2025-07',
};

/**
 * Tells whether a value is the code of an official ITU language (lower case).
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the six codes, with the type narrowed.
 *
 * @example
 * ```ts
 * isOfficialLanguage('ru');
 * //=> true
 * isOfficialLanguage('de');
 * //=> false
 * ```
 */
export function isOfficialLanguage(value: unknown): value is OfficialLanguage {
  return (OFFICIAL_LANGUAGES as readonly unknown[]).includes(value);
}
