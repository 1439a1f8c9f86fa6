// The program behind the `aicb` binary (src/aicb.ts loads it): reads the command name, then
// initialises only that command's modules.
import { version } from '../package.json';
import { COMMANDS, findCommand, rootHelp } from './commands.js';
import { printable } from './formats/code-frame.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';

const HELP_FLAGS = new Set(['-h', '--help']);

/** Whether `--help` or `-h` stands among the arguments, before any `--`. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_FLAGS.has(name) || name === 'help') {
    process.stdout.write(rootHelp());
    return 0;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (name.startsWith('-')) throw new UsageError(`unknown option '${name}'`);
  const command = findCommand(name);
  if (command === undefined) {
    const near = Object.keys(COMMANDS).find((known) => known.startsWith(name.slice(0, 3)));
    throw new UsageError(
      `unknown command '${name}'${near === undefined ? '' : ` (did you mean '${near}'?)`}`,
    );
  }
  if (asksForHelp(rest)) {
    process.stdout.write(command.help);
    return 0;
  }
  const module = await command.load();
  return module.run(rest, { version, cwd: process.cwd() });
}

/**
 * Runs `aicb` with its arguments and sets the process's exit code; resolves when the command is
 * done (`--watch` runs until it is stopped).
 *
 * @param argv - The arguments after the program's name.
 */
export async function start(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`aicb validate | head`) is not an error. Any other failure to write
  // the output (a full disk, `> /dev/full`) is one line on standard error and exit code 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Loaded here, not at start: `--help` and `--version` need none of the SDK.
    void import('@itu-aicb/core/node').then(({ fsReason }) => {
      process.stderr.write(`aicb: cannot write the output: ${printable(fsReason(error))}\n`);
      process.exit(EXIT_USAGE);
    });
  });

  // With --debug the binary has turned source maps on before loading this bundle, so that a
  // stack trace names the sources.
  try {
    process.exitCode = await main(argv);
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      // The message may quote what was typed: escapes in it must not reach the terminal.
      process.stderr.write(
        `aicb: ${printable(error.message)}. Run '${error.command} --help' for usage.\n`,
      );
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`aicb: internal error: ${printable(detail)}\n`);
      if (argv.includes('--debug') && error instanceof Error && error.stack !== undefined) {
        process.stderr.write(`${error.stack}\n`);
      } else {
        process.stderr.write('Run again with --debug to see the stack trace.\n');
      }
    }
    process.exitCode = EXIT_USAGE;
  }
}
