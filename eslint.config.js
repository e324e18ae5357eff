// Lint: type-aware rules, import boundaries between layers, and size limits (docs/CONVENTIONS.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The files of a module that others may import. */
const publicFace = '[^/]+\\.(service|schema|rules|register|taxonomy)\\.js$';

/** What a module's file may not import: other modules' private files, the runtime, the web UI. */
const moduleImports = (layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^\\.\\./[^/.]+/(?!${publicFace}).+$`,
          message:
            "import another module's public face only: *.service, *.schema, *.rules, *.register, *.taxonomy",
        },
        {
          group: [...layers, '../../runtime/**', '../../app/**', '../../web/**'],
          message:
            'a module knows no runtime or web UI; only routes know HTTP, only commands the CLI',
        },
      ],
    },
  ],
});

/** A composition layer's imports: modules' faces (and the kinds of file named), not the layers named. */
const composition = (alsoKinds, forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^(\\.\\./)+modules/[^/]+/(?!${[publicFace, ...alsoKinds.map((k) => `[^/]+\\.${k}\\.js$`)].join('|')}).+$`,
          message: `import a module's public face only${alsoKinds.length ? ` (and its *.${alsoKinds[0]})` : ''}`,
        },
        { group: forbidden, message: 'this layer does not import that one (docs/ARCHITECTURE.md)' },
      ],
    },
  ],
});

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
  // Long functions are allowed in source files; max-lines (300, a warning that fails lint with
  // --max-warnings 0) bounds the file.
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
  // A module's public face (docs/ARCHITECTURE.md, "A module's anatomy"): another module, the
  // server, the runtime and the CLI import only its services, schemas, rules (with its rule
  // register) and taxonomies; the server also mounts its routes, the CLI its commands. Only routes
  // know HTTP, only commands know the CLI; no module knows the runtime or the web UI. (One block
  // per kind of file: a later block's no-restricted-imports replaces an earlier one's.)
  {
    files: ['src/modules/*/*.ts'],
    ignores: ['src/modules/*/*.routes.ts', 'src/modules/*/*.cli.ts', 'src/modules/*/*.test.ts'],
    rules: moduleImports(['../../server/**', '../../cli/**']),
  },
  {
    files: ['src/modules/*/*.routes.ts'],
    rules: moduleImports(['../../cli/**']),
  },
  {
    files: ['src/modules/*/*.cli.ts'],
    rules: moduleImports([]),
  },
  // The composition layers (docs/ARCHITECTURE.md, section 1): the runtime knows modules' faces;
  // the server also mounts their routes; the CLI also registers their commands, opens the runtime
  // and starts the server.
  {
    files: ['src/runtime/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: composition([], ['../server/**', '../cli/**', '../web/**']),
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: composition(['routes'], ['../cli/**', '../runtime/**', '../web/**']),
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: composition(['cli'], ['../web/**']),
  },
  {
    files: ['src/tabular/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: layer(
      [['../db/**', '../modules/**', '../server/**', '../cli/**', '../runtime/**', '../web/**']],
      'the tabular toolkit imports only core',
    ),
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // No component over 150 lines (issue 17): a longer one is split into parts that can be tested.
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(core/(?!permissions\\.js$)|db/|server/|cli/|runtime/)',
              message: "the web UI imports only modules' pure files and core/permissions",
            },
            {
              regex: '^(\\.\\./)+modules/.*(?<!\\.(schema|taxonomy|rules)\\.js)$',
              message: "the web UI imports only modules' pure files: *.schema, *.taxonomy, *.rules",
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
