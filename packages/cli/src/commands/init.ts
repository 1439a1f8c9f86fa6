import type { Stats } from 'node:fs';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CommandContext } from '../commands.js';
import { STARTER_FILES } from '../init/starter.js';
import { printable } from '../formats/code-frame.js';
import { schemaFiles } from '../schema-files.js';
import { parseCommandArgs } from '../command-args.js';
import { UsageError } from '../usage-error.js';

const COMMAND = 'aicb init';

/** Where the starter workspace keeps its schemas, relative to the workspace. */
const SCHEMA_DIRECTORY = 'schemas';

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * The first path from below `root` down to `target` that is a symbolic link (a dangling one
 * included), or `null`. Writing through such a link could put a file outside the workspace.
 */
function linkOnTheWay(root: string, target: string): string | null {
  let path = root;
  for (const part of relative(root, target).split(sep)) {
    path = join(path, part);
    const stats = lstatOrNull(path);
    if (stats === null) return null;
    if (stats.isSymbolicLink()) return path;
  }
  return null;
}

interface PlannedFile {
  readonly target: string;
  readonly text: string;
}

/**
 * Writes the files all or nothing: each is first written beside its target under a temporary
 * name (which must not exist yet), then all are renamed into place. On any failure the temporary
 * files, the files already renamed (with the text they replaced restored) and the directories
 * made are removed again, and the error is thrown.
 */
function writeAll(files: readonly PlannedFile[]): void {
  const madeDirectories: string[] = [];
  // What `--force` replaces is kept as bytes with its mode, so that undoing restores it exactly.
  type Previous = { readonly bytes: Buffer; readonly mode: number } | null;
  const staged: { target: string; temporary: string; previous: Previous }[] = [];
  const placed: (typeof staged)[number][] = [];
  try {
    for (const file of files) {
      const made = mkdirSync(dirname(file.target), { recursive: true });
      if (made !== undefined) madeDirectories.push(made);
      const stats = lstatOrNull(file.target);
      const previous: Previous =
        stats === null ? null : { bytes: readFileSync(file.target), mode: stats.mode };
      const temporary = `${file.target}.aicb-init-${process.pid}.tmp`;
      try {
        writeFileSync(temporary, file.text, { flag: 'wx' });
      } catch (error) {
        // A write that failed after creating the file (a full disk) leaves it behind; a file that
        // was there before (EEXIST) is not ours to remove.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          try {
            unlinkSync(temporary);
          } catch {
            // It was never created.
          }
        }
        throw error;
      }
      staged.push({ target: file.target, temporary, previous });
    }
    for (const file of staged) {
      renameSync(file.temporary, file.target);
      placed.push(file);
    }
  } catch (error) {
    const quietly = (action: () => void): void => {
      try {
        action();
      } catch {
        // Undoing what can be undone; the first error is the one reported.
      }
    };
    for (const file of placed) {
      quietly(() => {
        if (file.previous === null) unlinkSync(file.target);
        else {
          writeFileSync(file.target, file.previous.bytes);
          chmodSync(file.target, file.previous.mode);
        }
      });
    }
    for (const file of staged) {
      if (!placed.includes(file)) {
        quietly(() => {
          unlinkSync(file.temporary);
        });
      }
    }
    // `mkdirSync` reports the top directory it made; those below it were made too. Deepest first.
    const made = [...madeDirectories, ...files.map((file) => dirname(file.target))]
      .filter((directory) =>
        madeDirectories.some((top) => directory === top || directory.startsWith(top + sep)),
      )
      .sort((a, b) => b.length - a.length);
    for (const directory of new Set(made)) {
      quietly(() => {
        rmdirSync(directory);
      });
    }
    throw error;
  }
}

/**
 * `aicb init`: writes the starter workspace, refusing to overwrite any file unless `--force`, and
 * refusing to write through a symbolic link inside the target directory. The files are written
 * all or nothing.
 *
 * @param args - The arguments after `init`.
 * @param context - Version and working directory.
 * @returns The exit code: 0 written, 2 when a file exists, a path is a symbolic link or a file
 *   cannot be written (and nothing was written).
 */
export function run(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' } }, COMMAND);
  if (positionals.length > 1) throw new UsageError('give at most one directory', COMMAND);
  const root = resolve(context.cwd, positionals[0] ?? '.');
  const files = [
    ...STARTER_FILES,
    ...schemaFiles().map((file) => ({ path: `${SCHEMA_DIRECTORY}/${file.file}`, text: file.text })),
  ].map((file) => ({ ...file, target: join(root, ...file.path.split('/')) }));
  const show = (target: string): string => `'${printable(relative(context.cwd, target) || '.')}'`;

  const links = [
    ...new Set(
      files.map((file) => linkOnTheWay(root, file.target)).filter((link) => link !== null),
    ),
  ];
  if (links.length > 0) {
    process.stderr.write(
      `aicb: not writing through the symbolic link${links.length === 1 ? '' : 's'} ${links.map(show).join(', ')}; nothing was written. Remove ${links.length === 1 ? 'it' : 'them'} or choose another directory.\n`,
    );
    return Promise.resolve(2);
  }
  const existing = files.filter((file) => lstatOrNull(file.target) !== null);
  if (existing.length > 0 && values.force !== true) {
    process.stderr.write(
      `aicb: not overwriting ${existing.map((file) => show(file.target)).join(', ')}; nothing was written. Use --force to overwrite.\n`,
    );
    return Promise.resolve(2);
  }
  try {
    writeAll(files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `aicb: cannot write the starter workspace: ${printable(reason)}; nothing was written.\n`,
    );
    return Promise.resolve(2);
  }
  for (const file of files)
    process.stdout.write(`created ${printable(relative(context.cwd, file.target) || '.')}\n`);
  process.stdout.write(
    `Check it with: aicb validate${root === context.cwd ? '' : ` ${printable(relative(context.cwd, root) || '.')}`}\n`,
  );
  return Promise.resolve(0);
}
