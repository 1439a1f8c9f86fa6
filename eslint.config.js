import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noNodeBuiltins = {
  group: ['node:*'],
  message: 'The library runs in browsers: no Node built-ins.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      'docs/api/**',
      '.cache/**',
      '.stryker-tmp/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            '.ci/*.mjs',
            'packages/*/bench/*.mjs',
            'examples/*/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `interface WorkPlan extends z.output<typeof WorkPlanSchema> {}` gives the inferred type a
      // name that editors and the API docs show instead of its expansion.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array with a derived union.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message:
            "Use `import * as z from 'zod'`: bundlers then drop zod's unused locales, which the named `z` keeps.",
        },
      ],
    },
  },
  {
    files: [
      'packages/core/src/**/*.ts',
      'packages/scoring/src/**/*.ts',
      'packages/report/src/**/*.ts',
    ],
    // The Node entry of core (`@itu-aicb/core/node`) reads files; the root entry never reaches it.
    ignores: ['**/*.test.ts', '**/*.test-d.ts', 'packages/core/src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noNodeBuiltins],
        },
      ],
    },
  },
  {
    // The numeric kernel is a pure MCDA library, usable without the plan documents: it imports
    // neither @itu-aicb/core nor the prioritisation, stability or coverage code built on it.
    files: [
      'packages/scoring/src/kernel/**/*.ts',
      'packages/scoring/src/ranking/**/*.ts',
      'packages/scoring/src/methods/**/*.ts',
      'packages/scoring/src/weights/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNodeBuiltins,
            {
              group: ['@itu-aicb/*'],
              message:
                'The numeric kernel (kernel, ranking, methods, weights) does not depend on the plan documents.',
            },
            {
              group: ['**/prioritize/**', '**/sensitivity/**', '**/coverage/**'],
              message:
                'The numeric kernel sits below prioritisation, stability analyses and coverage.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build broken documents on purpose and index into fixtures they just made.
    files: ['**/*.test.ts', '**/*.test-d.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '*.config.ts', '**/tsup.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
