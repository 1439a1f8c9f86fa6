/**
 * A mistake in how the command was called, or input that cannot be checked at all: the CLI prints
 * its message on one line with a pointer to the help, and exits with code 2.
 */
export class UsageError extends Error {
  /** The command whose `--help` the message points to, such as `aicb validate`. */
  readonly command: string;

  /**
   * @param message - What is wrong, without a trailing full stop.
   * @param command - The command whose help to point to.
   */
  constructor(message: string, command = 'aicb') {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The exit code of a usage error or of input that could not be read. */
export const EXIT_USAGE = 2;

/**
 * Turns an error thrown by `node:util` `parseArgs` into a {@link UsageError} with a short message;
 * any other error is returned unchanged.
 *
 * @param error - What `parseArgs` threw.
 * @param command - The command being parsed, such as `aicb validate`.
 * @returns The error to throw.
 */
export function fromParseArgsError(error: unknown, command: string): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(/,\s*/).at(-1)?.split(' ')[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${option}'`, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        error.message.includes('does not take')
          ? `option '${option}' does not take a value`
          : `option '${option}' needs a value`,
        command,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument '${quoted}'`, command);
    default:
      return error;
  }
}
