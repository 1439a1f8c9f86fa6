import type { WorkPlan } from '@itu-aicb/core';
import type { Coverage, Prioritization } from '@itu-aicb/scoring';
import type { LocalizedText } from '../html/markup.js';
import { escapeHtml, localized } from '../html/markup.js';
import type { PlanReportInput } from '../report-input.js';
import type { ReportFormats } from '../words/formats.js';
import type { ReportLanguage } from '../words/report-language.js';
import type { ReportLocale } from '../words/report-locale.js';
import type { ReportWording } from '../words/report-wording.js';
import type { ReportStability } from './stability-analysis.js';

/** What every section reads: the input, the language, and what was computed from it once. */
export interface ReportContext {
  readonly input: PlanReportInput;
  /** The date the report describes. */
  readonly asOf: string;
  readonly plan: WorkPlan | undefined;
  /** The ranking, or why there is none. */
  readonly ranking: Prioritization | string;
  readonly sensitivity: ReportStability | string | undefined;
  readonly coverage: Coverage | undefined;
  /** The language of the page. */
  readonly locale: ReportLanguage;
  /** The whole locale given, for the ranking's reasons and the findings; none for English. */
  readonly given: ReportLocale | undefined;
  /** Its words, `locale.report`. */
  readonly words: ReportWording;
  /** Its numbers, shares, money and dates. */
  readonly formats: ReportFormats;
}

/** The anchors of the sections, in their order. */
export type SectionId = keyof ReportWording['sections'];

/** One section of the report: its anchor and content (`undefined` leaves it out). */
export interface ReportSection {
  readonly id: SectionId;
  readonly render: (context: ReportContext) => string | undefined;
}

/** A paragraph saying why a section has nothing to show (HTML). */
export function nothing(html: string): string {
  return `<p class="note">${html}</p>`;
}

/** A localized text of the files in the page's language, marked when it falls back to English. */
export function documentText(context: ReportContext, text: LocalizedText): string {
  return localized(text, context.locale.language, context.words.page.inEnglish);
}

/** A date `YYYY-MM-DD` written for the language, as a `time` element that keeps the ISO form. */
export function dateHtml(context: ReportContext, iso: string): string {
  const shown = context.formats.date(iso);
  return shown === iso
    ? escapeHtml(iso)
    : `<time datetime="${escapeHtml(iso)}">${escapeHtml(shown)}</time>`;
}
