import { remembered } from '../remembered.js';

/** Numbers, shares, money and dates written for one language, with `Intl`. */
export interface ReportFormats {
  /** A number with grouped thousands and at most `digits` decimals. */
  readonly number: (value: number, digits?: number) => string;
  /** A number with exactly `digits` decimals, as scores and weights are written. */
  readonly fixed: (value: number, digits: number) => string;
  /** A share (1 is all) as a percentage with `digits` decimals (default one). */
  readonly percent: (share: number, digits?: number) => string;
  /** An amount in a currency (ISO 4217 code), without decimals. */
  readonly money: (amount: number, currency: string) => string;
  /** A date `YYYY-MM-DD` written out; anything else is returned as it is. */
  readonly date: (iso: string) => string;
}

const cache = new Map<string, ReportFormats>();

/**
 * The formats of a language, by its `Intl` tag (Arabic with Latin digits, `ar-u-nu-latn`, as in
 * the codes and ids around the numbers). Formatters are built once per tag and precision:
 * `toLocaleString` would build a new one on every call.
 */
export function reportFormats(intl: string): ReportFormats {
  const known = cache.get(intl);
  if (known !== undefined) return known;
  const numbers = new Map<string, (value: number) => string>();
  const numberFormat = (key: string, options: Intl.NumberFormatOptions) => {
    let write = numbers.get(key);
    if (write === undefined) {
      const format = new Intl.NumberFormat(intl, options);
      // A page writes the same shares and ranks many times; -0, which a map takes for 0, is
      // written each time.
      const kept = remembered((value: number) => format.format(value));
      write = (value) => (Object.is(value, -0) ? format.format(value) : kept(value));
      numbers.set(key, write);
    }
    return write;
  };
  // Every formatter is built on first use: the CLI loads all six languages' words, and a page
  // uses one.
  let dates: Intl.DateTimeFormat | undefined;
  const formats: ReportFormats = {
    number: (value, digits = 0) =>
      numberFormat(`n${digits}`, { maximumFractionDigits: digits })(value),
    fixed: (value, digits) =>
      numberFormat(`f${digits}`, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })(value),
    percent: (share, digits = 1) =>
      numberFormat(`%${digits}`, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })(share),
    money: (amount, currency) => {
      try {
        return numberFormat(`¤${currency}`, {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          minimumFractionDigits: 0,
          maximumFractionDigits: 0,
        })(amount);
      } catch {
        // A code Intl does not take (the schema allows ISO 4217 codes only; this is for safety).
        return `${currency} ${formats.number(amount)}`;
      }
    },
    // A plan repeats its dates (milestones, schedules).
    date: remembered((iso: string) => {
      const time = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
      if (Number.isNaN(time)) return iso;
      dates ??= new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
      return dates.format(time);
    }),
  };
  cache.set(intl, formats);
  return formats;
}

/**
 * Chooses the plural form of a count for a language (CLDR categories by `Intl.PluralRules`, built
 * on first use).
 */
export function pluralIn(
  intl: string,
): (
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
) => string {
  let rules: Intl.PluralRules | undefined;
  return (count, forms) =>
    forms[(rules ??= new Intl.PluralRules(intl)).select(count)] ?? forms.other;
}

/** Joins words with the language's "and" (`Intl.ListFormat`, built on first use). */
export function listIn(intl: string): (items: readonly string[]) => string {
  let format: Intl.ListFormat | undefined;
  return (items) => (format ??= new Intl.ListFormat(intl, { type: 'conjunction' })).format(items);
}
