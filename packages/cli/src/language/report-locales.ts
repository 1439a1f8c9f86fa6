import type { Locale } from '@itu-aicb/core';
import type { ReportLocale } from '@itu-aicb/report';
import { en } from '@itu-aicb/report/locales/en';

/**
 * The report's locale for a locale: itself when it carries the report's words (as every locale
 * the CLI loads does), English otherwise. The priority table borrows sentences from it (the
 * first score in words, the stability caveat).
 *
 * @param locale - The locale chosen.
 * @returns Its report locale.
 */
export function reportLocaleOf(locale: Locale): ReportLocale {
  return 'report' in locale ? (locale as ReportLocale) : en;
}
