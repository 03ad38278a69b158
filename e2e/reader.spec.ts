/**
 * Readers first (issue 24): the story and its dispute on one screen, where readers meet Sourceline
 * — a desktop at 1440 x 900, an embed (a 640 x 480 iframe in a plain article page on another
 * origin) and a phone at 360 x 780 with touch. What is measured here is what a reader sees: where
 * the dispute grid of the 27 January call lies against the screen, the timeline's width before and
 * after the details open, the details' height in screens, the page's own scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, Sourceline } from './sourceline';
import { otherOrigin } from './otherOrigin';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CALL = BUNDLED.events.find((event) => event.id === CALL_ID)!;
const KEY_MOMENT = new RegExp(`^${CALL_TITLE}`);

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The part of the viewport an element takes: its box, clipped by nothing, in viewport coordinates. */
function box(locator: Locator) {
  return locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right, width: innerWidth, height: innerHeight };
  });
}

/** Whether the box lies wholly on screen. */
function onScreen(b: Awaited<ReturnType<typeof box>>): boolean {
  return b.top >= 0 && b.left >= 0 && b.bottom <= b.height && b.right <= b.width;
}

const grid = (scope: Page | ReturnType<Page['frameLocator']>) =>
  scope.getByRole('region', { name: 'Who says what' }).getByRole('table');

test.describe('desktop, 1440 x 900', () => {
  test('the call opens from its key moment with its dispute grid on the first screen, beside the timeline', async ({
    page,
  }) => {
    const app = new Sourceline(page);
    await app.open();
    // The lede: the dek and the key moments, on the first screen.
    const lede = page.getByRole('region', { name: 'Introduction' });
    await expect(lede).toContainText(BUNDLED.intro!.dek.slice(0, 60));
    await expect(lede.getByRole('button', { name: KEY_MOMENT })).toBeInViewport({ ratio: 1 });
    const before = await box(app.timeline);

    await lede.getByRole('button', { name: KEY_MOMENT }).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
    // The grid: a row per claim, a column per source that reported the call, each cell a mark.
    const table = grid(page);
    await expect(table.getByRole('rowheader')).toHaveCount(CALL.claims!.length);
    await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveText([
      'Claim',
      'Unnamed news site, 28 Jan',
      'Sputnik, 28 Jan',
      'CNN live blog, 27 Jan',
      'UNILAD, late Jan',
      'Tally',
    ]);
    // Wholly on the first screen, with nothing scrolled, page or panel.
    expect(onScreen(await box(table))).toBe(true);
    expect(await app.details.evaluate((element) => element.scrollTop)).toBe(0);

    // The timeline keeps its width: the details lie over its edge, not beside it.
    const after = await box(app.timeline);
    expect(after.right - after.left).toBeGreaterThanOrEqual(before.right - before.left);
    // The call is on the timeline, selected, and in sight: left of the drawer, on screen.
    const drawer = await box(app.details);
    const selected = app.timeline.locator('.vis-item.vis-box.vis-selected').first();
    await expect(selected).toBeVisible();
    const item = await box(selected);
    expect(item.left).toBeGreaterThanOrEqual(before.left);
    expect(item.right).toBeLessThanOrEqual(drawer.left);

    // At most three screens of details before "Show all".
    const height = await app.details.evaluate((element) => element.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * 900);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('opening an event in sight changes neither the timeline’s width nor its clusters', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    const items = () => app.timeline.locator('.vis-item .sl-item__title').allTextContents();
    const width = () => app.timeline.evaluate((element) => element.getBoundingClientRect().width);
    const [drawnBefore, widthBefore] = [await items(), await width()];
    // The leftmost box on screen: in sight beside the drawer, so nothing needs to move.
    await app.timeline.locator('.vis-item.vis-box').filter({ hasText: 'Menendez convenes' }).click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Menendez convenes/);
    expect(await width()).toBe(widthBefore);
    expect(await items()).toEqual(drawnBefore);
  });

  test('a mark of the grid shows that source’s accounts of that claim; a quote is shown once', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    const table = grid(page);
    const wentBadly = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /did not go well/ }) });
    await wentBadly
      .getByRole('button', { name: /^Sputnik, 28 Jan: asserts \(1 account\) and disputes \(3 accounts\)$/ })
      .click();
    const chosen = app.details.getByRole('heading', { name: 'Sputnik, 28 Jan on “The call did not go well”' });
    await expect(chosen).toBeFocused();
    const panel = app.details.locator('.sl-outlet');
    await expect(panel.locator('figure')).toHaveCount(4);
    await expect(panel.locator('.sl-outlet__stance')).toHaveText(['Asserts', 'Disputes', 'Disputes', 'Disputes']);
    await panel.getByRole('button', { name: /^Close/ }).click();
    await expect(panel).toHaveCount(0);

    // The digest: the White House's answer bears on four claims, and is quoted once, then referred to.
    const claims = app.details.getByRole('region', { name: /^Claims/ });
    const leaking = claims.locator('figure').filter({ hasText: 'anonymous sources were "leaking falsehoods."' });
    await expect(leaking).toHaveCount(1);
    await expect(leaking.locator('.sl-account__also')).toHaveText(
      'Also bears on claim 4 (asserts), claim 5 (asserts), claim 2 (disputes)',
    );
    // Under claims 2, 4 and 5 it is a link to claim 1, as is the Ukrainian official's account under claim 7.
    await expect(claims.getByRole('link', { name: 'quoted under claim 1' })).toHaveCount(4);
    // Every account is one click away.
    await claims.getByRole('button', { name: `Show every account (${CALL.excerpts.length})` }).click();
    await expect(
      claims.locator('figure').filter({ hasText: 'anonymous sources were "leaking falsehoods."' }),
    ).toHaveCount(4);
  });
});

test.describe('embedded: a 640 x 480 iframe in a plain page on another origin', () => {
  const article = otherOrigin(() => (request, response) => {
    const src = new URL(request.url!, 'http://x').searchParams.get('src') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>An article</title></head>
       <body style="font: 16px Georgia, serif; max-width: 700px; margin: 2em auto">
       <h1>An article with a timeline</h1><p>Some paragraphs of the story.</p>
       <iframe src="${src.replaceAll('"', '&quot;')}" width="640" height="480" title="Timeline"></iframe>
       <p>More of the story.</p></body></html>`,
    );
  });

  async function openArticle(page: Page, baseURL: string | undefined, query = '') {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${article()}/?src=${encodeURIComponent(`${baseURL}/?embed=1${query}`)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.vis-item').first()).toBeVisible();
    return { frame, inside: page.frames().find((f) => f.url().includes('embed=1'))! };
  }

  test('one click opens the call over the frame, its grid wholly in sight; Escape and Back close it', async ({
    page,
    baseURL,
  }) => {
    const { frame, inside } = await openArticle(page, baseURL);
    // The frame's page never scrolls: the timeline fills it and scrolls its lanes inside.
    const scrolls = () => inside.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(await scrolls()).toBeLessThanOrEqual(0);

    const moment = frame.getByRole('button', { name: KEY_MOMENT });
    await moment.click();
    const details = frame.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
    const table = grid(frame);
    await expect(table.getByRole('rowheader')).toHaveCount(CALL.claims!.length);
    expect(onScreen(await box(table))).toBe(true);
    expect(await scrolls()).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(moment).toBeFocused();

    await moment.click();
    await expect(details).toBeVisible();
    await details.getByRole('button', { name: /^Back/ }).click();
    await expect(details).toHaveCount(0);

    // The browser's Back closes it too: opening it was a step in the frame's history, which is the
    // page's (history.back() on the page is its Back button; page.goBack waits for a load that a
    // step inside the frame never makes).
    await moment.click();
    await expect(details).toBeVisible();
    await page.evaluate(() => history.back());
    await expect(details).toHaveCount(0);
  });

  test('controls=0 leaves readers the editor’s framing: no count, chips, Reset, lanes or zoom', async ({
    page,
    baseURL,
  }) => {
    const { frame } = await openArticle(page, baseURL, '&actor=zelensky&controls=0');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(BUNDLED.title);
    await expect(frame.getByTestId('result-count')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /Reset filters/ })).toHaveCount(0);
    await expect(frame.getByLabel('Lanes')).toHaveCount(0);
    // The framing holds: only the editor's actor's events are listed.
    await frame.getByRole('button', { name: 'List', exact: true }).click();
    await expect(frame.getByRole('list', { name: 'Events' }).getByRole('button')).not.toHaveCount(0);
    for (const title of await frame.locator('.sl-list__title').allTextContents()) {
      const event = BUNDLED.events.find((e) => e.title === title)!;
      expect(event.actors).toContain('zelensky');
    }
  });
});

test.describe('phone, 360 x 780 with touch', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('a deep link opens on the call: its title and its grid on the first screen, in a sheet', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    const heading = app.details.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(CALL_TITLE);
    expect(onScreen(await box(heading))).toBe(true);
    // The grid's rows all on the first screen; its columns scroll sideways inside it.
    const scroller = app.details.locator('.sl-dispute__scroll');
    const b = await box(scroller);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(780);
    expect(await box(app.details)).toMatchObject({ top: 0, left: 0, right: 360, bottom: 780 });
    // Nothing on the page scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the list is the page; an event opens as a sheet, and Back returns to the same place and row', async ({
    page,
  }) => {
    const app = new Sourceline(page);
    await app.open();
    const scroller = page.getByTestId('event-list-scroller');
    // No box to scroll inside the page: the list is as tall as its rows.
    expect(await scroller.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(0);
    // The list draws the rows near the screen: scroll the page down to the call's.
    const row = app.listItem(KEY_MOMENT);
    while ((await row.count()) === 0) await page.mouse.wheel(0, 600);
    await row.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(780);
    await row.click();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
    await expect(app.details).toBeInViewport({ ratio: 1 });
    await app.details.getByRole('button', { name: /^Back/ }).click();
    await expect(app.details).toHaveCount(0);
    await expect(row).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });

  test('the timeline is bounded, pans under a finger, and its lane names break between words', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    const height = await app.timeline.evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(0.6 * 780);
    // A horizontal swipe over the timeline moves its window.
    const before = await app.framedWindow();
    await app.timeline.scrollIntoViewIfNeeded();
    const area = await box(app.timeline.locator('.vis-center'));
    const y = Math.round((area.top + Math.min(area.bottom, 780)) / 2);
    await swipe(page, { x: area.right - 20, y }, { x: area.left + 20, y });
    await expect.poll(async () => (await app.shownWindow())!.start).toBeGreaterThan(before.start);
    // Each word of a lane's name is on one line.
    const split = await app.timeline.locator('.sl-lane').evaluateAll((lanes) =>
      lanes.flatMap((lane) => {
        const text = lane.textContent ?? '';
        const node = lane.firstChild!;
        const broken: string[] = [];
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
        return broken;
      }),
    );
    expect(split).toEqual([]);
  });

  test('Share offers the system share sheet, with the link to this view', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    await app.details.getByRole('button', { name: /^Back/ }).click();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
    expect(shared).toHaveLength(1);
    // The view on screen: the window the timeline shows, which the address bar does not hold.
    const url = new URL(shared[0]!.url);
    const shown = (await app.shownWindow())!;
    expect(url.pathname).toBe('/');
    expect(Date.parse(url.searchParams.get('start')!)).toBeCloseTo(shown.start, -5);
    expect(Date.parse(url.searchParams.get('end')!)).toBeCloseTo(shown.end, -5);
  });
});

/** A one-finger swipe, as a phone sends it (Chromium's touch events through the DevTools protocol). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let step = 1; step <= 10; step++) {
    const at = { x: from.x + ((to.x - from.x) * step) / 10, y: from.y + ((to.y - from.y) * step) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
