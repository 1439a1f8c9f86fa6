import type { OfficialLanguage } from '../codes/languages.js';

/**
 * A document's text in the language asked for, or in English where it has no such translation.
 *
 * @example
 * ```ts
 * const picked: PickedText = { text: 'Former 200 agents', language: 'fr', fallback: false };
 * ```
 */
export interface PickedText {
  /** The text. */
  readonly text: string;
  /** The language the text is in. */
  readonly language: OfficialLanguage;
  /** Whether the document had no text in the language asked for, so that English is shown. */
  readonly fallback: boolean;
}

/**
 * Picks a localized text field's wording in one official language, falling back to English (which
 * every localized field has) and saying so.
 *
 * @param text - A localized text field as validated: `{ en, fr?, ... }`.
 * @param language - The language wanted.
 * @returns The text with the language it is in and whether it fell back.
 *
 * @example
 * ```ts
 * pickText({ en: 'Train 200 officials', fr: 'Former 200 agents' }, 'fr').text;
 * //=> 'Former 200 agents'
 * pickText({ en: 'Train 200 officials' }, 'ar').fallback;
 * //=> true
 * ```
 */
export function pickText(
  text: { readonly en: string } & { readonly [L in OfficialLanguage]?: string | undefined },
  language: OfficialLanguage,
): PickedText {
  const own = text[language];
  return own !== undefined && own.trim() !== ''
    ? { text: own, language, fallback: false }
    : { text: text.en, language: 'en', fallback: language !== 'en' };
}
