import { languageOfTag, OFFICIAL_LANGUAGES } from '@itu-aicb/core';
import type { Locale, OfficialLanguage } from '@itu-aicb/core';
import type { ReportLocale } from '@itu-aicb/report';
import { UsageError } from '../usage-error.js';

/**
 * How to load each official language: only the chosen one is read, so that a run in one
 * language does not parse the catalogues of six. A report locale carries the words of every
 * package (findings, ranking reasons, plan health, the report), so one object serves each command.
 */
const LOADERS: Readonly<Record<OfficialLanguage, () => Promise<ReportLocale>>> = {
  ar: async () => (await import('@itu-aicb/report/locales/ar')).ar,
  en: async () => (await import('@itu-aicb/report/locales/en')).en,
  es: async () => (await import('@itu-aicb/report/locales/es')).es,
  fr: async () => (await import('@itu-aicb/report/locales/fr')).fr,
  ru: async () => (await import('@itu-aicb/report/locales/ru')).ru,
  zh: async () => (await import('@itu-aicb/report/locales/zh')).zh,
};

/**
 * How to load only the wording of findings in each official language, for `aicb validate`: it
 * reports findings and nothing else, so it need not load the words of ranking and reports (nor
 * the scoring code they import), which would lengthen every start.
 */
const MESSAGE_LOADERS: Readonly<Record<OfficialLanguage, () => Promise<Locale>>> = {
  ar: async () => (await import('@itu-aicb/core/locales/ar')).ar,
  en: async () => (await import('@itu-aicb/core/locales/en')).en,
  es: async () => (await import('@itu-aicb/core/locales/es')).es,
  fr: async () => (await import('@itu-aicb/core/locales/fr')).fr,
  ru: async () => (await import('@itu-aicb/core/locales/ru')).ru,
  zh: async () => (await import('@itu-aicb/core/locales/zh')).zh,
};

/** The environment variables that name the language of messages, strongest first (POSIX). */
const LANGUAGE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the output: `--lang` if given (an official language, or a usage error), else
 * the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, when it names an official
 * language; English otherwise.
 *
 * @param flag - The value of `--lang`, if given.
 * @param env - The environment.
 * @param command - The command, for the usage error.
 * @returns The language.
 * @throws {@link UsageError} when `--lang` names no official ITU language.
 */
export function chooseLanguage(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  command: string,
): OfficialLanguage {
  if (flag !== undefined) {
    const chosen = languageOfTag(flag);
    if (chosen === undefined) {
      throw new UsageError(
        `unknown language '${flag}' (use one of ${[...OFFICIAL_LANGUAGES].sort().join(', ')})`,
        command,
      );
    }
    return chosen;
  }
  for (const name of LANGUAGE_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    // The strongest variable that is set decides, even when it names another language.
    return languageOfTag(value) ?? 'en';
  }
  return 'en';
}

/**
 * The locale of the output, loaded: see {@link chooseLanguage} for how the language is chosen.
 *
 * @param flag - The value of `--lang`, if given.
 * @param env - The environment.
 * @param command - The command, for the usage error.
 * @returns The locale, with the words of every package.
 * @throws {@link UsageError} when `--lang` names no official ITU language.
 */
export async function chooseLocale(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  command: string,
): Promise<ReportLocale> {
  return LOADERS[chooseLanguage(flag, env, command)]();
}

/**
 * The wording of findings in the language of the output, loaded, without the words of ranking
 * and reports: see {@link chooseLanguage} for how the language is chosen.
 *
 * @param flag - The value of `--lang`, if given.
 * @param env - The environment.
 * @param command - The command, for the usage error.
 * @returns The locale of findings.
 * @throws {@link UsageError} when `--lang` names no official ITU language.
 */
export async function chooseMessagesLocale(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  command: string,
): Promise<Locale> {
  return MESSAGE_LOADERS[chooseLanguage(flag, env, command)]();
}
