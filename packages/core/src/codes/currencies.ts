import type { CodeListSource } from './code-list-source.js';

/**
 * The active ISO 4217 alphabetic currency codes (list one), including fund codes such as `BOV`
 * and the `X` codes for supranational units, precious metals and testing (see
 * `NON_BUDGET_CURRENCY_CODES` for the codes that are not money for a budget).
 *
 * @example
 * ```ts
 * CURRENCY_CODES.includes('CHF');
 * //=> true
 * ```
 */
// prettier-ignore
export const CURRENCY_CODES = [
  'AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN',
  'BAM', 'BBD', 'BDT', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BOV', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD',
  'CAD', 'CDF', 'CHE', 'CHF', 'CHW', 'CLF', 'CLP', 'CNY', 'COP', 'COU', 'CRC', 'CUP', 'CVE', 'CZK',
  'DJF', 'DKK', 'DOP', 'DZD',
  'EGP', 'ERN', 'ETB', 'EUR',
  'FJD', 'FKP',
  'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD',
  'HKD', 'HNL', 'HTG', 'HUF',
  'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK',
  'JMD', 'JOD', 'JPY',
  'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT',
  'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD',
  'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MXV', 'MYR', 'MZN',
  'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD',
  'OMR',
  'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG',
  'QAR',
  'RON', 'RSD', 'RUB', 'RWF',
  'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL',
  'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS',
  'UAH', 'UGX', 'USD', 'USN', 'UYI', 'UYU', 'UYW', 'UZS',
  'VED', 'VES', 'VND', 'VUV',
  'WST',
  'XAD', 'XAF', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XCD', 'XCG', 'XDR', 'XOF', 'XPD', 'XPF', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX',
  'YER',
  'ZAR', 'ZMW', 'ZWG',
] as const;

/**
 * One active ISO 4217 alphabetic currency code, such as `USD`.
 *
 * @example
 * ```ts
 * const currency: CurrencyCode = 'CHF';
 * ```
 */
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/**
 * Where the currency codes come from, and the recent changes to the list.
 *
 * @example
 * ```ts
 * CURRENCY_CODES_SOURCE.asOf;
 * //=> '2026-11-30'
 * ```
 */
export const CURRENCY_CODES_SOURCE: CodeListSource = {
  source: 'ISO 4217 Currency codes, list one (current currency and funds), maintained by SIX',
  asOf: '2026-11-30',
  notes:
    'Withdrawn codes are left out: HRK (Croatia, euro since 2023), CUC (Cuba, 2021), SLL (replaced by SLE), ZWL (replaced by ZWG in 2024), ANG (replaced by XCG in 2025) and BGN (Bulgaria, euro since 1 January 2026). VED and VES are both listed for Venezuela. XAD (Arab Accounting Dinar, the unit of account of the Arab Monetary Fund) is on list one.',
};

/**
 * Tells whether a value is an active ISO 4217 alphabetic currency code (upper case).
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is in `CURRENCY_CODES`, with the type narrowed.
 *
 * @example
 * ```ts
 * isCurrencyCode('EUR');
 * //=> true
 * isCurrencyCode('eur');
 * //=> false
 * ```
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return (CURRENCY_CODES as readonly unknown[]).includes(value);
}

/**
 * The ISO 4217 codes that are not money a budget can be written in: no currency (`XXX`), the
 * testing code (`XTS`), the precious metals (`XAU` gold, `XAG` silver, `XPT` platinum, `XPD`
 * palladium) and the bond-market units (`XBA`, `XBB`, `XBC`, `XBD`).
 *
 * @example
 * ```ts
 * NON_BUDGET_CURRENCY_CODES.includes('XAU');
 * //=> true
 * ```
 */
export const NON_BUDGET_CURRENCY_CODES = [
  'XAG',
  'XAU',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XPD',
  'XPT',
  'XTS',
  'XXX',
] as const satisfies readonly CurrencyCode[];

/**
 * Tells whether a value is an active ISO 4217 code a budget can be written in: a currency code
 * that is not in `NON_BUDGET_CURRENCY_CODES`.
 *
 * @param value - Any value, typically a budget's currency.
 * @returns `true` for a currency such as `USD` or `XOF`; `false` for `XAU`, `XTS`, `XXX`, the
 *   bond-market units and anything that is not an active code.
 *
 * @example
 * ```ts
 * isBudgetCurrency('CHF');
 * //=> true
 * isBudgetCurrency('XAU');
 * //=> false
 * ```
 */
export function isBudgetCurrency(value: unknown): value is CurrencyCode {
  return isCurrencyCode(value) && !(NON_BUDGET_CURRENCY_CODES as readonly string[]).includes(value);
}
