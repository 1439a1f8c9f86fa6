// The vitest set-up Stryker runs against mutants (.ci/mutation.mjs): the workspace configuration
// without type tests, restricted to the fast unit tests of the folder under test, which
// .ci/mutation.mjs passes in MUTATION_TESTS (a JSON list of globs from the workspace root).
import { defineConfig } from 'vitest/config';
import workspace from './vitest.config.js';

const listed = process.env['MUTATION_TESTS'];
const tests = listed === undefined ? undefined : (JSON.parse(listed) as string[]);

// Stryker runs its own workers; its runner keeps the defaults for isolation and worker count.
const shared = { ...workspace.test };
delete shared.maxWorkers;
delete shared.isolate;

export default defineConfig({
  ...workspace,
  test: {
    ...shared,
    ...(tests === undefined ? {} : { include: tests }),
    typecheck: { enabled: false },
  },
});
