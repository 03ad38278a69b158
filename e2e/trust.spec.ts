/**
 * Whose data is shown, and what a link may open (issue 22): an embed of somebody else's dataset
 * says so at any width, and so does the full view it opens; a `?data=` that is refused, or that
 * redirects somewhere Sourceline does not load from, says so in plain words.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { otherOrigin } from './otherOrigin';
import { BUNDLED, Sourceline, TOTAL_EVENTS } from './sourceline';

const SHOTS = '/work/shots/issue22';

/** The bundled dataset's own title and events, with an invented quote: only the notice tells them apart. */
function fabricatedDataset(): string {
  const fake = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'));
  fake.events[0].excerpts[0].quote = 'An invented quote, word for word.';
  return JSON.stringify(fake);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('an embed of somebody else’s data', () => {
  const base = otherOrigin(() => {
    const body = fabricatedDataset();
    return (request, response) => {
      if (request.url === '/fabricated.json') {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        response.end(body);
      } else if (request.url?.startsWith('/frame.html?')) {
        // Somebody else's page, framing Sourceline at the width of a phone.
        const src = new URLSearchParams(request.url.slice('/frame.html?'.length)).get('src')!;
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(
          `<!doctype html><title>Elsewhere</title><iframe title="Timeline" width="320" height="640" src="${src.replaceAll('"', '&quot;')}"></iframe>`,
        );
      } else {
        response.writeHead(404);
        response.end();
      }
    };
  });
  const embedQuery = () => `?embed=1&data=${encodeURIComponent(`${base()}/fabricated.json`)}`;
  const notice = () => `Not the bundled dataset. Downloaded from ${new URL(base()).host}, not checked by Sourceline.`;

  test('at 320 px the notice is under the title, whole and on screen, and the full view says so too', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const app = new Sourceline(page);
    await app.open(embedQuery());
    // Same title as the site's own: only the notice tells them apart.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
    const provenance = page.getByRole('note', { name: 'Where this dataset comes from' });
    await expect(provenance).toHaveText(notice());
    await expect(provenance.locator('.sl-provenance__source')).toHaveAttribute('title', `${base()}/fabricated.json`);
    await expect(provenance).toBeInViewport({ ratio: 1 });
    expect(await horizontalOverflow(page)).toBe(0);
    const axe = await new AxeBuilder({ page }).include('.sl-embed__header').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/embed-foreign-320.png` });

    // It stays while the embed is used: an event opened (from the list, the embed's other view) over
    // the whole frame, its invented quote on screen, says it too, on screen.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await app.list.getByRole('button').first().click();
    await expect(app.details.getByText('An invented quote, word for word.')).toBeVisible();
    const inDetails = app.details.getByRole('note', { name: 'Where this dataset comes from' });
    await expect(inDetails).toHaveText(notice());
    await expect(inDetails).toBeInViewport({ ratio: 1 });
    await app.details.getByRole('button', { name: /^Back/ }).click();
    await expect(provenance).toHaveText(notice());

    const full = page.getByRole('link', { name: /^Open full view/ });
    await expect(full).toHaveAttribute('href', /[?&]data=http/);
    const [tab] = await Promise.all([context.waitForEvent('page'), full.click()]);
    await expect(tab.getByTestId('provenance')).toContainText(
      `Not the bundled dataset. Downloaded from ${new URL(base()).host}`,
    );
    expect(new URL(tab.url()).searchParams.has('embed')).toBe(false);
  });

  test('inside somebody else’s iframe, the notice is there too', async ({ page, baseURL }) => {
    const src = `${baseURL}/${embedQuery()}`;
    await page.goto(`${base()}/frame.html?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
    await expect(frame.getByRole('note', { name: 'Where this dataset comes from' })).toHaveText(notice());
    await expect(frame.getByRole('note', { name: 'Where this dataset comes from' })).toBeInViewport({ ratio: 1 });
  });

  test('the bundled dataset embedded has no such notice', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open('?embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
    await expect(page.getByTestId('provenance')).toHaveCount(0);
  });
});

test.describe('a ?data= that is refused says so, over the bundled dataset', () => {
  const refused = [
    'javascript:alert(1)',
    'data:application/json,{"title":"x"}',
    'file:///etc/passwd',
    '//evil.example/events.json',
  ];
  for (const link of refused) {
    test(`?data=${link}`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const app = new Sourceline(page);
      await app.open(`?data=${encodeURIComponent(link)}`);
      const notice = page.getByRole('status').filter({ hasText: 'The link asked for a dataset at' });
      await expect(notice).toContainText(
        `The link asked for a dataset at "${link}", which Sourceline does not open: only a web address (http or https) or a path on this site. This is the bundled dataset instead.`,
      );
      await app.expectCount(TOTAL_EVENTS);
      await expect(page.getByTestId('provenance')).toHaveCount(0);
      expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
      if (link.startsWith('javascript:')) await page.screenshot({ path: `${SHOTS}/refused-link.png` });
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    });
  }

  test('in an embed too', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const app = new Sourceline(page);
    await app.open(`?embed=1&data=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(page.getByRole('status').filter({ hasText: 'The link asked for a dataset at' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('an empty ?data= names nothing, and gets no such notice', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open('?data=');
    await app.expectCount(TOTAL_EVENTS);
    await expect(page.getByRole('status').filter({ hasText: 'The link asked for a dataset at' })).toHaveCount(0);
  });
});

test('a link on this site that redirects to data: says where it led, not that the network failed', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/moved.json',
    (route) => route.fulfill({ status: 302, headers: { location: 'data:application/json,{"title":"x"}' } }),
  );
  await page.goto('/?data=/moved.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `Could not open moved.json. The link led somewhere Sourceline does not load from: ${new URL(page.url()).host} answered with a redirect to another address`,
  );
  await expect(alert).not.toContainText('network request failed');
  // Trying again cannot help.
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});
