import type {
  InitiativeCatalogue,
  NeedsAssessment,
  ProgressReport,
  ScoringProfile,
  ValidateTextOptions,
  ValidationIssue,
  WorkPlan,
  WorkspaceResult,
} from '../index.js';
import { validateWorkspaceText } from '../index.js';
import { discover } from './discover.js';
import type { PlanFile, SkippedFile } from './read-plan-files.js';
import { formatOf, readPlanFiles, toSource } from './read-plan-files.js';

/**
 * How {@link loadPlanFiles} finds, reads and checks files.
 *
 * @example
 * ```ts
 * const options: LoadPlanFilesOptions = {
 *   cwd: '/work/plans',
 *   globs: true,
 *   validate: { rules: { 'plan/missing-estimates': 'off' } },
 * };
 * ```
 */
export interface LoadPlanFilesOptions {
  /** The directory relative paths and globs start from, and findings are named from. Default: `process.cwd()`. */
  readonly cwd?: string | undefined;
  /** Whether a path that does not exist is matched as a glob. Default: `true`. */
  readonly globs?: boolean | undefined;
  /** How the texts are checked: limits and rule overrides, as for `validateWorkspaceText`. */
  readonly validate?: ValidateTextOptions | undefined;
  /**
   * Leaves out files found in a directory or by a glob: called with each file's name relative to
   * `cwd` (with `/` separators), it returns `true` for a file not to read. Files named explicitly
   * are always read. Default: none is left out.
   */
  readonly exclude?: ((source: string) => boolean) | undefined;
  /** Called as each file is taken up, with its number (from 1) and the number of files to read. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * What {@link loadPlanFiles} gives: the valid documents by kind, every finding, every file read or
 * reported with its text, and the files skipped with the reason.
 *
 * @example
 * ```ts
 * declare const loaded: PlanFiles;
 * const [plan] = loaded.plans;
 * loaded.ok;
 * //=> true
 * ```
 */
export interface PlanFiles {
  /** The valid work plans, in file order. */
  readonly plans: WorkPlan[];
  /** The valid initiative catalogues. */
  readonly catalogues: InitiativeCatalogue[];
  /** The valid needs assessments. */
  readonly assessments: NeedsAssessment[];
  /** The valid scoring profiles. */
  readonly profiles: ScoringProfile[];
  /** The valid progress reports. */
  readonly reports: ProgressReport[];
  /**
   * Every finding, errors, warnings and notes: first those about files that were not validated
   * (not readable, not UTF-8, too large, looking like a plan document without a known kind), then
   * those of the validation. Each has its `source` and, where it can be placed, its `position`.
   */
  readonly findings: ValidationIssue[];
  /** Whether no finding is an error. */
  readonly ok: boolean;
  /** Every file validated or with a finding of its own, in the order found, with its text. */
  readonly files: PlanFile[];
  /** The YAML and JSON files found by a search that are not plan documents, with the reason. */
  readonly skipped: SkippedFile[];
  /** How many files or directories could not be read at all (they are in `files` too). */
  readonly unreadable: number;
  /** How many of `unreadable` are directories that could not be searched. */
  readonly unreadableDirectories: number;
  /** The result of validating the plan documents as one workspace. */
  readonly result: WorkspaceResult;
}

/**
 * Finds, reads and checks plan files as one workspace, as the `aicb` command does, and returns
 * the valid documents by kind. A named file is always checked. A directory is searched
 * recursively for `.yaml`, `.yml` and `.json` files (skipping `node_modules`, dot-directories,
 * links to folders, broken links and FIFOs), and so is a glob; a file found so is checked when its
 * top-level `kind` is a known kind, reported (`file/unknown-kind`, `file/missing-kind`,
 * `text/empty`) when it looks meant to be a plan document, and otherwise skipped with the reason.
 * Each file is read through one descriptor as strict UTF-8 of at most 10,000,000 bytes, whatever
 * size it claims. A file that cannot be read is a finding; the others are read on.
 *
 * @param targets - Files, directories and globs (quote globs for a shell), or one of them.
 * @param options - Working directory, globs, validation options and a progress callback.
 * @returns The documents by kind, the findings and the files.
 * @throws {@link PlanFileSearchError} when a path is empty or does not exist, or a glob matches
 *   no file; nothing is read then.
 *
 * @example
 * ```ts
 * const loaded = await loadPlanFiles(['examples/itu-ai-capacity-building']);
 * loaded.plans.length;
 * //=> 1
 * for (const finding of loaded.findings) {
 *   console.log(`${finding.source}:${finding.position?.line} ${finding.code} ${finding.message}`);
 * }
 * ```
 */
export async function loadPlanFiles(
  targets: string | readonly string[],
  options: LoadPlanFilesOptions = {},
): Promise<PlanFiles> {
  const cwd = options.cwd ?? process.cwd();
  const found = await discover(typeof targets === 'string' ? [targets] : targets, cwd, {
    globs: options.globs,
  });
  const exclude = options.exclude;
  const candidates =
    exclude === undefined
      ? found.candidates
      : found.candidates.filter(
          (candidate) => candidate.explicit || !exclude(toSource(cwd, candidate.path)),
        );
  const problems = found.problems;
  const progress = options.onProgress;
  const read = readPlanFiles(
    candidates,
    problems,
    cwd,
    progress === undefined
      ? undefined
      : (done) => {
          progress(done, candidates.length);
        },
  );
  const result = validateWorkspaceText(
    read.documents.map((file) => ({
      source: file.source,
      text: file.text,
      format: formatOf(file.source),
    })),
    options.validate,
  );
  const documents = result.documents.flatMap(({ result: checked }) =>
    checked.ok ? [checked.value] : [],
  );
  const findings = [...read.findings, ...result.issues, ...result.warnings];
  return {
    plans: documents.filter((document) => document.kind === 'WorkPlan'),
    catalogues: documents.filter((document) => document.kind === 'InitiativeCatalogue'),
    assessments: documents.filter((document) => document.kind === 'NeedsAssessment'),
    profiles: documents.filter((document) => document.kind === 'ScoringProfile'),
    reports: documents.filter((document) => document.kind === 'ProgressReport'),
    findings,
    ok: findings.every((finding) => finding.severity !== 'error'),
    files: read.files,
    skipped: read.skipped,
    unreadable: read.unreadable,
    unreadableDirectories: read.unreadableDirectories,
    result,
  };
}
