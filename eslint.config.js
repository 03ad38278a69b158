// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * The layers of src/ and what each may import (docs/architecture.md explains them). Data flows one
 * way, load → validate → index → filter → view, so a folder may import only the folders listed for
 * it here, never a later one. Tests follow the same rules as the code they test.
 */
const LAYERS = {
  tasks: [], // work cut into tasks (a scheduler any layer may use)
  dataset: [], // the contract: schema, types, dates, validation
  format: ['dataset'], // values as people read them (dates, citations, clipping)
  articles: ['dataset'], // article texts and the quote proof
  engine: ['dataset', 'format'], // the index, filters, lanes, clusters, density
  io: ['dataset', 'format', 'engine'], // CSV/TimelineJS import, JSON/CSV/iCalendar export
  loading: ['dataset', 'format', 'articles', 'engine', 'io'], // fetch/read/decode; the workers that check datasets and search articles
  curation: ['dataset', 'format', 'articles', 'engine', 'io', 'loading'], // drafts: quotes by selection, undo, saving, checks, the publishing zip
  store: ['dataset', 'format', 'articles', 'engine', 'io', 'loading'], // zustand state, URL, selectors
  timeline: ['tasks'], // the vis-timeline wrapper: draws what it is handed, knows nothing of the app
  timelineModel: ['dataset', 'format', 'engine', 'store', 'timeline'], // what the timeline draws for the app's state
  components: [
    'tasks',
    'dataset',
    'format',
    'articles',
    'engine',
    'io',
    'loading',
    'curation',
    'store',
    'timeline',
    'timelineModel',
  ], // the React view
};
const FOLDERS = Object.keys(LAYERS);

/** Matches a relative import that goes through one of these folders, e.g. `../store/store`. */
const throughFolder = (folders) => `^\\.{1,2}/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;

const VIS = ['vis-timeline', 'vis-data', 'vis-util', 'moment', '@egjs/hammerjs', 'keycharm', 'propagating-hammerjs'];
const VIS_TIMELINE = {
  regex: `^(?:${VIS.join('|')})(?:/|$)`,
  message:
    'Only src/timeline/ may import vis-timeline and its companions: keep the imperative engine behind its wrapper.',
};
const NO_TOOLS = {
  regex: '^(?:\\.\\./)+(?:scripts|e2e)(?:/|$)',
  message: 'src/ is the app: it never imports scripts/ or e2e/ (move what both need into src/).',
};
const WRAPPER_CONTRACT_ONLY = {
  regex: '^\\.\\./timeline/(?!types$)',
  message: "src/timelineModel/ may import only the wrapper's contract (timeline/types), never the wrapper itself.",
};
const NO_NODE = {
  regex: '^node:|^(?:fs|path|os|child_process|url|util|http|zlib)$',
  message: 'App code runs in the browser: no Node modules outside tests, scripts/ and e2e/.',
};

/** The import patterns a file of src/<folder>/ may not use. */
function forbiddenFor(folder, { tests }) {
  const later = FOLDERS.filter((other) => other !== folder && !LAYERS[folder].includes(other));
  const patterns = [NO_TOOLS];
  if (folder !== 'timeline') patterns.push(VIS_TIMELINE);
  if (!tests) patterns.push(NO_NODE);
  if (folder === 'timelineModel') patterns.push(WRAPPER_CONTRACT_ONLY);
  if (later.length > 0) {
    patterns.push({
      regex: throughFolder(later),
      message: `Layers (docs/architecture.md): src/${folder}/ may import only ${LAYERS[folder].join(', ') || 'itself'}.`,
    });
  }
  return patterns;
}

/** no-restricted-imports does not see `import('…')`; this carries the same patterns to dynamic imports. */
const dynamicImportRules = (patterns) =>
  patterns.map((pattern) => ({
    selector: `ImportExpression > Literal[value=/${pattern.regex.replaceAll('/', '\\/')}/]`,
    message: pattern.message,
  }));

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': ['error', ...dynamicImportRules(patterns)],
});

/** Test files and the helpers only tests import. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-utils.ts', '**/testHelpers.ts'];

const NODE_ONLY = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Globals: the app runs in the browser (its worker in a worker scope); its tests run in Vitest on
  // Node; scripts, e2e specs and config files run on Node. TypeScript does not use ESLint's globals,
  // so Node's own names and modules are forbidden by rule in app code. (One tsconfig serves all: a separate
  // one without Node's types would not hold, because @types/papaparse references them.)
  {
    files: ['src/**'],
    ignores: [...TESTS, 'src/**/*.worker.ts'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-globals': ['error', ...NODE_ONLY] },
  },
  {
    files: ['src/**/*.worker.ts'],
    languageOptions: { globals: globals.worker },
    rules: { 'no-restricted-globals': ['error', ...NODE_ONLY] },
  },
  { files: TESTS, languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { files: ['scripts/**', 'e2e/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  // The plain comparison page of the bench, and the probe it injects, run in the page.
  { files: ['scripts/bench/*.js'], languageOptions: { globals: globals.browser } },

  // Imports: the layers of src/, then the tools around them.
  ...FOLDERS.flatMap((folder) => [
    { files: [`src/${folder}/**`], ignores: TESTS, rules: restrict(forbiddenFor(folder, { tests: false })) },
    { files: TESTS.map((glob) => `src/${folder}/${glob}`), rules: restrict(forbiddenFor(folder, { tests: true })) },
  ]),
  { files: ['src/*.{ts,tsx}'], rules: restrict([NO_TOOLS, VIS_TIMELINE, NO_NODE]) },
  {
    files: ['scripts/**'],
    rules: restrict([
      { regex: '^(?:\\.\\./)+e2e(?:/|$)', message: 'scripts/ never imports e2e/: move what both need.' },
    ]),
  },
  prettier,
);
