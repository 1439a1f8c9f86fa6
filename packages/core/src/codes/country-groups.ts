import type { CodeListSource } from './code-list-source.js';
import { COUNTRIES, findCountry } from './countries.js';

/**
 * The country groups the SDK answers membership questions about: the UN least developed
 * countries, landlocked developing countries and small island developing States (UN-OHRLLS
 * list), and the ITU Member States.
 *
 * @example
 * ```ts
 * COUNTRY_GROUPS;
 * //=> ['ldc', 'lldc', 'sids', 'itu-member']
 * ```
 */
export const COUNTRY_GROUPS = ['ldc', 'lldc', 'sids', 'itu-member'] as const;

/**
 * One country group.
 *
 * @example
 * ```ts
 * const group: CountryGroup = 'sids';
 * ```
 */
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/**
 * What happens to a country's place in a group: on the list when the record starts (`listed`),
 * added later (`inclusion`), a graduation from the LDC category, or removed from a list
 * (`removal`).
 *
 * @example
 * ```ts
 * COUNTRY_GROUP_EVENT_KINDS;
 * //=> ['listed', 'inclusion', 'graduation', 'removal']
 * ```
 */
export const COUNTRY_GROUP_EVENT_KINDS = ['listed', 'inclusion', 'graduation', 'removal'] as const;

/**
 * The kind of a country group event.
 *
 * @example
 * ```ts
 * const kind: CountryGroupEventKind = 'graduation';
 * ```
 */
export type CountryGroupEventKind = (typeof COUNTRY_GROUP_EVENT_KINDS)[number];

/**
 * Where a graduation stands: set for a date (`scheduled`), a deferral asked for and not yet
 * decided (`deferral-requested`), the decision to graduate put off (`deferred`), or done
 * (`graduated`).
 *
 * @example
 * ```ts
 * GRADUATION_STATUSES;
 * //=> ['scheduled', 'deferral-requested', 'deferred', 'graduated']
 * ```
 */
export const GRADUATION_STATUSES = [
  'scheduled',
  'deferral-requested',
  'deferred',
  'graduated',
] as const;

/**
 * The status of a graduation event.
 *
 * @example
 * ```ts
 * const status: GraduationStatus = 'deferral-requested';
 * ```
 */
export type GraduationStatus = (typeof GRADUATION_STATUSES)[number];

/**
 * One dated fact about a country's place in a group, with the decision behind it, its source and
 * whether it is confirmed by an official text.
 *
 * @example
 * ```ts
 * const event: CountryGroupEvent = {
 *   country: 'STP',
 *   group: 'ldc',
 *   kind: 'graduation',
 *   date: '2024-12-13',
 *   status: 'graduated',
 *   source: 'UN DESA, LDC data: graduated countries',
 *   confirmed: true,
 * };
 * ```
 */
export interface CountryGroupEvent {
  /** The country's ISO 3166-1 alpha-3 code. */
  readonly country: string;
  /** The group the event is about. */
  readonly group: CountryGroup;
  /** What happens. */
  readonly kind: CountryGroupEventKind;
  /**
   * When it happens: an ISO date (`YYYY-MM-DD`), or a month (`YYYY-MM`) or a year (`YYYY`) when
   * the source gives no day; for `listed`, the date the record of the group starts.
   */
  readonly date: string;
  /** For a graduation: where it stands. */
  readonly status?: GraduationStatus;
  /** The decision that set the event, as the body writes it. */
  readonly decision?: string;
  /** Where the event is recorded, in words a reader can look up. */
  readonly source: string;
  /** `false` while no official text confirms the event as recorded. */
  readonly confirmed: boolean;
  /** What the source says beyond the fields, and what remains to check. */
  readonly note?: string;
}

/**
 * Where each group's list comes from and the date from which the event table records it: before
 * that date, membership is answered only where an event settles it.
 *
 * @example
 * ```ts
 * COUNTRY_GROUP_SOURCES.sids.recordStart;
 * //=> '2023-01-01'
 * ```
 */
export const COUNTRY_GROUP_SOURCES: Readonly<
  Record<CountryGroup, CodeListSource & { readonly recordStart: string }>
> = {
  ldc: {
    source:
      'UN DESA / Committee for Development Policy (CDP), list of least developed countries and LDC data on graduation; General Assembly and ECOSOC resolutions',
    asOf: '2026-11-30',
    recordStart: '2021-01-01',
    notes:
      'The record starts with the 46 LDCs on 1 January 2021 (after Vanuatu graduated on 2020-12-04); 44 since São Tomé and Príncipe graduated on 2024-12-13. Earlier graduations are kept as events. Zambia is no longer eligible for graduation (no event).',
  },
  lldc: {
    source: 'UN-OHRLLS, list of landlocked developing countries',
    asOf: '2026-11-30',
    recordStart: '2021-01-01',
    notes: '32 countries; no change recorded since the record starts.',
  },
  sids: {
    source: 'UN-OHRLLS, list of small island developing States',
    asOf: '2026-11-30',
    recordStart: '2023-01-01',
    notes:
      'UN-OHRLLS list: 37 UN Member States since Bahrain left at its own request in April 2023, the Cook Islands and Niue ("39 States"), and 18 associate members of UN regional commissions. The UN M49 SIDS column differs for non-UN members; it is not tabulated here until checked against the current M49 release.',
  },
  'itu-member': {
    source: 'ITU, list of Member States; ITU press release on the accession of Palau (2024)',
    asOf: '2026-11-30',
    recordStart: '2024-01-01',
    notes:
      '194 Member States since Palau joined on 2024-09-19: the 193 UN Member States and the Holy See. The State of Palestine takes part as an observer.',
  },
};

const LDC_DECISION_2026 = 'General Assembly resolution of 24 November 2021 (draft A/76/L.6/Rev.1)';
const LDC_SOURCE = 'UN DESA, LDC data: graduation of Bangladesh, Lao PDR and Nepal';
const GRADUATED_SOURCE = 'UN DESA, LDC data: graduated countries';

/** Countries on each list on its record start date. */
// prettier-ignore
const LISTED: Readonly<Record<CountryGroup, readonly string[]>> = {
  ldc: [
    'AFG', 'AGO', 'BDI', 'BEN', 'BFA', 'BGD', 'BTN', 'CAF', 'COD', 'COM', 'DJI', 'ERI', 'ETH',
    'GIN', 'GMB', 'GNB', 'HTI', 'KHM', 'KIR', 'LAO', 'LBR', 'LSO', 'MDG', 'MLI', 'MMR', 'MOZ',
    'MRT', 'MWI', 'NER', 'NPL', 'RWA', 'SDN', 'SEN', 'SLB', 'SLE', 'SOM', 'SSD', 'STP', 'TCD',
    'TGO', 'TLS', 'TUV', 'TZA', 'UGA', 'YEM', 'ZMB',
  ],
  lldc: [
    'AFG', 'ARM', 'AZE', 'BDI', 'BFA', 'BOL', 'BTN', 'BWA', 'CAF', 'ETH', 'KAZ', 'KGZ', 'LAO',
    'LSO', 'MDA', 'MKD', 'MLI', 'MNG', 'MWI', 'NER', 'NPL', 'PRY', 'RWA', 'SSD', 'SWZ', 'TCD',
    'TJK', 'TKM', 'UGA', 'UZB', 'ZMB', 'ZWE',
  ],
  sids: [
    // UN Member States, Bahrain included until April 2023.
    'ATG', 'BHR', 'BHS', 'BLZ', 'BRB', 'COM', 'CPV', 'CUB', 'DMA', 'DOM', 'FJI', 'FSM', 'GNB',
    'GRD', 'GUY', 'HTI', 'JAM', 'KIR', 'KNA', 'LCA', 'MDV', 'MHL', 'MUS', 'NRU', 'PLW', 'PNG',
    'SGP', 'SLB', 'STP', 'SUR', 'SYC', 'TLS', 'TON', 'TTO', 'TUV', 'VCT', 'VUT', 'WSM',
    // Not UN Member States: the Cook Islands, Niue and associate members of regional commissions.
    'ABW', 'AIA', 'ASM', 'BMU', 'COK', 'CUW', 'CYM', 'GLP', 'GUM', 'MNP', 'MSR', 'MTQ', 'NCL',
    'NIU', 'PRI', 'PYF', 'SXM', 'TCA', 'VGB', 'VIR',
  ],
  'itu-member': [
    'AFG', 'AGO', 'ALB', 'AND', 'ARE', 'ARG', 'ARM', 'ATG', 'AUS', 'AUT', 'AZE', 'BDI', 'BEL',
    'BEN', 'BFA', 'BGD', 'BGR', 'BHR', 'BHS', 'BIH', 'BLR', 'BLZ', 'BOL', 'BRA', 'BRB', 'BRN',
    'BTN', 'BWA', 'CAF', 'CAN', 'CHE', 'CHL', 'CHN', 'CIV', 'CMR', 'COD', 'COG', 'COL', 'COM',
    'CPV', 'CRI', 'CUB', 'CYP', 'CZE', 'DEU', 'DJI', 'DMA', 'DNK', 'DOM', 'DZA', 'ECU', 'EGY',
    'ERI', 'ESP', 'EST', 'ETH', 'FIN', 'FJI', 'FRA', 'FSM', 'GAB', 'GBR', 'GEO', 'GHA', 'GIN',
    'GMB', 'GNB', 'GNQ', 'GRC', 'GRD', 'GTM', 'GUY', 'HND', 'HRV', 'HTI', 'HUN', 'IDN', 'IND',
    'IRL', 'IRN', 'IRQ', 'ISL', 'ISR', 'ITA', 'JAM', 'JOR', 'JPN', 'KAZ', 'KEN', 'KGZ', 'KHM',
    'KIR', 'KNA', 'KOR', 'KWT', 'LAO', 'LBN', 'LBR', 'LBY', 'LCA', 'LIE', 'LKA', 'LSO', 'LTU',
    'LUX', 'LVA', 'MAR', 'MCO', 'MDA', 'MDG', 'MDV', 'MEX', 'MHL', 'MKD', 'MLI', 'MLT', 'MMR',
    'MNE', 'MNG', 'MOZ', 'MRT', 'MUS', 'MWI', 'MYS', 'NAM', 'NER', 'NGA', 'NIC', 'NLD', 'NOR',
    'NPL', 'NRU', 'NZL', 'OMN', 'PAK', 'PAN', 'PER', 'PHL', 'PNG', 'POL', 'PRK', 'PRT', 'PRY',
    'QAT', 'ROU', 'RUS', 'RWA', 'SAU', 'SDN', 'SEN', 'SGP', 'SLB', 'SLE', 'SLV', 'SMR', 'SOM',
    'SRB', 'SSD', 'STP', 'SUR', 'SVK', 'SVN', 'SWE', 'SWZ', 'SYC', 'SYR', 'TCD', 'TGO', 'THA',
    'TJK', 'TKM', 'TLS', 'TON', 'TTO', 'TUN', 'TUR', 'TUV', 'TZA', 'UGA', 'UKR', 'URY', 'USA',
    'UZB', 'VAT', 'VCT', 'VEN', 'VNM', 'VUT', 'WSM', 'YEM', 'ZAF', 'ZMB', 'ZWE',
  ],
};

const LISTED_SOURCE: Readonly<Record<CountryGroup, string>> = {
  ldc: 'UN DESA / CDP, list of least developed countries (46 countries on 1 January 2021)',
  lldc: 'UN-OHRLLS, list of landlocked developing countries',
  sids: 'UN-OHRLLS, list of small island developing States',
  'itu-member': 'ITU, list of Member States',
};

/** Events after (or, for past graduations, before) the record start of each group. */
// prettier-ignore
const CHANGES: readonly CountryGroupEvent[] = [
  // LDC graduations before the record starts.
  { country: 'BWA', group: 'ldc', kind: 'graduation', date: '1994-12', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'CPV', group: 'ldc', kind: 'graduation', date: '2007-12-20', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'MDV', group: 'ldc', kind: 'graduation', date: '2011-01-01', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'WSM', group: 'ldc', kind: 'graduation', date: '2014-01-01', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'GNQ', group: 'ldc', kind: 'graduation', date: '2017-06-04', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'VUT', group: 'ldc', kind: 'graduation', date: '2020-12-04', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  // LDC graduations since the record starts.
  { country: 'BTN', group: 'ldc', kind: 'graduation', date: '2023-12-13', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  { country: 'STP', group: 'ldc', kind: 'graduation', date: '2024-12-13', status: 'graduated', source: GRADUATED_SOURCE, confirmed: true },
  {
    country: 'BGD', group: 'ldc', kind: 'graduation', date: '2026-11-24', status: 'deferral-requested',
    decision: LDC_DECISION_2026, source: LDC_SOURCE, confirmed: true,
    note: 'Bangladesh asked for a deferral in February 2026; the CDP recommended (June 2026) moving the date to 2029-11-24. The General Assembly decision is unverified.',
  },
  {
    country: 'BGD', group: 'ldc', kind: 'graduation', date: '2029-11-24', status: 'scheduled',
    decision: 'CDP recommendation (June 2026); General Assembly decision unverified',
    source: 'CDP, recommendation on the deferral request of Bangladesh (June 2026)', confirmed: false,
  },
  {
    country: 'NPL', group: 'ldc', kind: 'graduation', date: '2026-11-24', status: 'deferral-requested',
    decision: LDC_DECISION_2026, source: LDC_SOURCE, confirmed: true,
    note: 'Nepal announced it would seek a deferral; the outcome is unverified.',
  },
  {
    country: 'LAO', group: 'ldc', kind: 'graduation', date: '2026-11-24', status: 'scheduled',
    decision: LDC_DECISION_2026, source: LDC_SOURCE, confirmed: true,
    note: 'Whether the graduation took place on 2026-11-24 is unverified.',
  },
  {
    country: 'SLB', group: 'ldc', kind: 'graduation', date: '2027-12-13', status: 'scheduled',
    decision: 'General Assembly, postponing the earlier date of 2024',
    source: 'UN DESA, LDC data: Solomon Islands', confirmed: true,
  },
  {
    country: 'KHM', group: 'ldc', kind: 'graduation', date: '2029-12', status: 'scheduled',
    decision: 'General Assembly, 19 December 2024 (five-year preparatory period)',
    source: 'UN DESA, LDC data: Cambodia', confirmed: true,
    note: 'The day is not recorded: about December 2029.',
  },
  {
    country: 'SEN', group: 'ldc', kind: 'graduation', date: '2029-12', status: 'scheduled',
    decision: 'General Assembly, 19 December 2024 (five-year preparatory period)',
    source: 'UN DESA, LDC data: Senegal', confirmed: true,
    note: 'The day is not recorded: about December 2029.',
  },
  { country: 'AGO', group: 'ldc', kind: 'graduation', date: '2023', status: 'deferred', decision: 'Decision deferred (2023)', source: 'UN DESA, LDC data: Angola', confirmed: true, note: 'Remains on the list; no graduation date set.' },
  { country: 'DJI', group: 'ldc', kind: 'graduation', date: '2024', status: 'deferred', decision: 'ECOSOC (2024)', source: 'UN DESA, LDC data: Djibouti', confirmed: true, note: 'Remains on the list; no graduation date set.' },
  { country: 'KIR', group: 'ldc', kind: 'graduation', date: '2024', status: 'deferred', decision: 'ECOSOC (2024)', source: 'UN DESA, LDC data: Kiribati', confirmed: true, note: 'Remains on the list; no graduation date set.' },
  { country: 'TUV', group: 'ldc', kind: 'graduation', date: '2024', status: 'deferred', decision: 'ECOSOC (2024)', source: 'UN DESA, LDC data: Tuvalu', confirmed: true, note: 'Remains on the list; no graduation date set.' },
  // SIDS.
  {
    country: 'BHR', group: 'sids', kind: 'removal', date: '2023-04',
    decision: 'At the request of Bahrain', source: 'UN-OHRLLS list of SIDS; UNCTAD (Bahrain removed from the UN SIDS classification in April 2023 at its own request)',
    confirmed: true, note: 'The day is not recorded.',
  },
  // ITU membership.
  { country: 'PLW', group: 'itu-member', kind: 'inclusion', date: '2024-09-19', source: 'ITU press release on Palau joining ITU as its 194th Member State (September 2024)', confirmed: true },
];

/**
 * Every recorded event: each list on the date its record starts, then the changes (graduations,
 * removals, inclusions) with their decision, source and confirmation.
 *
 * @example
 * ```ts
 * COUNTRY_GROUP_EVENTS.filter((event) => event.country === 'BGD' && event.kind === 'graduation')
 *   .map((event) => [event.date, event.status, event.confirmed]);
 * //=> [['2026-11-24', 'deferral-requested', true], ['2029-11-24', 'scheduled', false]]
 * ```
 */
export const COUNTRY_GROUP_EVENTS: readonly CountryGroupEvent[] = [
  ...COUNTRY_GROUPS.flatMap((group) =>
    LISTED[group].map((country): CountryGroupEvent => ({
      country,
      group,
      kind: 'listed',
      date: COUNTRY_GROUP_SOURCES[group].recordStart,
      source: LISTED_SOURCE[group],
      confirmed: true,
    })),
  ),
  ...CHANGES,
];

/**
 * Why a membership answer is `uncertain`: an event on or before the date awaits its outcome
 * (`outcome-pending`: a scheduled graduation or a deferral request); the event deciding the answer
 * is not confirmed (`unconfirmed-event`); the date falls in the month or year of an event whose
 * day is not recorded (`within-event-period`); the date is before the record of the group starts
 * and no event settles it (`before-record`); or the code is not a known country
 * (`unknown-country`).
 *
 * @example
 * ```ts
 * const reason: MembershipUncertainty = 'outcome-pending';
 * ```
 */
export type MembershipUncertainty =
  | 'outcome-pending'
  | 'unconfirmed-event'
  | 'within-event-period'
  | 'before-record'
  | 'unknown-country';

/**
 * The answer to "is this country in this group on this date": `member` or `not-member` when
 * the recorded events settle it, `uncertain` (with the reason) when it would rest on a fact not
 * recorded or not confirmed. The answer never guesses an unverified outcome.
 *
 * @example
 * ```ts
 * const answer: CountryGroupMembership = isInCountryGroup('BGD', 'ldc', '2026-12-01');
 * answer.status;
 * //=> 'uncertain'
 * ```
 */
export interface CountryGroupMembership {
  /** The country code asked about. */
  readonly country: string;
  /** The group asked about. */
  readonly group: CountryGroup;
  /** The date asked about (`YYYY-MM-DD`). */
  readonly date: string;
  /** The answer. */
  readonly status: 'member' | 'not-member' | 'uncertain';
  /** Why the answer is `uncertain`; absent otherwise. */
  readonly uncertainty?: MembershipUncertainty;
  /** `true` when the answer is settled and every event it rests on is confirmed. */
  readonly verified: boolean;
  /** The events of this country and group that started on or before the date, oldest first. */
  readonly events: readonly CountryGroupEvent[];
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a `YYYY-MM-DD` text is a real calendar day, by arithmetic (no `Date` per call). */
function isIsoDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** The first and last day an event date covers (`2023-04` covers 2023-04-01 to 2023-04-31). */
function span(date: string): readonly [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [`${date}-01-01`, `${date}-12-31`];
}

let eventsByKey: ReadonlyMap<string, readonly CountryGroupEvent[]> | undefined;

function eventsOf(country: string, group: CountryGroup): readonly CountryGroupEvent[] {
  if (eventsByKey === undefined) {
    const map = new Map<string, CountryGroupEvent[]>();
    for (const event of COUNTRY_GROUP_EVENTS) {
      const key = `${event.country}/${event.group}`;
      const list = map.get(key) ?? [];
      list.push(event);
      map.set(key, list);
    }
    for (const list of map.values())
      list.sort((a, b) => span(a.date)[0].localeCompare(span(b.date)[0]));
    eventsByKey = map;
  }
  return eventsByKey.get(`${country}/${group}`) ?? [];
}

/**
 * Lists the recorded events of a country, for one group or all, oldest first.
 *
 * @param country - An alpha-3 country code.
 * @param group - A group; all groups when omitted.
 * @returns The events, with their decision, source and confirmation.
 *
 * @example
 * ```ts
 * countryGroupEvents('NPL', 'ldc').map((event) => [event.kind, event.date, event.status]);
 * //=> [['listed', '2021-01-01', undefined], ['graduation', '2026-11-24', 'deferral-requested']]
 * ```
 */
export function countryGroupEvents(
  country: string,
  group?: CountryGroup,
): readonly CountryGroupEvent[] {
  const groups = group === undefined ? COUNTRY_GROUPS : [group];
  return groups.flatMap((candidate) => eventsOf(country, candidate));
}

type State = Pick<CountryGroupMembership, 'status' | 'uncertainty'>;

/** The state an event leaves once it has taken effect. */
function after(event: CountryGroupEvent, before: State): State {
  if (event.kind === 'graduation' && event.status === 'deferred') return before;
  if (!event.confirmed) return { status: 'uncertain', uncertainty: 'unconfirmed-event' };
  if (event.kind === 'listed' || event.kind === 'inclusion') return { status: 'member' };
  if (event.kind === 'removal' || event.status === 'graduated') return { status: 'not-member' };
  return { status: 'uncertain', uncertainty: 'outcome-pending' };
}

/**
 * Tells whether a country is in a group on a date, from the dated events: never guessing an
 * outcome that is not recorded and confirmed.
 *
 * A scheduled graduation leaves the country in the group until its date; from that date on the
 * answer is `uncertain` (`outcome-pending`) until the table records the graduation as done.
 *
 * @param country - An alpha-3 country code such as `NPL`.
 * @param group - The group asked about.
 * @param date - The date asked about, as `YYYY-MM-DD`.
 * @returns The answer, whether it is verified, and the events it rests on.
 * @throws RangeError when `date` is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * isInCountryGroup('NPL', 'ldc', '2026-06-01').status;
 * //=> 'member'
 * isInCountryGroup('NPL', 'ldc', '2026-12-01').status;
 * //=> 'uncertain'
 * isInCountryGroup('BHR', 'sids', '2024-01-01').status;
 * //=> 'not-member'
 * ```
 */
export function isInCountryGroup(
  country: string,
  group: CountryGroup,
  date: string,
): CountryGroupMembership {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}".`);
  if (findCountry(country) === undefined) {
    return {
      country,
      group,
      date,
      status: 'uncertain',
      uncertainty: 'unknown-country',
      verified: false,
      events: [],
    };
  }
  let state: State =
    date >= COUNTRY_GROUP_SOURCES[group].recordStart
      ? { status: 'not-member' }
      : { status: 'uncertain', uncertainty: 'before-record' };
  const events: CountryGroupEvent[] = [];
  for (const event of eventsOf(country, group)) {
    const [first, last] = span(event.date);
    if (date < first) break;
    events.push(event);
    state =
      date > last || first === last
        ? after(event, state)
        : after(event, state).status === state.status
          ? state
          : { status: 'uncertain', uncertainty: 'within-event-period' };
  }
  const verified = state.status !== 'uncertain' && events.every((event) => event.confirmed);
  return { country, group, date, ...state, verified, events };
}

/**
 * Answers the membership question for every group at once.
 *
 * @param country - An alpha-3 country code.
 * @param date - The date asked about, as `YYYY-MM-DD`.
 * @returns One answer per group.
 * @throws RangeError when `date` is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * const groups = countryGroupsOn('STP', '2025-01-01');
 * [groups.ldc.status, groups.sids.status];
 * //=> ['not-member', 'member']
 * ```
 */
export function countryGroupsOn(
  country: string,
  date: string,
): Readonly<Record<CountryGroup, CountryGroupMembership>> {
  return {
    ldc: isInCountryGroup(country, 'ldc', date),
    lldc: isInCountryGroup(country, 'lldc', date),
    sids: isInCountryGroup(country, 'sids', date),
    'itu-member': isInCountryGroup(country, 'itu-member', date),
  };
}

/**
 * Lists the members of a group on a date, and apart from them the countries whose membership is
 * uncertain on that date.
 *
 * @param group - The group.
 * @param date - The date, as `YYYY-MM-DD`.
 * @returns The alpha-3 codes of the members and of the uncertain cases, in code order.
 * @throws RangeError when `date` is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * countryGroupMembersOn('ldc', '2025-06-01').members.length;
 * //=> 44
 * countryGroupMembersOn('ldc', '2026-12-01').uncertain;
 * //=> ['BGD', 'LAO', 'NPL']
 * ```
 */
export function countryGroupMembersOn(
  group: CountryGroup,
  date: string,
): { readonly members: readonly string[]; readonly uncertain: readonly string[] } {
  const members: string[] = [];
  const uncertain: string[] = [];
  for (const { alpha3: country } of [...COUNTRIES].sort((a, b) =>
    a.alpha3.localeCompare(b.alpha3),
  )) {
    const { status } = isInCountryGroup(country, group, date);
    if (status === 'member') members.push(country);
    else if (status === 'uncertain') uncertain.push(country);
  }
  return { members, uncertain };
}
