import { describe, expect, it } from 'vitest';
import { findCountry } from './countries.js';
import {
  ITU_OFFICES,
  ITU_OFFICES_SOURCE,
  ITU_OFFICE_TYPES,
  findItuOffice,
  isItuOfficeId,
} from './offices.js';
import { ITU_REGIONS } from './regions.js';

describe('ITU offices', () => {
  it('has unique kebab-case ids', () => {
    const ids = ITU_OFFICES.map((office) => office.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has exactly one regional office per ITU-D region', () => {
    const regional = ITU_OFFICES.filter((office) => office.type === 'regional');
    expect(regional.map((office) => office.region).sort()).toEqual([...ITU_REGIONS].sort());
  });

  it('places every office in a known country, in the region it serves', () => {
    for (const office of ITU_OFFICES) {
      expect(ITU_OFFICE_TYPES).toContain(office.type);
      expect(findCountry(office.country)?.ituRegion).toBe(office.region);
    }
  });

  it('marks the offices domain sources leave unconfirmed and says so in the source notes', () => {
    const unconfirmed = ITU_OFFICES.filter((office) => !office.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const office of unconfirmed) expect(ITU_OFFICES_SOURCE.notes).toContain(office.city);
    expect(unconfirmed.map((office) => office.id)).toEqual(['dakar', 'harare', 'yaounde']);
    expect(findItuOffice('jakarta')).toMatchObject({ confirmed: true, since: 1984 });
  });

  it('finds offices by id', () => {
    expect(findItuOffice('yaounde')?.city).toBe('Yaoundé');
    expect(findItuOffice('Yaounde')).toBeUndefined();
    expect(findItuOffice('')).toBeUndefined();
  });

  it('accepts office ids and rejects anything else', () => {
    expect(isItuOfficeId('addis-ababa')).toBe(true);
    for (const value of ['Addis Ababa', 'ADDIS-ABABA', 'BDT', '', null, undefined, 1]) {
      expect(isItuOfficeId(value)).toBe(false);
    }
  });
});
