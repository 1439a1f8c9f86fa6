import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
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

export default defineConfig({
  entry: { aicb: 'src/aicb.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // Every bundled module is an ES module (yaml included, see above): no chunk needs `require`.
  banner: { js: '#!/usr/bin/env node' },
  // Each command and output format is its own chunk, loaded only when it is used.
  splitting: true,
  sourcemap: true,
  clean: true,
  dts: false,
  treeshake: true,
  // Node reads every byte of a chunk before it runs any: minified chunks start faster (the
  // source maps keep positions readable). Error classes set their own \`name\`.
  minify: true,
  // The SDK and its dependencies are bundled into the chunks: loading a few files instead of
  // hundreds of modules keeps start-up short.
  noExternal: [/.*/],
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [yamlAsModules],
  // The catalogues' Arabic, Chinese and Russian text as UTF-8, not `\uXXXX` escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
