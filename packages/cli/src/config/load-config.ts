import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { RuleOverrides, Suppression } from '@itu-aicb/core';
import { fromJsonPointer, parseText, toJsonPointer } from '@itu-aicb/core';
import type * as z from 'zod';
import { fsReason } from '@itu-aicb/core/node';
import { printable } from '../formats/code-frame.js';
import { UsageError } from '../usage-error.js';
import type { AicbConfig } from './config-schema.js';
import { AicbConfigSchema, RULE_CODES, RULE_SETTINGS } from './config-schema.js';
import { globMatcher } from './glob-match.js';

/** The names a configuration file is found by, in the order they are looked for in a folder. */
export const CONFIG_FILES = ['aicb.config.yaml', 'aicb.config.yml', 'aicb.config.json'] as const;

/** The configuration as the commands use it: paths resolved, relative to the working directory. */
export interface ResolvedConfig {
  /** The configuration file, relative to the working directory; `undefined` when there is none. */
  readonly source: string | undefined;
  /** The severity overrides by rule code. */
  readonly rules: RuleOverrides;
  /** What to check when no paths are given, relative to the working directory. */
  readonly files: readonly string[] | undefined;
  /** Whether a found file (relative to the working directory) is left out. */
  readonly exclude: ((source: string) => boolean) | undefined;
  /** The scoring profile, relative to the working directory. */
  readonly profile: string | undefined;
  /** The date country groups are read on. */
  readonly asOf: string | undefined;
  /** The baseline file, relative to the working directory. */
  readonly baseline: string | undefined;
  /** The configured suppressions. */
  readonly suppressions: readonly Suppression[];
}

/** A path as findings name it: relative to the working directory, with `/` separators. */
function toSource(cwd: string, path: string): string {
  const name = relative(cwd, path);
  return (name === '' ? '.' : name).split(sep).join('/');
}

/**
 * The configuration file that applies in a folder: the first of {@link CONFIG_FILES} in it or in
 * the nearest folder above it.
 *
 * @param cwd - The folder to start from.
 * @returns The absolute path, or `undefined`.
 */
export function findConfigFile(cwd: string): string | undefined {
  let directory = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(directory, name);
      if (existsSync(path)) return path;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/** The first problem of a configuration, as `file:line:column: where: what`. */
function configProblem(
  source: string,
  where: { line: number; column: number } | undefined,
  pointer: string,
  problem: string,
): string {
  const at = where === undefined ? source : `${source}:${where.line}:${where.column}`;
  // The message ends a sentence that the caller closes with its own full stop.
  const text = problem.replace(/\.+$/, '');
  return `invalid configuration ${printable(at)}: ${pointer === '' ? '' : `${printable(pointer)}: `}${text}`;
}

/** What a value is, in the words of the configuration's documentation. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  switch (typeof value) {
    case 'object':
      return 'a mapping';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'nothing';
  }
}

/** The kinds zod expects, in the same words. */
const EXPECTED: Readonly<Record<string, string>> = {
  record: 'a mapping',
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** The value at a path of a parsed document, or `undefined`. */
function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let value = document;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * A zod issue of the configuration in the project's own words: which kind of value to use
 * instead of what was written, or that text must not be empty; other issues keep their message.
 */
function configIssueText(
  issue: z.core.$ZodIssue,
  path: readonly (string | number)[],
  document: unknown,
): string {
  if (issue.code === 'invalid_type') {
    const expected =
      path.length === 0
        ? 'a mapping of settings'
        : path.length === 1 && path[0] === 'rules'
          ? 'a mapping of rule code to severity'
          : (EXPECTED[issue.expected] ?? issue.expected);
    const value = valueAt(document, path);
    return value === undefined ? `give ${expected}` : `use ${expected}, not ${kindOf(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'use text that is not empty';
  return issue.message;
}

/**
 * Reads and checks a configuration file, and resolves its paths.
 *
 * @param path - The file, absolute.
 * @param cwd - The working directory.
 * @param command - The command, for the usage error.
 * @returns The configuration.
 * @throws {@link UsageError} when the file cannot be read or is not a valid configuration.
 */
export function readConfig(path: string, cwd: string, command: string): ResolvedConfig {
  const source = toSource(cwd, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the configuration '${printable(source)}': ${fsReason(error)}`,
      command,
    );
  }
  const parsed = parseText(text, { format: path.endsWith('.json') ? 'json' : 'yaml' });
  // An empty file, or one of comments only, is an empty configuration.
  if (!parsed.ok && parsed.issues.every((issue) => issue.code === 'text/empty')) {
    return resolveConfig({}, path, cwd, () => undefined);
  }
  if (!parsed.ok) {
    const [issue] = parsed.issues;
    throw new UsageError(
      configProblem(source, issue?.position, '', issue?.message ?? 'cannot be read'),
      command,
    );
  }
  const checked = AicbConfigSchema.safeParse(parsed.value ?? {});
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const path = (issue?.path ?? []).map((segment) =>
      typeof segment === 'symbol' ? String(segment) : segment,
    );
    let problem = issue === undefined ? 'not valid' : configIssueText(issue, path, parsed.value);
    let target: 'key' | 'value' = 'value';
    if (issue?.code === 'unrecognized_keys') {
      const [key = ''] = issue.keys;
      path.push(key);
      target = 'key';
      problem =
        path[0] === 'rules'
          ? `'${key}' is not a rule whose severity can be set (rules are listed in docs/rules.md under "Rules")`
          : `unknown key '${key}'`;
    } else if (issue?.code === 'invalid_value' && path[0] === 'rules') {
      problem = `use one of ${RULE_SETTINGS.join(', ')}`;
    }
    const position = parsed.locator.locate(path, target);
    throw new UsageError(
      configProblem(source, position, toJsonPointer(path), printable(problem)),
      command,
    );
  }
  return resolveConfig(checked.data, path, cwd, (pointer) =>
    parsed.locator.locate(fromJsonPointer(pointer) ?? []),
  );
}

function resolveConfig(
  config: AicbConfig,
  path: string,
  cwd: string,
  locate: (pointer: string) => Suppression['origin']['position'],
): ResolvedConfig {
  const directory = dirname(path);
  const fromConfig = (file: string): string => toSource(cwd, resolve(directory, file));
  const ignore = config.ignore;
  const matches = ignore === undefined ? undefined : globMatcher(ignore);
  const source = toSource(cwd, path);
  return {
    source,
    rules: config.rules ?? {},
    files: config.files?.map(fromConfig),
    exclude:
      matches === undefined
        ? undefined
        : (file) => matches(toSource(directory, resolve(cwd, file))),
    profile: config.scoring?.profile === undefined ? undefined : fromConfig(config.scoring.profile),
    asOf: config.scoring?.asOf,
    baseline: config.baseline === undefined ? undefined : fromConfig(config.baseline),
    suppressions: (config.suppressions ?? []).map((entry, index) => ({
      kind: 'external',
      source: fromConfig(entry.file),
      codes: [entry.code],
      reason: entry.reason,
      pointer: entry.pointer,
      expires: entry.expires,
      origin: {
        source,
        pointer: `/suppressions/${index}`,
        position: locate(`/suppressions/${index}`),
      },
    })),
  };
}

/** The configuration when there is no file. */
const NO_CONFIG: ResolvedConfig = {
  source: undefined,
  rules: {},
  files: undefined,
  exclude: undefined,
  profile: undefined,
  asOf: undefined,
  baseline: undefined,
  suppressions: [],
};

/**
 * The configuration of a run: the file given with `--config`, or the one found from the working
 * directory upwards, or none.
 *
 * @param given - The value of `--config`, if any.
 * @param cwd - The working directory.
 * @param command - The command, for usage errors.
 * @returns The configuration.
 * @throws {@link UsageError} when the file given does not exist, or a file is not valid.
 */
export function loadConfig(
  given: string | undefined,
  cwd: string,
  command: string,
): ResolvedConfig {
  if (given !== undefined) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      throw new UsageError(`no such configuration file: '${printable(given)}'`, command);
    }
    return readConfig(path, cwd, command);
  }
  const found = findConfigFile(cwd);
  return found === undefined ? NO_CONFIG : readConfig(found, cwd, command);
}

/**
 * Reads the values of `--rule code=severity` over the configuration's rules.
 *
 * @param values - Each `--rule` value.
 * @param base - The configuration's rules.
 * @param command - The command, for usage errors.
 * @returns The overrides, the command line's last.
 * @throws {@link UsageError} for a value that is not `code=severity` with a rule code.
 */
export function ruleOverrides(
  values: readonly string[],
  base: RuleOverrides,
  command: string,
): RuleOverrides {
  const rules: Record<string, (typeof RULE_SETTINGS)[number]> = {};
  for (const [code, setting] of Object.entries(base))
    if (setting !== undefined) rules[code] = setting;
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const code = at === -1 ? value : value.slice(0, at);
    const setting = at === -1 ? '' : value.slice(at + 1);
    if (!RULE_CODES.includes(code)) {
      throw new UsageError(
        `--rule '${value}' does not name a rule whose severity can be set (see docs/rules.md, "Rules")`,
        command,
      );
    }
    if (!(RULE_SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(
        `--rule '${value}' needs code=severity with one of ${RULE_SETTINGS.join(', ')}`,
        command,
      );
    }
    rules[code] = setting as (typeof RULE_SETTINGS)[number];
  }
  return rules;
}
