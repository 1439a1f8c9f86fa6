import type { CodeListSource } from './code-list-source.js';

/**
 * The short names in English that UN and ITU documents use, for every country in `COUNTRIES`
 * (UNTERM short names for UN Member States and the Holy See, UN M49 names for the other
 * countries and areas), keyed by alpha-3 code.
 *
 * @example
 * ```ts
 * UN_SHORT_NAMES_EN.COD;
 * //=> 'Democratic Republic of the Congo'
 * UN_SHORT_NAMES_EN.PSE;
 * //=> 'State of Palestine'
 * ```
 */
// prettier-ignore
export const UN_SHORT_NAMES_EN: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan', AGO: 'Angola', ALB: 'Albania', AND: 'Andorra', ARE: 'United Arab Emirates',
  ARG: 'Argentina', ARM: 'Armenia', ATG: 'Antigua and Barbuda', AUS: 'Australia', AUT: 'Austria',
  AZE: 'Azerbaijan', BDI: 'Burundi', BEL: 'Belgium', BEN: 'Benin', BFA: 'Burkina Faso',
  BGD: 'Bangladesh', BGR: 'Bulgaria', BHR: 'Bahrain', BHS: 'Bahamas', BIH: 'Bosnia and Herzegovina',
  BLR: 'Belarus', BLZ: 'Belize', BOL: 'Bolivia (Plurinational State of)', BRA: 'Brazil',
  BRB: 'Barbados', BRN: 'Brunei Darussalam', BTN: 'Bhutan', BWA: 'Botswana',
  CAF: 'Central African Republic', CAN: 'Canada', CHE: 'Switzerland', CHL: 'Chile', CHN: 'China',
  CIV: "Côte d'Ivoire", CMR: 'Cameroon', COD: 'Democratic Republic of the Congo', COG: 'Congo',
  COL: 'Colombia', COM: 'Comoros', CPV: 'Cabo Verde', CRI: 'Costa Rica', CUB: 'Cuba',
  CYP: 'Cyprus', CZE: 'Czechia', DEU: 'Germany', DJI: 'Djibouti', DMA: 'Dominica', DNK: 'Denmark',
  DOM: 'Dominican Republic', DZA: 'Algeria', ECU: 'Ecuador', EGY: 'Egypt', ERI: 'Eritrea',
  ESP: 'Spain', EST: 'Estonia', ETH: 'Ethiopia', FIN: 'Finland', FJI: 'Fiji', FRA: 'France',
  FSM: 'Micronesia (Federated States of)', GAB: 'Gabon',
  GBR: 'United Kingdom of Great Britain and Northern Ireland', GEO: 'Georgia', GHA: 'Ghana',
  GIN: 'Guinea', GMB: 'Gambia', GNB: 'Guinea-Bissau', GNQ: 'Equatorial Guinea', GRC: 'Greece',
  GRD: 'Grenada', GTM: 'Guatemala', GUY: 'Guyana', HND: 'Honduras', HRV: 'Croatia', HTI: 'Haiti',
  HUN: 'Hungary', IDN: 'Indonesia', IND: 'India', IRL: 'Ireland', IRN: 'Iran (Islamic Republic of)',
  IRQ: 'Iraq', ISL: 'Iceland', ISR: 'Israel', ITA: 'Italy', JAM: 'Jamaica', JOR: 'Jordan',
  JPN: 'Japan', KAZ: 'Kazakhstan', KEN: 'Kenya', KGZ: 'Kyrgyzstan', KHM: 'Cambodia',
  KIR: 'Kiribati', KNA: 'Saint Kitts and Nevis', KOR: 'Republic of Korea', KWT: 'Kuwait',
  LAO: "Lao People's Democratic Republic", LBN: 'Lebanon', LBR: 'Liberia', LBY: 'Libya',
  LCA: 'Saint Lucia', LIE: 'Liechtenstein', LKA: 'Sri Lanka', LSO: 'Lesotho', LTU: 'Lithuania',
  LUX: 'Luxembourg', LVA: 'Latvia', MAR: 'Morocco', MCO: 'Monaco', MDA: 'Republic of Moldova',
  MDG: 'Madagascar', MDV: 'Maldives', MEX: 'Mexico', MHL: 'Marshall Islands',
  MKD: 'North Macedonia', MLI: 'Mali', MLT: 'Malta', MMR: 'Myanmar', MNE: 'Montenegro',
  MNG: 'Mongolia', MOZ: 'Mozambique', MRT: 'Mauritania', MUS: 'Mauritius', MWI: 'Malawi',
  MYS: 'Malaysia', NAM: 'Namibia', NER: 'Niger', NGA: 'Nigeria', NIC: 'Nicaragua',
  NLD: 'Netherlands (Kingdom of the)', NOR: 'Norway', NPL: 'Nepal', NRU: 'Nauru',
  NZL: 'New Zealand', OMN: 'Oman', PAK: 'Pakistan', PAN: 'Panama', PER: 'Peru',
  PHL: 'Philippines', PLW: 'Palau', PNG: 'Papua New Guinea', POL: 'Poland',
  PRK: "Democratic People's Republic of Korea", PRT: 'Portugal', PRY: 'Paraguay', QAT: 'Qatar',
  ROU: 'Romania', RUS: 'Russian Federation', RWA: 'Rwanda', SAU: 'Saudi Arabia', SDN: 'Sudan',
  SEN: 'Senegal', SGP: 'Singapore', SLB: 'Solomon Islands', SLE: 'Sierra Leone',
  SLV: 'El Salvador', SMR: 'San Marino', SOM: 'Somalia', SRB: 'Serbia', SSD: 'South Sudan',
  STP: 'Sao Tome and Principe', SUR: 'Suriname', SVK: 'Slovakia', SVN: 'Slovenia', SWE: 'Sweden',
  SWZ: 'Eswatini', SYC: 'Seychelles', SYR: 'Syrian Arab Republic', TCD: 'Chad', TGO: 'Togo',
  THA: 'Thailand', TJK: 'Tajikistan', TKM: 'Turkmenistan', TLS: 'Timor-Leste', TON: 'Tonga',
  TTO: 'Trinidad and Tobago', TUN: 'Tunisia', TUR: 'Türkiye', TUV: 'Tuvalu',
  TZA: 'United Republic of Tanzania', UGA: 'Uganda', UKR: 'Ukraine', URY: 'Uruguay',
  USA: 'United States of America', UZB: 'Uzbekistan', VAT: 'Holy See',
  VCT: 'Saint Vincent and the Grenadines', VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam', VUT: 'Vanuatu', WSM: 'Samoa', YEM: 'Yemen', ZAF: 'South Africa', ZMB: 'Zambia',
  ZWE: 'Zimbabwe',
  // Not ITU Member States: UN M49 names.
  ABW: 'Aruba', AIA: 'Anguilla', ASM: 'American Samoa', BMU: 'Bermuda', COK: 'Cook Islands',
  CUW: 'Curaçao', CYM: 'Cayman Islands', GLP: 'Guadeloupe', GUM: 'Guam',
  MNP: 'Northern Mariana Islands', MSR: 'Montserrat', MTQ: 'Martinique', NCL: 'New Caledonia',
  NIU: 'Niue', PRI: 'Puerto Rico', PSE: 'State of Palestine', PYF: 'French Polynesia',
  SXM: 'Sint Maarten (Dutch part)', TCA: 'Turks and Caicos Islands', VGB: 'British Virgin Islands',
  VIR: 'United States Virgin Islands',
};

/**
 * Where the UN short names come from.
 *
 * @example
 * ```ts
 * UN_SHORT_NAMES_SOURCE.asOf;
 * //=> '2026-11-30'
 * ```
 */
export const UN_SHORT_NAMES_SOURCE: CodeListSource = {
  source:
    'UNTERM (United Nations Terminology Database), short names of UN Member States and the Holy See; UN Statistics Division M49, country or area names for the others',
  asOf: '2026-11-30',
  notes:
    'English only: other languages use the runtime\'s Intl.DisplayNames until the official names are added. UN short names carry no accents in "Sao Tome and Principe"; the Netherlands has been written "Netherlands (Kingdom of the)" since 2023; the apostrophe in "Côte d\'Ivoire" is the straight one, as in M49.',
};
