import {
  INIT_HELP,
  PRIORITIZE_HELP,
  REPORT_HELP,
  SCHEMA_HELP,
  STATUS_HELP,
  VALIDATE_HELP,
} from './help.js';
import type { CommandName } from './command-names.js';
import { COMMAND_NAMES, isCommandName } from './command-names.js';

/** What every command is given besides its arguments. */
export interface CommandContext {
  /** The CLI's version, from its package.json. */
  readonly version: string;
  /** The working directory that relative paths are resolved against and reported from. */
  readonly cwd: string;
}

/** A command's module, loaded only when the command runs. */
export interface CommandModule {
  /**
   * Runs the command; throws a `UsageError` for a mistake in the call.
   *
   * @param args - The arguments after the command name.
   * @param context - Version and working directory.
   * @returns The exit code.
   */
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** One entry of the command table. */
export interface CommandEntry {
  /** The arguments as shown in the overview, such as `[paths...]`. */
  readonly synopsis: string;
  /** One line for the overview of `aicb --help`. */
  readonly summary: string;
  /** The text of `aicb <command> --help`. */
  readonly help: string;
  /** Loads the command's module. */
  readonly load: () => Promise<CommandModule>;
}

/**
 * The commands, by name. A new command is one more entry here: its module is loaded only when it
 * runs, and `aicb --help` lists it.
 */
export const COMMANDS: Readonly<Record<CommandName, CommandEntry>> = {
  validate: {
    synopsis: '[paths...]',
    summary: 'Check plan files as one workspace and report every finding.',
    help: VALIDATE_HELP,
    load: () => import('./commands/validate.js'),
  },
  prioritize: {
    synopsis: '<workplan>',
    summary: 'Rank the measures of a work plan and explain each rank.',
    help: PRIORITIZE_HELP,
    load: () => import('./commands/prioritize.js'),
  },
  report: {
    synopsis: '[paths...]',
    summary: 'Write a self-contained HTML report of the plan, with charts.',
    help: REPORT_HELP,
    load: () => import('./commands/report.js'),
  },
  status: {
    synopsis: '[paths...]',
    summary: 'Show plan health and the Resolution 1332 lenses as of a date.',
    help: STATUS_HELP,
    load: () => import('./commands/status.js'),
  },
  schema: {
    synopsis: '[kind]',
    summary: 'Print or write the JSON Schemas of the plan documents.',
    help: SCHEMA_HELP,
    load: () => import('./commands/schema.js'),
  },
  init: {
    synopsis: '[dir]',
    summary: 'Write a small valid starter workspace.',
    help: INIT_HELP,
    load: () => import('./commands/init.js'),
  },
};

/**
 * The command of a name, if there is one.
 *
 * @param name - What was typed as the command.
 * @returns The table entry, or `undefined`.
 */
export function findCommand(name: string): CommandEntry | undefined {
  return isCommandName(name) ? COMMANDS[name] : undefined;
}

/**
 * The text of `aicb --help`, listing every command of the table.
 *
 * @returns The help text, ending with a line break.
 */
export function rootHelp(): string {
  const rows = COMMAND_NAMES.map((name) => [
    `${name} ${COMMANDS[name].synopsis}`,
    COMMANDS[name].summary,
  ]);
  const width = Math.max(...rows.map(([left = '']) => left.length)) + 2;
  return [
    'Usage: aicb <command> [options]',
    '',
    'Checks ITU AI capacity-building plan files from scripts and CI.',
    '',
    'Commands:',
    ...rows.map(([left = '', right = '']) => `  ${left.padEnd(width)}${right}`),
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}Show this help; 'aicb <command> --help' shows a command's.`,
    `  ${'-v, --version'.padEnd(width)}Print the version.`,
    '',
    'Exit codes: 0 valid, 1 findings that fail the check, 2 usage error or unreadable input.',
    '',
  ].join('\n');
}
