import type { TermGroups } from '@itu-aicb/core';
import {
  BUREAU_LABELS,
  ITU_REGION_LABELS,
  PILLAR_LABELS,
  PLAN_STATUS_LABELS,
} from '@itu-aicb/core';
import { englishReportWording } from './en.js';
import type { ReportLocale } from './report-locale.js';

/**
 * What the report reads of a locale: its language, `Intl` tag, direction, the ITU terms it names
 * and its words. English is built from the code lists' label tables, without the wording of every
 * finding that a whole locale carries: a page in English does not pay for it.
 */
export type ReportLanguage = Pick<ReportLocale, 'language' | 'intl' | 'direction' | 'report'> & {
  readonly terms: Pick<TermGroups, 'bureaus' | 'regions' | 'pillars' | 'planStatuses'>;
};

/** English, the default of the report and of its sentences. */
export const ENGLISH: ReportLanguage = {
  language: 'en',
  intl: 'en',
  direction: 'ltr',
  report: englishReportWording,
  terms: {
    bureaus: BUREAU_LABELS,
    regions: ITU_REGION_LABELS,
    pillars: PILLAR_LABELS,
    planStatuses: PLAN_STATUS_LABELS,
  },
};
