/**
 * The names of the commands, in the order `aicb --help` lists them. The command table
 * (commands.ts) has exactly these keys; the binary reads this list without loading the table.
 */
export const COMMAND_NAMES = [
  'validate',
  'prioritize',
  'report',
  'status',
  'schema',
  'init',
] as const;

/** A command's name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * Whether `name` is a command's name.
 *
 * @param name - What was typed as the command.
 */
export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
