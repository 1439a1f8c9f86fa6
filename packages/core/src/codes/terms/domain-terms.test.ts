import { describe, expect, it } from 'vitest';
import { BUREAUS, ITU_REGIONS, PILLARS, termKeys, unconfirmedTerms } from '@itu-aicb/core';
import { ar } from '@itu-aicb/core/locales/ar';
import { en } from '@itu-aicb/core/locales/en';
import { es } from '@itu-aicb/core/locales/es';
import { fr } from '@itu-aicb/core/locales/fr';
import { ru } from '@itu-aicb/core/locales/ru';
import { zh } from '@itu-aicb/core/locales/zh';

const ALL = [ar, en, es, fr, ru, zh];

describe('ITU terms per language', () => {
  it('name every bureau, region and pillar in every language, each differently from English but codes', () => {
    for (const { language, terms } of ALL) {
      expect(Object.keys(terms.bureaus).sort(), language).toEqual([...BUREAUS].sort());
      expect(Object.keys(terms.regions).sort(), language).toEqual([...ITU_REGIONS].sort());
      expect(Object.keys(terms.pillars).sort(), language).toEqual([...PILLARS].sort());
      if (language !== 'en') {
        expect(terms.bureaus.BDT, language).not.toBe(en.terms.bureaus.BDT);
        expect(terms.regions.ARB, language).not.toBe(en.terms.regions.ARB);
      }
    }
  });

  it('cite only terms that exist, each source with a date', () => {
    for (const { language, terms } of ALL) {
      const keys = termKeys(terms);
      for (const source of terms.sources) {
        expect(source.asOf, language).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(
          source.terms.filter((key) => !keys.includes(key)),
          language,
        ).toEqual([]);
      }
    }
  });

  it('mark as unconfirmed what no source confirms, and nothing in English', () => {
    expect(unconfirmedTerms(en.terms)).toEqual([]);
    expect(unconfirmedTerms(fr.terms)).not.toContain('bureaus.BDT');
    expect(unconfirmedTerms(fr.terms)).toContain('regions.ARB');
    expect(unconfirmedTerms(ru.terms)).toEqual(termKeys(ru.terms));
    expect(unconfirmedTerms(es.terms)).not.toContain('bureaus.TSB');
  });
});
