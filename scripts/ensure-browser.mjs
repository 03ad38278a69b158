#!/usr/bin/env node
/**
 * Before the end-to-end tests: make sure there is a Chromium to drive. Uses CHROMIUM_PATH or
 * Debian's /usr/bin/chromium when present; otherwise tries Playwright's own download, and if that
 * is impossible (no network), explains how to get a browser instead of failing obscurely later.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (system.some((path) => existsSync(path)) || existsSync(chromium.executablePath())) process.exit(0);

console.log('No Chromium found; downloading Playwright’s own (npx playwright install chromium)…');
const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (install.status === 0 && existsSync(chromium.executablePath())) process.exit(0);

console.error(
  [
    '',
    'The end-to-end tests need Chromium, and none could be found or downloaded. Either:',
    '  - on Debian/Ubuntu: sudo apt-get install -y chromium',
    '  - anywhere with network access: npx playwright install chromium',
    '  - or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
