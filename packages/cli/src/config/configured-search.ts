import type { LoadPlanFilesOptions } from '@itu-aicb/core/node';
import type { ResolvedConfig } from './load-config.js';

/**
 * What a configuration sets for the commands that read plan files without validating them in
 * full (`aicb status`, `aicb report`): the paths to search when none are given, the files left
 * out, and the rule severities their findings carry.
 *
 * @param config - The configuration of the run.
 * @param given - The paths given on the command line.
 * @returns The paths to search and the options of `loadPlanFiles`.
 */
export function configuredSearch(
  config: ResolvedConfig,
  given: readonly string[],
): {
  readonly targets: readonly string[];
  readonly options: Pick<LoadPlanFilesOptions, 'exclude' | 'validate'>;
} {
  return {
    targets: given.length > 0 ? given : (config.files ?? ['.']),
    options: { exclude: config.exclude, validate: { rules: config.rules } },
  };
}
