import type { HealthSignalCode } from '../codes/health-states.js';
import { englishHealth } from '../messages/health/en.js';
import type { HealthFormat, HealthSignalParams } from '../messages/health/health-wording.js';
import { healthFormat } from '../messages/health/health-wording.js';
import type { Locale } from '../messages/locale.js';
import type { HealthSignal } from './plan-health.js';

/** The sentence of one signal's figures, in a locale's words (English without one). */
function detailOf<S extends HealthSignalCode>(
  code: S,
  params: HealthSignalParams[S],
  locale: Locale | undefined,
  format: HealthFormat,
): string {
  const details = (locale?.health ?? englishHealth).details;
  return (details[code] as (params: HealthSignalParams[S], format: HealthFormat) => string)(
    params,
    format,
  );
}

/**
 * A health signal with its sentence in a locale's words and ISO dates, as `planHealth` makes it.
 *
 * @param code - The signal.
 * @param subject - The measure, milestone or indicator it is about.
 * @param params - Its figures.
 * @param locale - The language; English when `undefined`.
 * @param format - The locale's formatters, with ISO dates (one set for a whole view).
 * @returns The signal.
 */
export function healthSignal<S extends HealthSignalCode>(
  code: S,
  subject: string,
  params: HealthSignalParams[S],
  locale: Locale | undefined,
  format: HealthFormat,
): HealthSignal {
  const detail = detailOf(code, params, locale, format);
  return { signal: code, subject, params, detail } as HealthSignal;
}

/**
 * The formats {@link describeHealthSignal} has used, by language and date style: callers word
 * signals one at a time, and each format's Intl formatters are costly to build.
 */
const FORMATS = new Map<string, HealthFormat>();

/**
 * Says a health signal's figures again, in another language or with dates written for people
 * (`dates: 'intl'`, such as `31 octobre 2026`) rather than as ISO 8601. `planHealth` words its
 * signals in the language of its `locale` option with ISO dates; human output that wants dates
 * as people write them calls this on each signal.
 *
 * @param signal - A signal of `planHealth`.
 * @param locale - The language; English when not given.
 * @param dates - `iso` (the default) or `intl`.
 * @returns The sentence.
 *
 * @example
 * ```ts
 * const signal: HealthSignal = {
 *   signal: 'milestone-overdue',
 *   subject: 'TAL-01-b',
 *   params: { due: '2026-11-30' },
 *   detail: 'due 2026-11-30',
 * };
 * describeHealthSignal(signal, englishLocale, 'intl');
 * //=> 'due November 30, 2026'
 * ```
 */
export function describeHealthSignal(
  signal: HealthSignal,
  locale?: Locale,
  dates: 'iso' | 'intl' = 'iso',
): string {
  const intl = locale?.intl ?? 'en';
  const key = `${intl} ${dates}`;
  let format = FORMATS.get(key);
  if (format === undefined) {
    format = healthFormat(intl, dates);
    FORMATS.set(key, format);
  }
  return detailOf(signal.signal, signal.params as never, locale, format);
}
