import { describe, expect, it } from 'vitest';
import {
  OFFICIAL_LANGUAGES,
  OFFICIAL_LANGUAGES_SOURCE,
  OFFICIAL_LANGUAGE_ENDONYMS,
  OFFICIAL_LANGUAGE_LABELS,
  isOfficialLanguage,
} from './languages.js';

describe('official languages', () => {
  it('has six two-letter codes, no duplicates, and a label and endonym for each', () => {
    expect(new Set(OFFICIAL_LANGUAGES).size).toBe(6);
    for (const language of OFFICIAL_LANGUAGES) {
      expect(language).toMatch(/^[a-z]{2}$/);
      expect(OFFICIAL_LANGUAGE_LABELS[language].trim()).not.toBe('');
      expect(OFFICIAL_LANGUAGE_ENDONYMS[language].trim()).not.toBe('');
    }
  });

  it('labels each language as the runtime names it in English', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const language of OFFICIAL_LANGUAGES) {
      expect(OFFICIAL_LANGUAGE_LABELS[language]).toBe(names.of(language));
    }
  });

  it('accepts the language codes and rejects anything else', () => {
    expect(isOfficialLanguage('zh')).toBe(true);
    for (const value of ['ZH', 'zh-CN', 'de', 'english', '', null, undefined, 1]) {
      expect(isOfficialLanguage(value)).toBe(false);
    }
  });

  it('names its source and as-of date', () => {
    expect(OFFICIAL_LANGUAGES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
