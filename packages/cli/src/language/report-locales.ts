import type { OfficialLanguage } from '@itu-aicb/core';
import type { ReportLocale } from '@itu-aicb/report';
import { ar } from '@itu-aicb/report/locales/ar';
import { en } from '@itu-aicb/report/locales/en';
import { es } from '@itu-aicb/report/locales/es';
import { fr } from '@itu-aicb/report/locales/fr';
import { ru } from '@itu-aicb/report/locales/ru';
import { zh } from '@itu-aicb/report/locales/zh';

/** The report's locale of each official language. */
const REPORT_LOCALES: readonly ReportLocale[] = [ar, en, es, fr, ru, zh];

/**
 * The report's locale of a language: the words of the page, and of the sentences the priority
 * table borrows from it (the first score in words, the stability caveat). Only the commands that
 * write those load this module.
 *
 * @param language - The language chosen.
 * @returns Its report locale.
 */
export function reportLocaleOf(language: OfficialLanguage): ReportLocale {
  return REPORT_LOCALES.find((locale) => locale.language === language) ?? en;
}
