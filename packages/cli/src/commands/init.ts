import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { CommandContext } from '../commands.js';
import { STARTER_FILES } from '../init/starter.js';
import { schemaFiles } from '../schema-files.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';

const COMMAND = 'aicb init';

/** Where the starter workspace keeps its schemas, relative to the workspace. */
const SCHEMA_DIRECTORY = 'schemas';

/**
 * `aicb init`: writes the starter workspace, refusing to overwrite any file unless `--force`.
 *
 * @param args - The arguments after `init`.
 * @param context - Version and working directory.
 * @returns The exit code: 0 written, 2 when a file exists (and nothing was written) or cannot be
 *   written.
 */
export function run(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' } }, COMMAND);
  if (positionals.length > 1) throw new UsageError('give at most one directory', COMMAND);
  const root = resolve(context.cwd, positionals[0] ?? '.');
  const files = [
    ...STARTER_FILES,
    ...schemaFiles().map((file) => ({ path: `${SCHEMA_DIRECTORY}/${file.file}`, text: file.text })),
  ].map((file) => ({ ...file, target: join(root, ...file.path.split('/')) }));
  const show = (target: string): string => relative(context.cwd, target) || '.';

  const existing = files.filter((file) => existsSync(file.target));
  if (existing.length > 0 && values.force !== true) {
    process.stderr.write(
      `aicb: not overwriting ${existing.map((file) => `'${show(file.target)}'`).join(', ')}; nothing was written. Use --force to overwrite.\n`,
    );
    return Promise.resolve(2);
  }
  try {
    for (const file of files) {
      mkdirSync(dirname(file.target), { recursive: true });
      writeFileSync(file.target, file.text);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`aicb: cannot write the starter workspace: ${reason}\n`);
    return Promise.resolve(2);
  }
  for (const file of files) process.stdout.write(`created ${show(file.target)}\n`);
  process.stdout.write(
    `Check it with: aicb validate${root === context.cwd ? '' : ` ${show(root)}`}\n`,
  );
  return Promise.resolve(0);
}
