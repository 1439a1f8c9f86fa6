import type { LoadPlanFilesOptions, PlanFiles } from '@itu-aicb/core/node';
import { PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';
import type { Locale } from '@itu-aicb/core';
import { healthTimeSeries, localizeIssue, planHealth } from '@itu-aicb/core';
import { lensesTimeSeries, resolution1332Lenses } from '@itu-aicb/scoring';
import type { CommandContext } from '../commands.js';
import { printable } from '../formats/code-frame.js';
import type { StatusFormatName } from '../formats/status/format.js';
import { STATUS_FORMATS, isStatusFormatName, loadStatusFormat } from '../formats/status/format.js';
import { isCalendarDate, parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import { chooseLocale } from '../language/choose-locale.js';
import { configuredSearch } from '../config/configured-search.js';
import { loadConfig } from '../config/load-config.js';

const COMMAND = 'aicb status';

interface Options {
  readonly targets: readonly string[];
  /** How to search, from the configuration. */
  readonly search: Pick<LoadPlanFilesOptions, 'exclude' | 'validate'>;
  readonly asOf: string;
  readonly format: StatusFormatName;
  readonly locale: Locale;
}

async function readOptions(args: readonly string[], cwd: string): Promise<Options> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      'as-of': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', short: 'f' },
      debug: { type: 'boolean' },
      lang: { type: 'string' },
    },
    COMMAND,
  );
  const format = values.format ?? 'text';
  if (!isStatusFormatName(format)) {
    throw new UsageError(
      `unknown format '${format}' (use one of ${STATUS_FORMATS.join(', ')})`,
      COMMAND,
    );
  }
  if (positionals.includes('')) throw new UsageError('a path is empty', COMMAND);
  // The configuration's files, rule severities and date stand where the command line gives none.
  const config = loadConfig(values.config, cwd, COMMAND);
  const asOf = values['as-of'] ?? config.asOf ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(asOf)) {
    throw new UsageError(`--as-of needs a date as YYYY-MM-DD, not '${asOf}'`, COMMAND);
  }
  const { targets, options: search } = configuredSearch(config, positionals);
  return {
    targets,
    search,
    asOf,
    format,
    locale: await chooseLocale(values.lang, process.env, COMMAND),
  };
}

/**
 * The files found and checked as `aicb validate` checks them. Errors stop the command: they are
 * written on standard error, one line each, and the exit code is returned instead.
 */
async function load(options: Options, cwd: string): Promise<PlanFiles | 1 | 2> {
  let loaded: PlanFiles;
  try {
    loaded = await loadPlanFiles(options.targets, { cwd, ...options.search });
  } catch (error) {
    if (error instanceof PlanFileSearchError) throw new UsageError(error.message, COMMAND);
    throw error;
  }
  const errors = loaded.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => localizeIssue(finding, options.locale));
  for (const finding of errors) {
    const where =
      finding.position === undefined
        ? (finding.source ?? '')
        : `${finding.source ?? ''}:${finding.position.line}:${finding.position.column}`;
    process.stderr.write(
      `${printable(where)}  ${printable(finding.code)}  ${printable(finding.message)}\n`,
    );
  }
  if (errors.length === 0) return loaded;
  if (loaded.unreadable > 0) return 2;
  process.stderr.write(
    `aicb: the files have ${errors.length} error${errors.length === 1 ? '' : 's'}; run aicb validate for the full report.\n`,
  );
  return 1;
}

/**
 * `aicb status`: the health of each work plan found, as of a date, from its progress reports, and
 * the three lenses of Council Resolution 1332.
 *
 * @param args - The arguments after `status`.
 * @param context - Version and working directory.
 * @returns The exit code: 0; 1 when the files have errors or hold no work plan; 2 for a usage
 *   error (thrown) or a file that cannot be read.
 */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = await readOptions(args, context.cwd);
  const loaded = await load(options, context.cwd);
  if (typeof loaded === 'number') return loaded;
  const { plans, reports, assessments, catalogues } = loaded;
  if (plans.length === 0) {
    process.stderr.write('aicb: the files hold no work plan.\n');
    return 1;
  }
  const render = await loadStatusFormat(options.format);
  process.stdout.write(
    render({
      version: context.version,
      asOf: options.asOf,
      locale: options.locale,
      plans: plans.map((plan) => {
        // The trend runs to the date asked for: reports as of a later date are left out.
        const upToDate = reports.filter((report) => report.asOf <= options.asOf);
        return {
          health: planHealth(plan, reports, options.asOf, { locale: options.locale }),
          lenses: resolution1332Lenses({
            plan,
            reports,
            asOf: options.asOf,
            assessments,
            catalogues,
          }),
          series: {
            health: healthTimeSeries(plan, upToDate),
            lenses: lensesTimeSeries({ plan, reports: upToDate, assessments, catalogues }),
          },
        };
      }),
    }),
  );
  return 0;
}
