import { expect, test, type Page } from '@playwright/test';
import { datasetWithBadUrls, EVIL_HOST, hostileDataset, IMG, SCRIPT } from './hostile';
import { Sourceline, TOTAL_EVENTS } from './sourceline';

/** Serves a dataset at /hostile.json on the app's own origin, and records every request that leaves it. */
async function watch(page: Page, body: unknown) {
  const foreign: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      foreign.push(request.url());
    }
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(`**/${EVIL_HOST}/**`, (route) => route.abort());
  await page.route(
    (url) => url.pathname === '/hostile.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
  );
  return { foreign, dialogs };
}

test('a hostile dataset shows as text everywhere: nothing runs, nothing leaves the page', async ({ page }) => {
  const traffic = await watch(page, hostileDataset());
  const app = new Sourceline(page);
  await page.goto('/?data=/hostile.json&start=2022-01-20T00:00Z&end=2022-03-05T00:00Z');
  await expect(page.getByTestId('dataset-title')).toHaveText(`${SCRIPT}Hostile dataset ${IMG}`);
  await expect(page).toHaveTitle(`${SCRIPT}Hostile dataset ${IMG} · Sourceline`);

  // Timeline items, lanes and the list show the markup as characters.
  await expect(app.timeline.locator('.vis-item').filter({ hasText: '<b onmouseover=' }).first()).toBeVisible();
  await expect(app.timeline.locator('.vis-label').filter({ hasText: 'background:url(' })).toBeVisible();
  await app.timeline.locator('.vis-item').filter({ hasText: '<b onmouseover=' }).first().hover();
  await expect(app.list.getByRole('button', { name: /<b onmouseover=/ })).toBeVisible();

  // Details: title, quote, attribution, outlet, and a 100 KB summary, all text.
  await app.list.getByRole('button', { name: /<b onmouseover=/ }).click();
  await expect(app.details.getByRole('heading', { level: 2 })).toContainText('<b onmouseover=');
  await expect(app.details.locator('blockquote')).toContainText('<img src="https://evil.example/pixel.png"');
  await expect(app.details.getByText('<iframe src=', { exact: false })).toBeVisible();
  const link = app.details.locator('figcaption a').first();
  // The article's own URL, opened at the quote by a text fragment whose terms are percent-encoded.
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith(`https://${EVIL_HOST}/article#:~:text=`)).toBe(true);
  expect(href).not.toMatch(/[<>" ]/);
  await expect(link).toContainText(EVIL_HOST);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const summaryWidth = await app.details
    .locator('.sl-details__summary')
    .evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(summaryWidth).toBe(true);

  // Nothing was turned into elements, nothing ran, nothing was fetched from elsewhere.
  expect(await page.locator('img, iframe, script:not([src]), b, style:not([data-vite-dev-id])').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(traffic.dialogs).toEqual([]);
  expect(traffic.foreign).toEqual([]);
  await expect(page.locator('body')).toBeVisible();
});

test('javascript: and data: URLs are refused with a message naming each, and the previous dataset stays', async ({
  page,
}) => {
  const traffic = await watch(page, datasetWithBadUrls());
  const app = new Sourceline(page);
  await app.open();
  await page.evaluate(() => history.pushState(null, '', '/?data=/hostile.json'));
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open hostile.json');
  await expect(alert).toContainText('sources[0].url: must be an http:// or https:// URL');
  await expect(alert).toContainText('sources[1].url: must be an http:// or https:// URL');
  await expect(alert).toContainText('The dataset shown before is still shown.');
  await app.expectCount(TOTAL_EVENTS);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(traffic.foreign).toEqual([]);
});

test('the Content-Security-Policy blocks inline script even if markup were injected', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  const violations = await page.evaluate(async () => {
    // The browser reports a blocked inline script with a securitypolicyviolation event; wait for it.
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = "window.__pwned = 'inline'";
    document.body.append(script);
    return [await reported];
  });
  expect(violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});
