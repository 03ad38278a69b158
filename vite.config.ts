/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledDatasetPlugin } from './scripts/bundled-dataset-plugin.ts';

// The browser tests' provider and the Chromium it drives, loaded only when Vitest runs (a build and
// the dev server do not need Playwright).
const browserProvider = process.env.VITEST ? (await import('@vitest/browser-playwright')).playwright : null;
const chromium = process.env.VITEST ? await import('./scripts/chromium.ts') : null;

/** The Chromium to drive; without one, only a run of the browser tests fails (saying how to get one), not every run. */
function browserPath(): string | undefined {
  try {
    return chromium?.chromiumExecutable();
  } catch {
    return undefined;
  }
}

// Unit tests run in one pinned zone so results repeat on any machine; the zone-sensitive specs
// start child processes under far-off zones themselves. (Set here: workers inherit it at start.)
if (process.env.VITEST) process.env.TZ = 'UTC';

/**
 * The Content-Security-Policy of the built page. No inline script and no script from elsewhere;
 * datasets may be fetched from any http(s) origin the user names in `?data=`, nothing else.
 * It is added at build time only: the dev server injects inline styles and scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sourceline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative URLs throughout, so the same build works at a site's root or under any sub-path
  // (https://example.org/timelines/crisis/): assets, the worker and the bundled dataset alike.
  base: './',
  plugins: [react(), contentSecurityPolicy(), bundledDatasetPlugin()],
  // The entry chunk is ~816 kB raw (~240 kB gzip as Vite reports it, under the 250 kB budget that docs/performance.md
  // tracks); vis-timeline and React are most of it and load on every visit anyway.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 900 },
  worker: { format: 'es' },
  test: {
    // A safety net, not a measurement: property tests take seconds alone and several times that
    // on a loaded 2-core machine; the 5 s default failed them there.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: ['e2e/**', 'node_modules/**', 'dist/**', '**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      {
        // What only a real browser can show: vis-timeline itself, laid out and drawn (*.browser.test.ts).
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: browserProvider?.({
              launchOptions: { executablePath: browserPath(), args: chromium?.CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
