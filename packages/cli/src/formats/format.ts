import type { Report } from '../validate/report.js';

/** The output formats of `aicb validate --format`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;

/** An output format's name. */
export type FormatName = (typeof FORMATS)[number];

/** How a format writes: whether it may use colour. */
export interface RenderOptions {
  /** Use ANSI colours (stylish only). */
  readonly color: boolean;
}

/** An output format: turns a report into the text written to standard output. */
export type Render = (report: Report, options: RenderOptions) => string;

/**
 * Whether a name is one of {@link FORMATS}.
 *
 * @param name - What was given to `--format`.
 * @returns Whether it is a format.
 */
export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/**
 * Loads one format's module, so that the others are never loaded.
 *
 * @param name - The format.
 * @returns Its render function.
 */
export async function loadFormat(name: FormatName): Promise<Render> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).renderStylish;
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'sarif':
      return (await import('./sarif.js')).renderSarif;
    case 'github':
      return (await import('./github.js')).renderGithub;
    case 'junit':
      return (await import('./junit.js')).renderJunit;
    case 'gitlab':
      return (await import('./gitlab.js')).renderGitlab;
  }
}

/**
 * Whether to colour output written to a stream: `FORCE_COLOR` (other than `0` or `false`) turns
 * colour on, `FORCE_COLOR=0`, a non-empty `NO_COLOR` or `TERM=dumb` turn it off; otherwise colour
 * is used on a terminal only.
 *
 * @param env - The environment.
 * @param isTTY - Whether the stream is a terminal.
 * @returns Whether to colour.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
