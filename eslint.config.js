import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/coverage/**', 'docs/api/**', '.cache/**', '**/*.cjs'],
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
    files: ['packages/core/src/**/*.ts', 'packages/scoring/src/**/*.ts'],
    // The Node entry of core (`@itu-aicb/core/node`) reads files; the root entry never reaches it.
    ignores: ['**/*.test.ts', '**/*.test-d.ts', 'packages/core/src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The library runs in browsers: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // The country flags are deprecated for the dated country groups (issue 13); scoring reads
    // them until it moves to the dated functions.
    files: ['packages/scoring/src/**/*.ts'],
    rules: { '@typescript-eslint/no-deprecated': 'warn' },
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
