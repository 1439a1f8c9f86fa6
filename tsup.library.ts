import { rmSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * Keeps a subpath entry's imports of the package face (`../index.js`) as a `require` of the face's
 * own CommonJS bundle, so that the bundle of the entry does not carry a second copy of the
 * package (and its classes stay the ones `instanceof` checks against).
 */
const requireFace: Plugin = {
  name: 'require-package-face',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      dirname(dirname(args.importer)).endsWith(`${sep}src`)
        ? { path: '../index.cjs', external: true }
        : undefined,
    );
  },
};

/**
 * The build of a library package (core, scoring), for its `tsup.config.ts`: ESM as one module per
 * source file, CommonJS as one bundle per entry, and the type declarations of both.
 *
 * @param subpaths - Further entries besides `src/index.ts`, by output name (such as
 *   `{ 'node/index': 'src/node/index.ts' }`), each built from the package face and its own folder.
 */
export function libraryBuild(
  subpaths: Readonly<Record<string, string>> = {},
): ReturnType<typeof defineConfig> {
  // The builds below run at the same time and write to dist/, so none may clean it: it is emptied
  // once, here, in the package's folder.
  rmSync('dist', { recursive: true, force: true });

  const shared = {
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    // Text in Arabic, Chinese and Russian stays UTF-8 instead of `\uXXXX` escapes, which made
    // the catalogues of those languages three to six times as large to download and to parse.
    esbuildOptions(options: { charset?: 'ascii' | 'utf8' }) {
      options.charset = 'utf8';
    },
  } as const;

  return defineConfig([
    {
      // ESM: one file per source module, so that bundlers keep only the modules an application
      // imports (the package declares `sideEffects: false`). The sources' `.js` specifiers stay valid.
      ...shared,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
      format: ['esm'],
      bundle: false,
    },
    {
      // CommonJS: one bundled file per entry, for `require()`.
      ...shared,
      entry: { index: 'src/index.ts', ...subpaths },
      format: ['cjs'],
      treeshake: true,
      esbuildPlugins: [requireFace],
    },
    {
      // Types: one declaration bundle per entry and format (index.d.ts, index.d.cts).
      ...shared,
      entry: { index: 'src/index.ts', ...subpaths },
      format: ['esm', 'cjs'],
      dts: { only: true },
    },
  ]);
}
