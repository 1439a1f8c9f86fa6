import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';
import { defineConfig } from 'tsup';

/**
 * Bundles `yaml` from its ES-module build (the one its package serves to bundlers for browsers)
 * instead of its CommonJS build: the same parser, but tree-shaken, and without the start-up cost
 * of initialising every CommonJS module of the package on each run.
 */
const yamlAsModules: Plugin = {
  name: 'yaml-as-modules',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => ({
      path: join(
        dirname(createRequire(join(args.resolveDir, 'index.js')).resolve('yaml/package.json')),
        'browser/index.js',
      ),
    }));
  },
};

/** What both files share: Node 20, everything bundled, minified, with source maps. */
const shared = {
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  dts: false,
  treeshake: true,
  // The SDK and its dependencies are bundled: loading two files instead of hundreds of modules
  // keeps start-up short.
  noExternal: [/.*/],
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [yamlAsModules],
} satisfies Options;

export default defineConfig([
  {
    // The binary: a few lines that load the program with its compiled code kept between runs
    // (src/code-cache.ts). CommonJS: Node starts it without its ES-module loader, and V8 can
    // keep compiled code only for scripts, not for ES modules.
    ...shared,
    entry: { aicb: 'src/aicb.ts' },
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    clean: true,
  },
  {
    // The program: one CommonJS file. Each command, output format and language is a module of
    // its own in it, initialised only when it is used (`import()` becomes a lazy `require`).
    ...shared,
    entry: { program: 'src/program.ts' },
    format: ['cjs'],
    splitting: false,
    clean: false,
    // Minified, the file is read and compiled faster when the cache is cold (the source maps
    // keep positions readable). Error classes set their own `name`.
    minify: true,
    // The catalogues' Arabic, Chinese and Russian text as UTF-8, not `\uXXXX` escapes.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
