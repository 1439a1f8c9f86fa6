import { resolve } from 'node:path';
import type { Locale, Suppression, ValidationIssue } from '@itu-aicb/core';
import {
  classifyPlanText,
  findingFingerprint,
  localizeIssue,
  parseText,
  suppressFindings,
  suppressionsInText,
  validateWorkspaceText,
} from '@itu-aicb/core';
import type { PlanFiles } from '@itu-aicb/core/node';
import { PlanFileSearchError, loadPlanFiles } from '@itu-aicb/core/node';
import type { ResolvedConfig } from '../config/load-config.js';
import { UsageError } from '../usage-error.js';
import type { Finding, ReportedFile, SkippedReport } from './report.js';
import { skippedPhrase, sortFindings } from './report.js';
import { CLI_WORDING } from '../language/cli-wording.js';
import { printable } from '../formats/code-frame.js';
import { isOwnOutputFile } from './own-output.js';

/** What one run of the checks found, before it is judged. */
export interface Gathered {
  /** The files, sorted by path. */
  readonly files: readonly ReportedFile[];
  /** Every finding, with its fingerprint and suppression, by file, line and column. */
  readonly findings: readonly Finding[];
  /** The texts read, by path. */
  readonly texts: ReadonlyMap<string, string>;
  readonly skipped: readonly SkippedReport[];
  readonly unreadable: number;
  readonly unreadableDirectories: number;
}

/** Where the files come from: paths to search, or one text read from standard input. */
export type Input =
  | { readonly kind: 'paths'; readonly targets: readonly string[] }
  | { readonly kind: 'stdin'; readonly source: string; readonly text: string };

const formatOf = (source: string): 'json' | 'yaml' => (/\.json$/i.test(source) ? 'json' : 'yaml');

/** The part of {@link PlanFiles} a run reports from. */
type Loaded = Pick<PlanFiles, 'findings' | 'skipped' | 'unreadable' | 'unreadableDirectories'> & {
  readonly files: readonly { source: string; kind: string | null; text: string | undefined }[];
};

function fromStdin(source: string, text: string, config: ResolvedConfig): Loaded {
  const format = formatOf(source);
  const result = validateWorkspaceText([{ source, text, format }], { rules: config.rules });
  const classified = classifyPlanText(text, format);
  return {
    files: [{ source, text, kind: classified.status === 'document' ? classified.kind : null }],
    findings: [...result.issues, ...result.warnings],
    skipped: [],
    unreadable: 0,
    unreadableDirectories: 0,
  };
}

/**
 * The files skipped, less aicb's own reports and baselines (written with `-o` or as the baseline
 * by an earlier run, maybe with other options), which are no plan files to tell about.
 */
function skippedFiles(loaded: Loaded, cwd: string): Loaded {
  const skipped = loaded.skipped.filter(
    ({ source }) => formatOf(source) !== 'json' || !isOwnOutputFile(resolve(cwd, source)),
  );
  return skipped.length === loaded.skipped.length ? loaded : { ...loaded, skipped };
}

async function fromPaths(
  targets: readonly string[],
  cwd: string,
  config: ResolvedConfig,
  command: string,
  onProgress: (done: number, total: number) => void,
): Promise<Loaded> {
  try {
    return await loadPlanFiles(targets, {
      cwd,
      validate: { rules: config.rules },
      exclude: config.exclude,
      onProgress,
    });
  } catch (error) {
    if (error instanceof PlanFileSearchError) throw new UsageError(error.message, command);
    throw error;
  }
}

/** Each finding's fingerprint, reading again only the files that have findings. */
function withFingerprints(
  findings: readonly (ValidationIssue & { suppression?: Finding['suppression'] })[],
  texts: ReadonlyMap<string, string>,
  locale: Locale,
): Finding[] {
  const documents = new Map<string, unknown>();
  const documentOf = (source: string): unknown => {
    if (!documents.has(source)) {
      const text = texts.get(source);
      const parsed = text === undefined ? undefined : parseText(text, { format: formatOf(source) });
      documents.set(source, parsed?.ok === true ? parsed.value : undefined);
    }
    return documents.get(source);
  };
  return findings.map((given) => {
    const issue = localizeIssue(given, locale);
    const file = issue.source ?? '';
    return {
      file,
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      pointer: issue.pointer,
      ...(issue.hint === undefined ? {} : { hint: issue.hint }),
      ...(issue.position === undefined ? {} : { position: issue.position }),
      ...(issue.params === undefined ? {} : { params: issue.params }),
      fingerprint: findingFingerprint(given, documentOf(file)),
      ...(given.suppression === undefined ? {} : { suppression: given.suppression }),
    };
  });
}

/** Today in UTC, `YYYY-MM-DD`, the day suppressions expire by. */
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Reads and checks the files of a run, applies the suppressions of the files and of the
 * configuration, and fingerprints every finding.
 *
 * @param input - Paths, or a text from standard input.
 * @param config - The configuration.
 * @param cwd - The working directory.
 * @param command - The command, for usage errors.
 * @param verbose - Whether to list the files skipped when no plan file is found (`--verbose`).
 * @param locale - The language of the findings' messages.
 * @param onProgress - Called as files are read.
 * @returns What was found.
 * @throws {@link UsageError} when a path does not exist or no plan file is found.
 */
export async function gather(
  input: Input,
  config: ResolvedConfig,
  cwd: string,
  command: string,
  verbose: boolean,
  locale: Locale,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Gathered> {
  const loaded =
    input.kind === 'stdin'
      ? fromStdin(input.source, input.text, config)
      : skippedFiles(await fromPaths(input.targets, cwd, config, command, onProgress), cwd);
  if (loaded.files.length === 0 && input.kind === 'paths') {
    // With nothing to report on, --verbose still says which files were skipped and why, in
    // English as the usage error that follows.
    if (verbose) {
      for (const { source, reason } of loaded.skipped) {
        process.stderr.write(
          `${printable(source)}  skipped  ${CLI_WORDING.en.skipReasons[reason]}\n`,
        );
      }
    }
    const skipped = loaded.skipped.length === 0 ? '' : ` (${skippedPhrase(loaded.skipped)})`;
    throw new UsageError(
      `no plan files found in ${input.targets.map((target) => `'${target}'`).join(', ')}${skipped}; name files explicitly, or give each a known kind`,
      command,
    );
  }
  const kinds = new Map<string, string | null>();
  const texts = new Map<string, string>();
  const suppressions: Suppression[] = [];
  for (const file of loaded.files) {
    kinds.set(file.source, file.kind);
    if (file.text === undefined) continue;
    texts.set(file.source, file.text);
    if (formatOf(file.source) === 'yaml') {
      suppressions.push(...suppressionsInText(file.source, file.text));
    }
  }
  suppressions.push(...config.suppressions);
  const suppressed = suppressFindings(loaded.findings, suppressions, { today: today() });
  const files = [...kinds]
    .map(([path, kind]) => ({ path, kind }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const findings = sortFindings(
    withFingerprints([...suppressed.findings, ...suppressed.problems], texts, locale),
    files.map((file) => file.path),
  );
  return {
    files,
    findings,
    texts,
    skipped: loaded.skipped.map(({ source, reason }) => ({ path: source, reason })),
    unreadable: loaded.unreadable,
    unreadableDirectories: loaded.unreadableDirectories,
  };
}
