import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { aicb: 'src/aicb.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // The bundled CommonJS modules (yaml) call require(); ESM has none, so each chunk makes one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __aicbCreateRequire } from 'node:module';\nconst require = __aicbCreateRequire(import.meta.url);",
  },
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
  // The catalogues' Arabic, Chinese and Russian text as UTF-8, not `\uXXXX` escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
