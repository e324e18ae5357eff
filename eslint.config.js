// Lint: type-aware rules, import boundaries between layers, and size limits (docs/CONVENTIONS.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-artifacts/**',
      'coverage/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.check.json', './src/web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-params': ['error', 3],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through src/core/config.ts',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Hard ceiling: no source file above 400 lines.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: layer(
      [['../db/**', '../modules/**', '../server/**', '../cli/**', '../app/**', '../web/**']],
      'core is the kernel: it imports nothing of the other layers',
    ),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: layer(
      [
        [
          '../modules/**',
          '../server/**',
          '../cli/**',
          '../app/**',
          '../web/**',
          '../../modules/**',
        ],
      ],
      'db knows no module, server or CLI',
    ),
  },
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/**/*.routes.ts', 'src/modules/**/*.cli.ts', 'src/modules/**/*.test.ts'],
    rules: layer(
      [['../../server/**', '../../cli/**', '../../app/**', '../../web/**']],
      'services, rules and repositories know nothing of HTTP or the CLI',
    ),
  },
  {
    files: ['src/modules/*/*.ts'],
    ignores: ['src/modules/*/*.repository.ts', 'src/modules/*/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^/]+/[^/]+\\.repository\\.js$',
              message: 'reach another module through its service, not its repository',
            },
            { group: ['../../web/**'], message: 'the server does not import the web UI' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(core/(?!permissions\\.js$)|db/|server/|cli/|runtime/)',
              message: 'the web UI imports only module schemas',
            },
            {
              regex: '^(\\.\\./)+modules/.*(?<!\\.schema\\.js)$',
              message: 'the web UI imports only module schemas',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/config.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'max-params': 'off',
      'max-lines': ['warn', { max: 400 }],
    },
  },
);
