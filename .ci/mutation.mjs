// Mutation testing with StrykerJS, one target folder at a time (too slow for every CI run).
//
//   pnpm test:mutation core            every core target, one after the other
//   pnpm test:mutation scoring methods one target
//   pnpm test:mutation core rules/work-plan  a folder or file inside a target
//   pnpm test:mutation core rules --concurrency 2
//
// Results are incremental: each target keeps its last result in .cache/mutation/<package>-<folder>.json
// (git-ignored), and a re-run tests again only the mutants whose code or covering tests changed.
// Reports: .cache/mutation/<package>-<folder>.html. See docs/contributing.md.
import { Stryker } from '@stryker-mutator/core';

// Each target: the files Stryker mutates, and the fast unit tests that pin their behaviour (a
// mutant is run only against those of them that reach it).
const coreRuleTests = [
  'packages/core/src/rules/**/*.test.ts',
  'packages/core/src/documents/**/*.test.ts',
  'packages/core/src/validate/validation.test.ts',
  'packages/core/src/validate/run-rules.test.ts',
  'packages/core/test/rule-examples.test.ts',
];
const coreUnitTests = [
  'packages/core/src/**/*.test.ts',
  'packages/core/test/rule-examples.test.ts',
];
const targets = {
  core: {
    rules: { mutate: ['packages/core/src/rules/**/*.ts'], tests: coreRuleTests },
    // Validation is reached from every kind of document, and pinned by the tests of rules,
    // documents and views as much as by its own.
    validate: { mutate: ['packages/core/src/validate/**/*.ts'], tests: coreUnitTests },
    // Text is pinned by its own tests and by those that read plan text (validation, file
    // loading, the plan format); the rest of core's tests reach it only through valid fixtures.
    text: {
      mutate: ['packages/core/src/text/**/*.ts'],
      tests: [
        'packages/core/src/{text,validate,node}/**/*.test.ts',
        'packages/core/test/plan-format.test.ts',
      ],
    },
  },
  scoring: {
    kernel: {
      mutate: ['packages/scoring/src/kernel/**/*.ts'],
      tests: ['packages/scoring/src/{kernel,methods}/**/*.test.ts'],
    },
    methods: {
      mutate: ['packages/scoring/src/methods/**/*.ts'],
      tests: ['packages/scoring/src/methods/**/*.test.ts'],
    },
    ranking: {
      mutate: ['packages/scoring/src/ranking/**/*.ts'],
      tests: ['packages/scoring/src/{ranking,methods}/**/*.test.ts'],
    },
    weights: {
      mutate: ['packages/scoring/src/weights/**/*.ts'],
      tests: ['packages/scoring/src/weights/**/*.test.ts'],
    },
    prioritize: {
      mutate: ['packages/scoring/src/prioritize/**/*.ts'],
      tests: ['packages/scoring/src/prioritize/**/*.test.ts'],
    },
  },
};

const args = process.argv.slice(2);
const concurrencyFlag = args.indexOf('--concurrency');
const concurrency = concurrencyFlag === -1 ? 1 : Number(args.splice(concurrencyFlag, 2)[1]);
const [packageName, ...folders] = args;
const packageTargets = targets[packageName];
if (packageTargets === undefined || !(concurrency >= 1)) {
  console.error(
    `usage: pnpm test:mutation <${Object.keys(targets).join('|')}> [folder...] [--concurrency n]`,
  );
  process.exit(2);
}
/** A target, or a folder or file inside one (`rules/work-plan`, `methods/vikor.ts`) with its tests. */
function targetOf(folder) {
  const name = Object.keys(packageTargets).find(
    (target) => folder === target || folder.startsWith(`${target}/`),
  );
  if (name === undefined) return undefined;
  if (folder === name) return packageTargets[name];
  const path = `packages/${packageName}/src/${folder}`;
  return { ...packageTargets[name], mutate: [path.endsWith('.ts') ? path : `${path}/**/*.ts`] };
}
const unknown = folders.filter((folder) => targetOf(folder) === undefined);
if (unknown.length > 0) {
  console.error(
    `unknown ${packageName} folder: ${unknown.join(', ')} (one of ${Object.keys(packageTargets).join(', ')}, or a path inside one)`,
  );
  process.exit(2);
}

let failed = false;
for (const folder of folders.length > 0 ? folders : Object.keys(packageTargets)) {
  const name = `${packageName}-${folder.replace(/\.ts$/, '').replaceAll('/', '-')}`;
  console.log(`\nmutation testing ${packageName} ${folder}`);
  const started = Date.now();
  const { mutate, tests } = targetOf(folder);
  // Read by vitest.mutation.config.ts in Stryker's test processes, which inherit the environment.
  process.env['MUTATION_TESTS'] = JSON.stringify(tests);
  const stryker = new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // The tests reach the code through the package entry, which vitest's related-file search misses.
    vitest: { configFile: 'vitest.mutation.config.ts', related: false },
    mutate: [...mutate, '!**/*.test.ts', '!**/*.test-d.ts'],
    coverageAnalysis: 'perTest',
    ignoreStatic: true,
    incremental: true,
    incrementalFile: `.cache/mutation/${name}.json`,
    concurrency,
    tempDirName: '.stryker-tmp',
    // Anchored: a bare `coverage` would also drop scoring's src/coverage folder from the sandbox.
    ignorePatterns: [
      '/.cache',
      '/docs/api',
      '/tarballs',
      '/coverage',
      '/examples/browser',
      '/packages/*/dist',
    ],
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `.cache/mutation/${name}.html` },
    jsonReporter: { fileName: `.cache/mutation/${name}-report.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    thresholds: { high: 90, low: 80, break: null },
    cleanTempDir: 'always',
  });
  try {
    await stryker.runMutationTest();
  } catch (error) {
    failed = true;
    console.error(error);
  }
  console.log(`${packageName} ${folder}: ${Math.round((Date.now() - started) / 1000)} s`);
}
process.exit(failed ? 1 : 0);
