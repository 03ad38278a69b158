/**
 * Which Chromium the end-to-end tests and the benchmark drive. Playwright cannot download its own
 * browser on every machine, so: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else
 * Playwright's own (after `npx playwright install chromium`). When there is none, say how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser.
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - install Debian/Ubuntu Chromium: sudo apt-get install -y chromium   (then /usr/bin/chromium is used), or',
      "  - install Playwright's own: npx playwright install chromium, or",
      '  - point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags for running as root in containers and on machines whose network is closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
