import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  COUNTRIES_SOURCE,
  COUNTRY_GROUPS,
  COUNTRY_GROUP_EVENTS,
  COUNTRY_GROUP_SOURCES,
  countryGroupEvents,
  countryGroupMembersOn,
  countryGroupsOn,
  findCountry,
  isInCountryGroup,
} from '@itu-aicb/core';
import type { CountryGroup, CountryGroupMembership } from '@itu-aicb/core';

type Expected = readonly [
  date: string,
  status: CountryGroupMembership['status'],
  uncertainty?: CountryGroupMembership['uncertainty'],
];

/** Each case: a country and group, and the answers on dates before, on and after its events. */
const cases: readonly (readonly [string, CountryGroup, readonly Expected[]])[] = [
  // Scheduled for 2026-11-24; deferral asked, CDP recommended 2029-11-24, GA decision unverified.
  [
    'BGD',
    'ldc',
    [
      ['2026-11-23', 'member'],
      ['2026-12-01', 'uncertain', 'outcome-pending'],
      ['2030-01-01', 'uncertain', 'unconfirmed-event'],
    ],
  ],
  // Scheduled for 2026-11-24; whether it took place is unverified.
  [
    'LAO',
    'ldc',
    [
      ['2026-11-23', 'member'],
      ['2026-11-24', 'uncertain', 'outcome-pending'],
      ['2026-12-01', 'uncertain', 'outcome-pending'],
    ],
  ],
  // Scheduled for 2026-11-24; Nepal announced a deferral request.
  [
    'NPL',
    'ldc',
    [
      ['2026-11-23', 'member'],
      ['2026-12-01', 'uncertain', 'outcome-pending'],
    ],
  ],
  [
    'SLB',
    'ldc',
    [
      ['2027-12-12', 'member'],
      ['2027-12-13', 'uncertain', 'outcome-pending'],
    ],
  ],
  // About December 2029: the day is not recorded.
  [
    'KHM',
    'ldc',
    [
      ['2029-11-30', 'member'],
      ['2029-12-15', 'uncertain', 'within-event-period'],
      ['2030-01-01', 'uncertain', 'outcome-pending'],
    ],
  ],
  [
    'SEN',
    'ldc',
    [
      ['2029-11-30', 'member'],
      ['2029-12-15', 'uncertain', 'within-event-period'],
      ['2030-01-01', 'uncertain', 'outcome-pending'],
    ],
  ],
  [
    'BTN',
    'ldc',
    [
      ['2023-12-12', 'member'],
      ['2023-12-13', 'not-member'],
      ['2026-12-01', 'not-member'],
    ],
  ],
  [
    'STP',
    'ldc',
    [
      ['2024-12-12', 'member'],
      ['2024-12-13', 'not-member'],
      ['2026-12-01', 'not-member'],
    ],
  ],
  // Deferred: still on the list before and after the decision.
  [
    'DJI',
    'ldc',
    [
      ['2023-06-01', 'member'],
      ['2026-12-01', 'member'],
    ],
  ],
  [
    'KIR',
    'ldc',
    [
      ['2023-06-01', 'member'],
      ['2026-12-01', 'member'],
    ],
  ],
  [
    'TUV',
    'ldc',
    [
      ['2023-06-01', 'member'],
      ['2026-12-01', 'member'],
    ],
  ],
  [
    'AGO',
    'ldc',
    [
      ['2022-06-01', 'member'],
      ['2026-12-01', 'member'],
    ],
  ],
  // Graduated before the record starts: settled by the event.
  [
    'CPV',
    'ldc',
    [
      ['2007-12-19', 'uncertain', 'before-record'],
      ['2010-01-01', 'not-member'],
    ],
  ],
  ['BGD', 'ldc', [['2019-01-01', 'uncertain', 'before-record']]],
  // Bahrain left the UN-OHRLLS SIDS list in April 2023 (day not recorded).
  [
    'BHR',
    'sids',
    [
      ['2023-03-31', 'member'],
      ['2023-04-15', 'uncertain', 'within-event-period'],
      ['2023-05-01', 'not-member'],
    ],
  ],
  ['COK', 'sids', [['2026-12-01', 'member']]],
  ['NIU', 'sids', [['2026-12-01', 'member']]],
  [
    'PLW',
    'itu-member',
    [
      ['2024-09-18', 'not-member'],
      ['2024-09-19', 'member'],
    ],
  ],
  ['PSE', 'itu-member', [['2026-12-01', 'not-member']]],
  ['NPL', 'lldc', [['2026-12-01', 'member']]],
];

describe('isInCountryGroup', () => {
  it.each(cases)('%s in %s', (country, group, expected) => {
    for (const [date, status, uncertainty] of expected) {
      const answer = isInCountryGroup(country, group, date);
      expect([date, answer.status, answer.uncertainty]).toEqual([date, status, uncertainty]);
      expect(answer.verified).toBe(status !== 'uncertain');
    }
  });

  it('gives the events the answer rests on, with their status and source', () => {
    const answer = isInCountryGroup('BGD', 'ldc', '2026-12-01');
    expect(answer.events.map((event) => [event.kind, event.date, event.status])).toEqual([
      ['listed', '2021-01-01', undefined],
      ['graduation', '2026-11-24', 'deferral-requested'],
    ]);
    expect(isInCountryGroup('BGD', 'ldc', '2030-01-01').events.at(-1)?.confirmed).toBe(false);
  });

  it('is uncertain about a code that is not a country', () => {
    expect(isInCountryGroup('XYZ', 'ldc', '2026-01-01')).toMatchObject({
      status: 'uncertain',
      uncertainty: 'unknown-country',
      verified: false,
    });
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    for (const date of ['2026-02-30', '2026-1-1', '2026-12', '', '01/12/2026']) {
      expect(() => isInCountryGroup('NPL', 'ldc', date)).toThrow(RangeError);
    }
  });
});

describe('countryGroupMembersOn', () => {
  const unMembers = (codes: readonly string[]): string[] =>
    codes.filter(
      (code) =>
        code !== 'VAT' && isInCountryGroup(code, 'itu-member', '2025-01-01').status === 'member',
    );

  it('counts the LDCs before and after each graduation', () => {
    expect(countryGroupMembersOn('ldc', '2021-06-01').members).toHaveLength(46);
    expect(countryGroupMembersOn('ldc', '2024-01-01').members).toHaveLength(45);
    expect(countryGroupMembersOn('ldc', '2025-06-01').members).toHaveLength(44);
    const after = countryGroupMembersOn('ldc', '2026-12-01');
    expect(after.members).toHaveLength(41);
    expect(after.uncertain).toEqual(['BGD', 'LAO', 'NPL']);
  });

  it('counts 32 LLDCs, and 37 UN Member States among the SIDS after Bahrain left', () => {
    expect(countryGroupMembersOn('lldc', '2026-12-01').members).toHaveLength(32);
    expect(unMembers(countryGroupMembersOn('sids', '2023-01-01').members)).toHaveLength(38);
    const sids = countryGroupMembersOn('sids', '2023-05-01').members;
    expect(unMembers(sids)).toHaveLength(37);
    expect(sids).toEqual(expect.arrayContaining(['COK', 'NIU']));
  });

  it('counts 193 ITU Member States before Palau joined and 194 after', () => {
    expect(countryGroupMembersOn('itu-member', '2024-09-18').members).toHaveLength(193);
    expect(countryGroupMembersOn('itu-member', '2024-09-19').members).toHaveLength(194);
  });
});

describe('countryGroupsOn', () => {
  it('answers every group at once', () => {
    const groups = countryGroupsOn('STP', '2025-01-01');
    expect(Object.keys(groups)).toEqual([...COUNTRY_GROUPS]);
    expect(groups.ldc.status).toBe('not-member');
    expect(groups.sids.status).toBe('member');
    expect(groups.lldc.status).toBe('not-member');
    expect(groups['itu-member'].status).toBe('member');
  });
});

describe('COUNTRY_GROUP_EVENTS', () => {
  it('speaks only of known countries, with well-formed dates, a source and a graduation status', () => {
    for (const event of COUNTRY_GROUP_EVENTS) {
      expect(findCountry(event.country), event.country).toBeDefined();
      expect(event.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(event.source.trim()).not.toBe('');
      expect(event.status !== undefined).toBe(event.kind === 'graduation');
    }
  });

  it('lists each country at most once per group when the record starts', () => {
    const listed = COUNTRY_GROUP_EVENTS.filter((event) => event.kind === 'listed');
    const keys = listed.map((event) => `${event.country}/${event.group}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const event of listed)
      expect(event.date).toBe(COUNTRY_GROUP_SOURCES[event.group].recordStart);
  });

  it('gives a country its events oldest first', () => {
    const dates = countryGroupEvents('BGD').map((event) => event.date);
    expect(countryGroupEvents('BGD', 'ldc').map((event) => event.date)).toEqual([
      '2021-01-01',
      '2026-11-24',
      '2029-11-24',
    ]);
    expect(dates.length).toBeGreaterThan(3);
    expect(countryGroupEvents('XYZ')).toEqual([]);
  });
});

describe('the deprecated flags of COUNTRIES', () => {
  it('agree with the dated answers on the as-of date of the country table', () => {
    const flag = { ldc: 'ldc', lldc: 'lldc', sids: 'sids', 'itu-member': 'ituMember' } as const;
    for (const country of COUNTRIES) {
      for (const group of COUNTRY_GROUPS) {
        const answer = isInCountryGroup(country.alpha3, group, COUNTRIES_SOURCE.asOf);
        expect(answer.status, `${country.alpha3} ${group}`).not.toBe('uncertain');
        expect(country[flag[group]], `${country.alpha3} ${group}`).toBe(answer.status === 'member');
      }
    }
  });
});
