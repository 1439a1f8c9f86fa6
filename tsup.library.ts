import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The build of a library package (core, scoring), for its `tsup.config.ts`: ESM as one module per
 * source file, CommonJS as one bundle, and the type declarations of both.
 */
export function libraryBuild(): ReturnType<typeof defineConfig> {
  // The builds below run at the same time and write to dist/, so none may clean it: it is emptied
  // once, here, in the package's folder.
  rmSync('dist', { recursive: true, force: true });

  const shared = {
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
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
      // CommonJS: one bundled file, for `require()`.
      ...shared,
      entry: { index: 'src/index.ts' },
      format: ['cjs'],
      treeshake: true,
    },
    {
      // Types: one declaration bundle per format (index.d.ts, index.d.cts), from one compilation.
      ...shared,
      entry: { index: 'src/index.ts' },
      format: ['esm', 'cjs'],
      dts: { only: true },
    },
  ]);
}
