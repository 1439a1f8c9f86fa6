import type { IssueCode, IssueCodeEntry, OfficialLanguage } from '@itu-aicb/core';
import { arabicRuleSummaries } from './ar.js';
import { spanishRuleSummaries } from './es.js';
import { frenchRuleSummaries } from './fr.js';
import { russianRuleSummaries } from './ru.js';
import { chineseRuleSummaries } from './zh.js';

/**
 * What each code means, in one sentence of one language: a code without its sentence fails the
 * typecheck, as a message without its six wordings does.
 */
export type RuleSummaries = Readonly<Record<IssueCode, string>>;

/** The sentences of the languages other than English, whose are the rules reference's own. */
const SUMMARIES: Readonly<Record<Exclude<OfficialLanguage, 'en'>, RuleSummaries>> = {
  ar: arabicRuleSummaries,
  es: spanishRuleSummaries,
  fr: frenchRuleSummaries,
  ru: russianRuleSummaries,
  zh: chineseRuleSummaries,
};

/**
 * What a code means, in a language: the rules reference's summary in English, its translation
 * otherwise.
 *
 * @param entry - The code's entry in the rules reference.
 * @param language - The language.
 * @returns The sentence.
 */
export function ruleSummary(entry: IssueCodeEntry, language: OfficialLanguage): string {
  return language === 'en' ? entry.summary : SUMMARIES[language][entry.code];
}
