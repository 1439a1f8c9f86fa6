import { describe, expect, it } from 'vitest';
import { englishLocale, languageOfTag, resolveLocale, validateWorkPlan } from '@itu-aicb/core';
import { ar } from '@itu-aicb/core/locales/ar';
import { en } from '@itu-aicb/core/locales/en';
import { es } from '@itu-aicb/core/locales/es';
import { fr } from '@itu-aicb/core/locales/fr';
import { ru } from '@itu-aicb/core/locales/ru';
import { zh } from '@itu-aicb/core/locales/zh';

const ALL = [ar, en, es, fr, ru, zh];

describe('languageOfTag', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CH', 'fr'],
    ['FR_ca.UTF-8', 'fr'],
    ['zh-Hans-CN', 'zh'],
    ['ar_EG.UTF-8@latin', 'ar'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    [' ru_RU ', 'ru'],
  ])('%s is %s', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it.each(['de_DE.UTF-8', 'pt-BR', '', 'english'])('%s is no official language', (tag) => {
    expect(languageOfTag(tag)).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('picks the imported locale of the language, and nothing for one not imported', () => {
    expect(resolveLocale('es_MX.UTF-8', ALL)).toBe(es);
    expect(resolveLocale('zh_TW', [en, fr])).toBeUndefined();
  });
});

describe('locales', () => {
  it('each speaks its own language, right to left only in Arabic', () => {
    expect(ALL.map((locale) => locale.language)).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(ALL.filter((locale) => locale.direction === 'rtl')).toEqual([ar]);
    expect(englishLocale).toBe(en);
  });

  it('give validators findings in their language, with the same codes, paths and parameters', () => {
    const input = { kind: 'WorkPlan', schemaVersion: 1, titel: 'Plan' };
    const english = validateWorkPlan(input);
    expect(english.ok).toBe(false);
    if (english.ok) return;
    for (const locale of ALL) {
      const result = validateWorkPlan(input, { locale });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual(
        english.issues.map(({ code, path, params }) => ({ code, path, params })),
      );
      const messages = result.issues.map((issue) => issue.message);
      if (locale === en) expect(messages).toEqual(english.issues.map((issue) => issue.message));
      else expect(messages.filter((m) => english.issues.some((i) => i.message === m))).toEqual([]);
    }
  });

  it('formats numbers for the language, with Latin digits in Arabic', () => {
    const run = (locale: typeof en) =>
      locale.messages['text/too-large']({ size: 1234567, limit: 1000000, unit: 'bytes' }).message;
    expect(run(en)).toContain('1,234,567');
    expect(run(fr)).toMatch(/1\s234\s567/u);
    expect(run(ar)).toContain('1,234,567');
    expect(run(ar)).not.toMatch(/[\u0660-\u0669]/u);
  });
});
