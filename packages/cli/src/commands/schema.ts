import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOCUMENT_KINDS } from '@itu-aicb/core';
import type { CommandContext } from '../commands.js';
import { kindByName, schemaFiles } from '../schema-files.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';
import { printable } from '../formats/code-frame.js';

const COMMAND = 'aicb schema';

/**
 * `aicb schema`: prints a kind's JSON Schema, writes the schema files into a directory, or lists
 * the kinds.
 *
 * @param args - The arguments after `schema`.
 * @param context - Version and working directory.
 * @returns The exit code: 0, or 2 when a file cannot be written.
 */
export function run(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' } },
    COMMAND,
  );
  if (positionals.length > 1) throw new UsageError('give at most one kind', COMMAND);
  const [name] = positionals;
  const kind = name === undefined ? undefined : kindByName(name);
  if (name !== undefined && kind === undefined) {
    throw new UsageError(
      `unknown kind '${name}' (use one of ${DOCUMENT_KINDS.join(', ')})`,
      COMMAND,
    );
  }
  const files = schemaFiles(kind === undefined ? DOCUMENT_KINDS : [kind]);
  if (values.out !== undefined) {
    const directory = resolve(context.cwd, values.out);
    try {
      mkdirSync(directory, { recursive: true });
      for (const file of files) writeFileSync(join(directory, file.file), file.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `aicb: cannot write the schemas into '${printable(values.out)}': ${printable(reason)}\n`,
      );
      return Promise.resolve(2);
    }
    for (const file of files) process.stdout.write(`${printable(join(values.out, file.file))}\n`);
    return Promise.resolve(0);
  }
  const [only] = files;
  if (kind !== undefined && only !== undefined) {
    process.stdout.write(only.text);
    return Promise.resolve(0);
  }
  const width = Math.max(...files.map((file) => file.kind.length)) + 2;
  for (const file of files) process.stdout.write(`${file.kind.padEnd(width)}${file.file}\n`);
  return Promise.resolve(0);
}
