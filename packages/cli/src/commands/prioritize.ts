import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScoringMethod, ScoringProfile, SourcePosition } from '@itu-aicb/core';
import { SCORING_METHODS, localizeIssue } from '@itu-aicb/core';
import type { PlanFiles } from '@itu-aicb/core/node';
import { PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';
import type { PrioritizationSensitivity, Prioritization, ScoringLocale } from '@itu-aicb/scoring';
import {
  ScoringError,
  defaultScoringProfile,
  prioritizationSensitivity,
  prioritizeMeasures,
} from '@itu-aicb/scoring';
import type { CommandContext } from '../commands.js';
import { printable } from '../formats/code-frame.js';
import type { PriorityFormatName } from '../formats/priorities/format.js';
import {
  PRIORITY_FORMATS,
  isPriorityFormatName,
  loadPriorityFormat,
} from '../formats/priorities/format.js';
import { isCalendarDate, parseCommandArgs, wholeNumberOption } from '../command-args.js';
import { loadConfig } from '../config/load-config.js';
import { UsageError } from '../usage-error.js';
import { chooseLocale } from '../language/choose-locale.js';

const COMMAND = 'aicb prioritize';

interface Options {
  readonly plan: string;
  /** The date country groups are read on, when given. */
  readonly asOf?: string;
  readonly assessments: readonly string[];
  readonly catalogues: readonly string[];
  readonly profile: string | undefined;
  readonly method: ScoringMethod | undefined;
  readonly top: number | undefined;
  readonly explain: boolean;
  readonly samples: number | undefined;
  readonly seed: number;
  readonly format: PriorityFormatName;
  /** The configuration file given, if any. */
  readonly config: string | undefined;
  readonly locale: ScoringLocale;
}

const wholeNumber = (value: string | undefined, option: string, minimum: number) =>
  wholeNumberOption(value, option, minimum, COMMAND);

async function readOptions(args: readonly string[]): Promise<Options> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      assessments: { type: 'string', short: 'a', multiple: true },
      catalogue: { type: 'string', short: 'c', multiple: true },
      profile: { type: 'string', short: 'p' },
      method: { type: 'string', short: 'm' },
      top: { type: 'string', short: 'n' },
      explain: { type: 'boolean', short: 'e' },
      'as-of': { type: 'string' },
      sensitivity: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', short: 'f' },
      config: { type: 'string' },
      debug: { type: 'boolean' },
      lang: { type: 'string' },
    },
    COMMAND,
  );
  const [plan, ...extra] = positionals;
  if (plan === undefined) throw new UsageError('give the work plan file', COMMAND);
  if (extra.length > 0)
    throw new UsageError(`give one work plan, not ${positionals.length} paths`, COMMAND);
  const format = values.format ?? 'table';
  if (!isPriorityFormatName(format)) {
    throw new UsageError(
      `unknown format '${format}' (use one of ${PRIORITY_FORMATS.join(', ')})`,
      COMMAND,
    );
  }
  const method = values.method;
  if (method !== undefined && !(SCORING_METHODS as readonly string[]).includes(method)) {
    throw new UsageError(
      `unknown method '${method}' (use one of ${SCORING_METHODS.join(', ')})`,
      COMMAND,
    );
  }
  const seed = wholeNumber(values.seed, '--seed', 0) ?? 1;
  const samples = wholeNumber(values.sensitivity, '--sensitivity', 1);
  if (values.seed !== undefined && samples === undefined) {
    throw new UsageError('--seed goes with --sensitivity', COMMAND);
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw new UsageError(`--as-of needs a date as YYYY-MM-DD, not '${asOf}'`, COMMAND);
  }
  return {
    plan,
    ...(asOf === undefined ? {} : { asOf }),
    assessments: values.assessments ?? [],
    catalogues: values.catalogue ?? [],
    profile: values.profile,
    method: method as ScoringMethod | undefined,
    top: wholeNumber(values.top, '--top', 1),
    explain: values.explain ?? false,
    samples,
    seed,
    format,
    config: values.config,
    locale: await chooseLocale(values.lang, process.env, COMMAND),
  };
}

/** One line about an error in the files: `file:line:column  code  message`, made printable. */
function errorLine(
  file: string,
  position: SourcePosition | undefined,
  code: string,
  message: string,
): string {
  const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
  return `${printable(where)}  ${printable(code)}  ${printable(message)}\n`;
}

/**
 * A path as a word of a command line: quoted for a POSIX shell when it needs to be, and with `./`
 * before a path that starts with `-`, which would otherwise be read as an option.
 */
const shellWord = (path: string): string => {
  const word = path.startsWith('-') ? `./${path}` : path;
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
};

/**
 * The documents the command ranks, found and read as `aicb validate` finds and reads them (a
 * directory gives its .yaml, .yml and .json files that declare a known kind) and validated
 * together. Errors stop the command: they are written on standard error, and the exit code is
 * returned instead.
 */
async function loadDocuments(options: Options, cwd: string): Promise<PlanFiles | 1 | 2> {
  if (options.plan === '') throw new UsageError('the path of the work plan is empty', COMMAND);
  let planIsDirectory = false;
  try {
    planIsDirectory = statSync(resolve(cwd, options.plan)).isDirectory();
  } catch {
    // A path that does not exist or cannot be looked at is reported below.
  }
  if (planIsDirectory) {
    throw new UsageError(`'${options.plan}' is a directory; give the work plan file`, COMMAND);
  }
  const targets = [
    ...new Set([
      options.plan,
      ...(options.profile === undefined ? [] : [options.profile]),
      ...options.assessments,
      ...options.catalogues,
    ]),
  ];
  let loaded: PlanFiles;
  try {
    loaded = await loadPlanFiles(targets, {
      cwd,
      globs: false,
      // Without catalogues, initiatives cannot be resolved, and leverage counts none of them.
      validate:
        options.catalogues.length === 0
          ? { rules: { 'workspace/unresolved-initiative': 'off' } }
          : {},
    });
  } catch (error) {
    if (error instanceof PlanFileSearchError) throw new UsageError(error.message, COMMAND);
    throw error;
  }
  const errors = loaded.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => localizeIssue(finding, options.locale))
    .map((finding) =>
      errorLine(finding.source ?? '', finding.position, finding.code, finding.message),
    );
  if (errors.length > 0) {
    for (const line of errors) process.stderr.write(line);
    // A file or directory that cannot be read is said in one line, as input that cannot be used.
    if (loaded.unreadable > 0) return 2;
    process.stderr.write(
      printable(
        `aicb: the files have ${errors.length} error${errors.length === 1 ? '' : 's'}. For the full report, run: aicb validate ${targets.map(shellWord).join(' ')}`,
      ) + '\n',
    );
    return 1;
  }
  return loaded;
}

/**
 * `aicb prioritize`: ranks the measures of a work plan against the needs assessments and
 * initiative catalogues with a scoring profile, explains the ranks and, with `--sensitivity`,
 * how stable the ranking is.
 *
 * @param args - The arguments after `prioritize`.
 * @param context - Version and working directory.
 * @returns The exit code: 0, 1 when the files have errors or the ranking cannot be made, 2 for a
 *   usage error (thrown).
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const given = await readOptions(args);
  // The configuration's scoring profile and date stand where the command line gives none.
  const config = loadConfig(given.config, context.cwd, COMMAND);
  const asOf = given.asOf ?? config.asOf;
  const options: Options = {
    ...given,
    profile: given.profile ?? config.profile,
    ...(asOf === undefined ? {} : { asOf }),
  };
  const loaded = await loadDocuments(options, context.cwd);
  if (typeof loaded === 'number') return loaded;
  const { plans, profiles, assessments, catalogues } = loaded;
  const [plan] = plans;
  if (plans.length !== 1 || plan === undefined) {
    throw new UsageError(`the files hold ${plans.length} work plans; give exactly one`, COMMAND);
  }
  if (profiles.length > 1)
    throw new UsageError(`the files hold ${profiles.length} scoring profiles; give one`, COMMAND);
  const base = profiles[0] ?? defaultScoringProfile();
  const profile: ScoringProfile =
    options.method === undefined
      ? base
      : { ...base, method: { ...base.method, name: options.method } };
  let ranked: Prioritization;
  let sensitivity: PrioritizationSensitivity | undefined;
  try {
    ranked = prioritizeMeasures({
      plan,
      profile,
      assessments,
      catalogues,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      locale: options.locale,
    });
    sensitivity =
      options.samples === undefined
        ? undefined
        : prioritizationSensitivity(ranked, profile, {
            samples: options.samples,
            seed: options.seed,
          });
  } catch (error) {
    if (error instanceof ScoringError) {
      process.stderr.write(
        `aicb: the measures cannot be ranked: ${printable(error.message)} [${printable(error.code)}]\n`,
      );
      return 1;
    }
    throw error;
  }
  const render = await loadPriorityFormat(options.format);
  process.stdout.write(
    render({
      result: ranked,
      shown: options.top === undefined ? ranked.ranking : ranked.ranking.slice(0, options.top),
      sensitivity,
      explain: options.explain,
      locale: options.locale,
    }),
  );
  return 0;
}
