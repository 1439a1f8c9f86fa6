import type { Locale } from '@itu-aicb/core';
import { healthFormat } from '@itu-aicb/core';
import { isolate, isolateRuns } from './bidi.js';

// Intl puts bidi marks around Arabic percentages and amounts; the CLI isolates whole runs
// instead, so the marks are dropped.
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;

/** How the CLI writes numbers, money, shares and dates for people in one language. */
export interface HumanFormat {
  readonly locale: Locale;
  /** A number with the language's separators. */
  readonly number: (value: number) => string;
  /** A whole number, rounded. */
  readonly whole: (value: number) => string;
  /** A number with a fixed count of decimals. */
  readonly fixed: (value: number, digits: number) => string;
  /** A share (1 for 100 %) as a whole percentage, or `-` when there is none. */
  readonly percent: (share: number | undefined) => string;
  /** A share as a percentage with one decimal. */
  readonly percent1: (share: number) => string;
  /** An amount of money, rounded to whole units, with its ISO 4217 code. */
  readonly money: (amount: number, currency: string) => string;
  /** A `YYYY-MM-DD` date as the language writes dates. */
  readonly date: (day: string) => string;
  /** A list joined with the language's "and". */
  readonly and: (values: readonly string[]) => string;
  /** A line of the language: in Arabic, its left-to-right runs isolated. */
  readonly line: (text: string) => string;
  /** One value (a path, a code, an id) kept whole: isolated in Arabic. */
  readonly value: (text: string) => string;
}

/**
 * The formatters of human output in a locale's language, from `Intl`: machine output (JSON,
 * SARIF, JUnit, CSV) keeps plain numbers and ISO dates and never uses these.
 *
 * @param locale - The language of the output.
 * @returns The formatters.
 */
export function humanFormat(locale: Locale): HumanFormat {
  const { intl } = locale;
  const clean = (text: string): string => text.replace(BIDI_MARKS, '');
  const numbers = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
  const wholes = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 });
  const percents1 = new Intl.NumberFormat(intl, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const and = new Intl.ListFormat(intl, { type: 'conjunction' });
  const days = healthFormat(intl, 'intl');
  const rtl = locale.direction === 'rtl';
  const withDigits = new Map<number, Intl.NumberFormat>();
  const digitsFormat = (digits: number): Intl.NumberFormat => {
    let format = withDigits.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(intl, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      withDigits.set(digits, format);
    }
    return format;
  };
  const currencies = new Map<string, Intl.NumberFormat | null>();
  const currencyFormat = (currency: string): Intl.NumberFormat | null => {
    if (!currencies.has(currency)) {
      try {
        currencies.set(
          currency,
          new Intl.NumberFormat(intl, {
            style: 'currency',
            currency,
            currencyDisplay: 'code',
            maximumFractionDigits: 0,
            minimumFractionDigits: 0,
          }),
        );
      } catch {
        // Not a currency Intl knows.
        currencies.set(currency, null);
      }
    }
    return currencies.get(currency) ?? null;
  };
  return {
    locale,
    number: (value) => clean(numbers.format(value)),
    whole: (value) => clean(wholes.format(Math.round(value))),
    fixed: (value, digits) => {
      const text = clean(digitsFormat(digits).format(value));
      // Never `-0.000`: a value that rounds to zero is written without a sign.
      return /^-0(\D0*)?$/.test(text) ? text.slice(1) : text;
    },
    percent: (share) => (share === undefined ? '-' : clean(percents.format(share))),
    percent1: (share) => clean(percents1.format(share)),
    money: (amount, currency) => {
      const format = currencyFormat(currency);
      // A currency Intl does not know: the code, then the amount.
      return format === null
        ? `${currency} ${clean(wholes.format(Math.round(amount)))}`
        : clean(format.format(Math.round(amount))).replace(/\u00A0/g, ' ');
    },
    date: (day) => clean(days.date(day)),
    and: (values) => and.format(values),
    line: rtl ? (text) => isolateRuns(clean(text)) : (text) => text,
    value: rtl ? isolate : (text) => text,
  };
}

/**
 * Writes counts (whole numbers of files, findings) with the language's separators. The Intl
 * formatter is made only for a count that needs it: in English, one below 1,000 reads as its
 * digits, and making the first formatter of a process costs a check of one file a noticeable part
 * of its run.
 *
 * @param intl - The BCP 47 tag of the language.
 * @returns The writer.
 */
export function countFormat(intl: string): (count: number) => string {
  let numbers: Intl.NumberFormat | undefined;
  const plain = intl === 'en' || intl.startsWith('en-');
  return (count) =>
    plain && Number.isInteger(count) && count >= 0 && count < 1000
      ? String(count)
      : (numbers ??= new Intl.NumberFormat(intl)).format(count);
}
