// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const VIS_TIMELINE = {
  group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
  message: 'Only src/timeline/ may import vis-timeline and vis-data: keep the imperative engine behind its wrapper.',
};

/** Data flows one way: load → validate → index → filter → view. A layer may not import a later one. */
const laterLayers = (...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `../${folder}`, `./${folder}`],
    message: `Data flows one way (dataset → engine → store → view); this layer may not import ${folder}/.`,
  }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [VIS_TIMELINE] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/timeline/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/dataset/**'],
    ignores: ['src/dataset/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [VIS_TIMELINE, ...laterLayers('engine', 'store', 'components', 'timeline')] },
      ],
    },
  },
  {
    // Article texts and the quote proof sit beside the dataset: plain text functions, no app state.
    files: ['src/articles/**'],
    ignores: ['src/articles/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [VIS_TIMELINE, ...laterLayers('engine', 'store', 'components', 'timeline')] },
      ],
    },
  },
  {
    files: ['src/engine/**'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [VIS_TIMELINE, ...laterLayers('store', 'components', 'timeline')] },
      ],
    },
  },
  {
    files: ['src/store/**'],
    ignores: ['src/store/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [VIS_TIMELINE, ...laterLayers('components', 'timeline')] }],
    },
  },
  prettier,
);
