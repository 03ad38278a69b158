/**
 * Chromium for the benchmark, through playwright-core: launched as a browser server so that its
 * process can be killed and relaunched if a page hangs it (the baseline can keep a renderer busy
 * for minutes), with a fresh context (no cache, no storage) for every measured page load.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';

// The same flags as the end-to-end tests (closed network, running as root).
import { CHROMIUM_ARGS } from '../../e2e/chromium';

export { CHROMIUM_ARGS };

export const VIEWPORT = { width: 1440, height: 900 };

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

export class TimeoutError extends Error {}

/** Rejects with "timed out after N s waiting for <what>" unless `promise` settles first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`timed out after ${(ms / 1000).toFixed(0)} s waiting for ${what}`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, for messages when something never happens. */
  errors: string[];
}

export class BrowserHost {
  private server: BrowserServer | null = null;
  private browser: Browser | null = null;
  restarts = 0;

  constructor(private readonly executablePath: string) {}

  async start(): Promise<void> {
    try {
      this.server = await chromium.launchServer({
        executablePath: this.executablePath,
        args: CHROMIUM_ARGS,
        headless: true,
      });
    } catch (error) {
      throw new Error(
        `could not launch Chromium at ${this.executablePath} (set CHROMIUM_PATH to another): ${(error as Error).message.split('\n')[0]}`,
        { cause: error },
      );
    }
    this.browser = await chromium.connect(this.server.wsEndpoint());
  }

  /** The connected browser (for tracing). */
  get current(): Browser {
    if (!this.browser) throw new Error('the browser is not running');
    return this.browser;
  }

  version(): string {
    return this.browser?.version() ?? 'unknown';
  }

  async open(): Promise<Tab> {
    if (!this.browser) throw new Error('the browser is not running');
    const context = await this.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript({ path: PROBE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('crash', () => errors.push('the page crashed'));
    return { context, page, errors };
  }

  /** Closes a tab; if Chromium does not manage within 20 s (a hung renderer), kills and relaunches it. */
  async close(tab: Tab): Promise<void> {
    try {
      await withTimeout(tab.context.close(), 20_000, 'the browser context to close');
    } catch {
      console.warn('  ! the page did not close within 20 s: killing and relaunching Chromium');
      await this.restart();
    }
  }

  async restart(): Promise<void> {
    this.restarts++;
    await this.kill();
    await this.start();
  }

  async kill(): Promise<void> {
    const server = this.server;
    this.browser = null;
    this.server = null;
    if (server)
      await withTimeout(server.kill(), 10_000, 'Chromium to exit').catch(() => server.process().kill('SIGKILL'));
  }

  async shutdown(): Promise<void> {
    try {
      await withTimeout(
        (async () => {
          await this.browser?.close();
          await this.server?.close();
        })(),
        15_000,
        'Chromium to close',
      );
    } catch {
      await this.kill();
    }
  }
}
