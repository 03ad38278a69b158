#!/usr/bin/env node
/**
 * Before the end-to-end tests: the production build they run against. `.ci/run` builds (and
 * type-checks) once, then sets E2E_REUSE_DIST=1 so that `npm test` reuses that dist/ instead of
 * building it again; everywhere else the tests build the checkout as it is.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (process.env.E2E_REUSE_DIST === '1' && existsSync('dist/index.html')) {
  console.log('Reusing dist/ (E2E_REUSE_DIST=1).');
  process.exit(0);
}
const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
process.exit(build.status ?? 1);
