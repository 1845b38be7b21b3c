// Lint: the layers of docs/architecture.md enforced on imports, no import cycles, no module-level
// state in src/core, and a few rules that catch bugs.
// Formatting is left alone.
import { builtinModules } from 'node:module';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { noModuleState } from './eslint-rules/no-module-state.mjs';

const NODE_BUILT_INS = builtinModules.filter((name) => !name.startsWith('_'));

/** The core is text in, data out: no editor API, no file system, no process. */
const CORE_BOUNDARY = {
  paths: [
    { name: 'vscode', message: 'src/core does not use the editor API: put this in src/vscode.' },
    ...NODE_BUILT_INS.map((name) => ({ name, message: 'src/core uses no Node built-in: put this in src/cli or src/node.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'src/core uses no Node built-in: put this in src/cli or src/node.' },
    { group: ['**/vscode/*', '**/cli/*', '**/node/*'], message: 'src/core does not import its adapters.' },
  ],
};

/** Finding rules word what they find with the checker's own messages, never with hover or editor text. */
const NO_PRESENTATION = {
  group: ['**/editor', '**/editor/*', '**/describe'],
  message: 'the checker imports nothing from presentation (src/core/editor): word findings in src/core/check/rules/messages.ts.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'test/accuracy/**', 'test/integration/fixtures/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    settings: { 'import-x/extensions': ['.ts'], 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      // A cycle makes the order modules load in matter, and hides which layer stands on which.
      'import-x/no-cycle': 'error',
      'no-cond-assign': 'error',
      'no-constant-binary-expression': 'error',
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-unsafe-finally': 'error',
      'no-unreachable': 'error',
      'no-debugger': 'error',
      '@typescript-eslint/no-duplicate-enum-values': 'error',
      '@typescript-eslint/no-misused-new': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { crosscheck: { rules: { 'no-module-state': noModuleState } } },
    rules: {
      'crosscheck/no-module-state': 'error',
      'no-restricted-imports': ['error', CORE_BOUNDARY],
      'no-restricted-globals': ['error', ...['require', 'process', 'Buffer', '__dirname', '__filename'].map((name) => ({ name, message: 'src/core runs without Node: take what this gives as an argument.' }))],
    },
  },
  {
    // The text layer stands on its own: Markdown, dates and sentences, knowing nothing of fact bases or checks.
    files: ['src/core/text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...CORE_BOUNDARY, patterns: [...CORE_BOUNDARY.patterns, { group: ['../*'], message: 'src/core/text imports nothing from other src/core folders.' }] },
      ],
    },
  },
  {
    // The command line and the extension are two adapters over the core, and stand apart.
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'the command line runs without VS Code.' }], patterns: [{ group: ['**/vscode/*'], message: 'the command line imports nothing from the extension (src/vscode): move what both need into src/core.' }] }] },
  },
  {
    files: ['src/vscode/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/*'], message: 'the extension imports nothing from the command line (src/cli): move what both need into src/core or src/node.' }] }] },
  },
  {
    files: ['src/core/check/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...CORE_BOUNDARY, patterns: [...CORE_BOUNDARY.patterns, NO_PRESENTATION] }] },
  },
);
