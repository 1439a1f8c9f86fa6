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
