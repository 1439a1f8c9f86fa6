import { describe, expect, it } from 'vitest';
import { OFFICIAL_LANGUAGES } from '@itu-aicb/core';
import { chooseLanguage, chooseLocale, chooseMessagesLocale } from './choose-locale.js';
import { UsageError } from '../usage-error.js';

describe('chooseLanguage', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG, then English', () => {
    expect(chooseLanguage('fr', { LC_ALL: 'ru_RU.UTF-8' }, 'validate')).toBe('fr');
    expect(chooseLanguage(undefined, { LC_ALL: 'ru_RU.UTF-8', LANG: 'es_ES' }, 'validate')).toBe(
      'ru',
    );
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'zh_CN', LANG: 'es_ES' }, 'validate')).toBe(
      'zh',
    );
    expect(chooseLanguage(undefined, { LC_ALL: '', LANG: 'ar_EG' }, 'validate')).toBe('ar');
    // The strongest variable that is set decides, even when it names no official language.
    expect(chooseLanguage(undefined, { LC_ALL: 'de_DE', LANG: 'fr_FR' }, 'validate')).toBe('en');
    expect(chooseLanguage(undefined, {}, 'validate')).toBe('en');
  });

  it('rejects a --lang that names no official language, naming the six', () => {
    expect(() => chooseLanguage('de', {}, 'validate')).toThrow(UsageError);
    expect(() => chooseLanguage('de', {}, 'validate')).toThrow(
      "unknown language 'de' (use one of ar, en, es, fr, ru, zh)",
    );
  });
});

describe('chooseMessagesLocale', () => {
  it.each([...OFFICIAL_LANGUAGES])(
    'loads the wording of findings in %s, and no more',
    async (tag) => {
      const messages = await chooseMessagesLocale(tag, {}, 'validate');
      const full = await chooseLocale(tag, {}, 'report');
      expect(messages.language).toBe(tag);
      // The same words as the full locale for findings, without the words of reports.
      expect(messages.messages).toBe(full.messages);
      expect(messages).not.toHaveProperty('report');
      expect(full).toHaveProperty('report');
    },
  );
});
