/* eslint-disable @typescript-eslint/no-deprecated -- the tests check the deprecated flags kept for compatibility. */
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  COUNTRIES_SOURCE,
  countriesInRegion,
  countryName,
  findCountry,
  isCountryCode,
} from './countries.js';
import { UN_SHORT_NAMES_EN } from './country-names.js';
import { OFFICIAL_LANGUAGES } from './languages.js';
import { ITU_REGIONS, isItuRegion } from './regions.js';

const members = COUNTRIES.filter((country) => country.ituMember);
const count = (flag: 'ldc' | 'lldc' | 'sids'): number =>
  members.filter((country) => country[flag]).length;

describe('COUNTRIES', () => {
  it('has well-formed, unique alpha-3, alpha-2 and M49 codes', () => {
    for (const key of ['alpha3', 'alpha2', 'm49'] as const) {
      const codes = COUNTRIES.map((country) => country[key]);
      expect(new Set(codes).size).toBe(codes.length);
    }
    for (const country of COUNTRIES) {
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.m49).toMatch(/^\d{3}$/);
      expect(isItuRegion(country.ituRegion)).toBe(true);
    }
  });

  it('counts 194 ITU Member States, every one in an ITU-D region', () => {
    expect(members).toHaveLength(194);
    for (const region of ITU_REGIONS) {
      expect(members.some((country) => country.ituRegion === region)).toBe(true);
    }
  });

  it('counts 44 least developed, 32 landlocked developing and 37 small island developing Member States', () => {
    expect(count('ldc')).toBe(44);
    expect(count('lldc')).toBe(32);
    // 37 UN Member States: Bahrain left the UN-OHRLLS list in April 2023; Palau is an ITU member.
    expect(count('sids')).toBe(37);
  });

  it('flags only small island developing States among the non-members, except Palestine', () => {
    const others = COUNTRIES.filter((country) => !country.ituMember);
    expect(others.filter((country) => !country.sids).map((country) => country.alpha3)).toEqual([
      'PSE',
    ]);
    expect(others.every((country) => !country.ldc && !country.lldc)).toBe(true);
  });

  it('no longer counts Bhutan or São Tomé and Príncipe as LDCs, and keeps their graduation date', () => {
    for (const alpha3 of ['BTN', 'STP']) {
      const country = findCountry(alpha3);
      expect(country?.ldc).toBe(false);
      expect(country?.ldcGraduation).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
    }
  });

  it('gives graduation dates as valid ISO dates, and only to current or former LDCs', () => {
    for (const country of COUNTRIES) {
      if (country.ldcGraduation === undefined) continue;
      expect(country.ldcGraduation).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${country.ldcGraduation}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
        country.ldcGraduation,
      );
      expect(country.ituMember).toBe(true);
    }
  });

  it('agrees with the runtime on which alpha-2 codes are regions', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const country of COUNTRIES) expect(names.of(country.alpha2)).toBeDefined();
  });

  it('names its source and as-of date', () => {
    expect(COUNTRIES_SOURCE.source).not.toBe('');
    expect(COUNTRIES_SOURCE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('findCountry', () => {
  it('finds every country by its own alpha-3 code', () => {
    for (const country of COUNTRIES) expect(findCountry(country.alpha3)).toBe(country);
  });

  it('returns undefined for unknown or wrongly cased codes', () => {
    for (const code of ['ken', 'XKX', 'KE', '404', '']) expect(findCountry(code)).toBeUndefined();
  });
});

describe('isCountryCode', () => {
  it('accepts known alpha-3 codes and rejects anything else', () => {
    expect(isCountryCode('VAT')).toBe(true);
    for (const value of ['vat', 'VA', 'XYZ', '336', '', null, undefined, 336, {}]) {
      expect(isCountryCode(value)).toBe(false);
    }
  });
});

describe('countryName', () => {
  it('resolves every country to a name in all six official languages', () => {
    for (const language of OFFICIAL_LANGUAGES) {
      for (const country of COUNTRIES) {
        const name = countryName(country.alpha3, language);
        expect(name, `${country.alpha3} in ${language}`).not.toBe(country.alpha3);
        expect(name).not.toBe(country.alpha2);
        expect(name.trim()).not.toBe('');
      }
    }
  });

  it('uses English by default and the requested language otherwise', () => {
    expect(countryName('DEU')).toBe('Germany');
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
  });

  it('gives the UN short name in English, whatever the runtime calls the country', () => {
    expect(countryName('PSE')).toBe('State of Palestine');
    expect(countryName('COD')).toBe('Democratic Republic of the Congo');
    expect(countryName('COG')).toBe('Congo');
    expect(countryName('MMR', 'en-GB')).toBe('Myanmar');
    expect(countryName('CPV')).toBe('Cabo Verde');
    expect(countryName('VAT')).toBe('Holy See');
    expect(countryName('TUR')).toBe('Türkiye');
    expect(countryName('CIV')).toBe("Côte d'Ivoire");
  });

  it('has a UN short name for every country, and only for them', () => {
    expect(Object.keys(UN_SHORT_NAMES_EN).sort()).toEqual(
      COUNTRIES.map((country) => country.alpha3).sort(),
    );
    for (const country of COUNTRIES) {
      expect(countryName(country.alpha3)).toBe(UN_SHORT_NAMES_EN[country.alpha3]);
    }
  });

  it('keeps the runtime names in the other official languages', () => {
    const names = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });
    for (const country of COUNTRIES) {
      expect(countryName(country.alpha3, 'fr')).toBe(names.of(country.alpha2));
    }
  });

  it('falls back to the code itself for an unknown country', () => {
    expect(countryName('XYZ')).toBe('XYZ');
    expect(countryName('deu', 'fr')).toBe('deu');
  });
});

describe('countriesInRegion', () => {
  it('splits the table into the six regions without loss', () => {
    const total = ITU_REGIONS.reduce((sum, region) => sum + countriesInRegion(region).length, 0);
    expect(total).toBe(COUNTRIES.length);
  });

  it('returns only countries of the requested region', () => {
    for (const country of countriesInRegion('ARB')) expect(country.ituRegion).toBe('ARB');
    expect(countriesInRegion('CIS').map((country) => country.alpha3)).toContain('KAZ');
  });
});
