import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** The options a command accepts, as `node:util` `parseArgs` describes them. */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** How every command parses: positionals allowed, unknown options refused. */
interface CommandParseConfig<O extends OptionsConfig> {
  args: string[];
  options: O;
  allowPositionals: true;
  strict: true;
}

/**
 * Turns an error thrown by `parseArgs` into a {@link UsageError} with a short message; any other
 * error is returned unchanged.
 */
function fromParseArgsError(error: unknown, command: string): unknown {
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

/**
 * Parses a command's arguments with `node:util` `parseArgs` (positionals allowed, unknown options
 * refused); a mistake in them is thrown as a {@link UsageError} with a short message that points
 * to the command's help.
 *
 * @param args - The arguments after the command name.
 * @param options - The options the command accepts.
 * @param command - The command being parsed, such as `aicb validate`.
 * @returns The option values and the positionals.
 * @throws {@link UsageError} for an unknown option, a missing or unexpected option value.
 */
export function parseCommandArgs<const O extends OptionsConfig>(
  args: readonly string[],
  options: O,
  command: string,
): ReturnType<typeof parseArgs<CommandParseConfig<O>>> {
  try {
    return parseArgs<CommandParseConfig<O>>({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw fromParseArgsError(error, command);
  }
}

/**
 * Whether a text is a date of the calendar written `YYYY-MM-DD` (not `2026-02-30`), as `--as-of`
 * takes it.
 *
 * @param text - What was typed.
 * @returns Whether it is such a date.
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
