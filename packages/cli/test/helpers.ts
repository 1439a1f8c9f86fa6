// Runs the built binary as a user would, on copies of the fixture workspaces.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const BIN = fileURLToPath(new URL('../dist/aicb.cjs', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

if (!existsSync(BIN)) {
  throw new Error(`${BIN} is missing: build the CLI first (pnpm build).`);
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/aicb.cjs ...args` with colour and language settings removed from the environment. With
 * `stdout`, a file descriptor, standard output goes there and `stdout` of the result is empty.
 */
export function aicb(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdout?: number } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env['FORCE_COLOR'];
  delete env['NO_COLOR'];
  delete env['CI'];
  // The language comes from the test, not from the machine that runs it.
  delete env['LC_ALL'];
  delete env['LC_MESSAGES'];
  delete env['LANG'];
  Object.assign(env, options.env ?? {});
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PACKAGE_ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  return {
    status: result.status,
    stdout: (result.stdout as string | null) ?? '',
    stderr: result.stderr,
  };
}

/** `aicb prioritize` over a copy of the `valid` fixture: its plan, assessments, catalogue and profile. */
export const PRIORITIZE_ARGS: readonly string[] = [
  'prioritize',
  'work-plan.yaml',
  '-a',
  'assessments',
  '-c',
  'initiatives.yaml',
  '-p',
  'scoring-profile.yaml',
];

const made: string[] = [];
afterAll(() => {
  for (const directory of made) rmSync(directory, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'aicb-test-'));
  made.push(directory);
  return directory;
}

/** A temporary copy of a fixture workspace. */
export function copyFixture(name: string): string {
  const directory = tempDir();
  cpSync(join(FIXTURES, name), directory, { recursive: true });
  return directory;
}

/** Replaces text in a file, failing when the text is not there. */
export function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** Parses standard output as JSON, typed as the caller expects it to be. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed parse
export function json<T = Record<string, unknown>>(run: Run): T {
  return JSON.parse(run.stdout) as T;
}
