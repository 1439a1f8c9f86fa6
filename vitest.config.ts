import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Exact names: `@itu-aicb/core` must not also catch `@itu-aicb/core/node`.
    alias: [
      { find: /^@itu-aicb\/core$/, replacement: source('./packages/core/src/index.ts') },
      { find: /^@itu-aicb\/core\/node$/, replacement: source('./packages/core/src/node/index.ts') },
      {
        find: /^@itu-aicb\/core\/locales\/([a-z]{2})$/,
        replacement: source('./packages/core/src/locales/$1.ts'),
      },
      { find: /^@itu-aicb\/scoring$/, replacement: source('./packages/scoring/src/index.ts') },
      { find: /^@itu-aicb\/report$/, replacement: source('./packages/report/src/index.ts') },
      {
        find: /^@itu-aicb\/report\/locales\/([a-z]{2})$/,
        replacement: source('./packages/report/src/locales/$1.ts'),
      },
      {
        find: /^@itu-aicb\/scoring\/locales\/([a-z]{2})$/,
        replacement: source('./packages/scoring/src/locales/$1.ts'),
      },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
    ],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.typecheck.json',
    },
    testTimeout: 30_000,
    // Many files spend their time waiting on a spawned `aicb`, so one worker more than the
    // cores keeps them busy. No test mocks modules or changes globals, so files share a
    // worker's module cache instead of importing every package again.
    maxWorkers: availableParallelism() + 1,
    isolate: false,
  },
});
