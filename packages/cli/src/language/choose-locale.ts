import { resolveLocale } from '@itu-aicb/core';
import type { ScoringLocale } from '@itu-aicb/scoring';
import { ar } from '@itu-aicb/scoring/locales/ar';
import { en } from '@itu-aicb/scoring/locales/en';
import { es } from '@itu-aicb/scoring/locales/es';
import { fr } from '@itu-aicb/scoring/locales/fr';
import { ru } from '@itu-aicb/scoring/locales/ru';
import { zh } from '@itu-aicb/scoring/locales/zh';
import { UsageError } from '../usage-error.js';

/** Every official language: the CLI carries them all. */
export const CLI_LOCALES: readonly ScoringLocale[] = [ar, en, es, fr, ru, zh];

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
 * @returns The locale.
 * @throws {@link UsageError} when `--lang` names no official ITU language.
 */
export function chooseLocale(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  command: string,
): ScoringLocale {
  if (flag !== undefined) {
    const chosen = resolveLocale(flag, CLI_LOCALES);
    if (chosen === undefined) {
      throw new UsageError(
        `unknown language '${flag}' (use one of ${CLI_LOCALES.map((locale) => locale.language).join(', ')})`,
        command,
      );
    }
    return chosen;
  }
  for (const name of LANGUAGE_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    // The strongest variable that is set decides, even when it names another language.
    return resolveLocale(value, CLI_LOCALES) ?? en;
  }
  return en;
}
