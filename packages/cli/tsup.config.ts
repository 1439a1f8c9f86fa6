import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { aicb: 'src/aicb.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  // Each command and output format is its own chunk, loaded only when it is used.
  splitting: true,
  sourcemap: true,
  clean: true,
  dts: false,
  treeshake: true,
  tsconfig: 'tsconfig.build.json',
});
