/**
 * Readers first (issue 25): the keyboard path to the timeline, an overview that fits the story,
 * approximate dates that take the least ink, search matches and empty results that show, and
 * "any" or "all" of the ticked actors.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUNDLED, bundledCount, CALL_ID, Sourceline } from './sourceline';

const DAY = 86_400_000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const inTimeline = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('[role="region"][aria-label="Timeline"]'));

/** The day a partial date begins on: "2022" and "2022-01" both begin on 1 January 2022. */
function beginning(date: string): number {
  const [year, month = '01', day = '01'] = date.slice(0, 10).split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Opens a view that matches nothing (no item to wait for). */
async function openEmpty(app: Sourceline, query: string): Promise<void> {
  await app.page.goto(`/${query}`);
  await app.expectCount(0);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Where an instant is on the timeline's item area, in px from the page's left. */
async function xOf(app: Sourceline, ms: number): Promise<number> {
  const window = (await app.shownWindow())!;
  const area = (await app.timeline.locator('.vis-center').boundingBox())!;
  return area.x + ((ms - window.start) / (window.end - window.start)) * area.width;
}

/** The story's core: from the first event of December 2021 dated to the day to the last end of those events. */
function storyCore(): { start: number; end: number } {
  const dated = BUNDLED.events.filter((e) => /^\d{4}-\d{2}-\d{2}/.test(e.start) && e.start >= '2021-12');
  const start = Math.min(...dated.map((e) => Date.parse(e.start.slice(0, 10))));
  const end = Math.max(...dated.map((e) => Date.parse((e.end ?? e.start).slice(0, 10)) + DAY));
  return { start, end };
}

test.describe('the keyboard path', () => {
  test('the timeline is at most 10 Tab presses from the top, and 2 with "Skip to timeline"', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    let presses = 0;
    while (!(await inTimeline(page)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(10);

    await app.open();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await inTimeline(page)).toBe(true);
    // The timeline's own keys work from there.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => app.params().get('event')).not.toBeNull();
    // The skip link moved focus without putting a fragment in the address.
    expect(page.url()).not.toContain('#');
  });

  test('"Skip to events list" lands on the list, whose rows are one Tab stop', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to events list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Events list' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.list.getByRole('button').first()).toBeFocused();
    // One more Tab leaves the list for the filters, whatever its length.
    await page.keyboard.press('Tab');
    await expect(app.search).toBeFocused();
  });
});

test.describe('an overview that fits the story', () => {
  test("Fit all gives the story's core at least 60% of the width, and a marker leads to 2014", async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => app.params().get('start')).not.toBeNull();
    const core = storyCore();
    await expect
      .poll(async () => (await app.shownWindow())!.end - (await app.shownWindow())!.start)
      .toBeLessThan(2 * (core.end - core.start));
    const window = (await app.shownWindow())!;
    expect(window.start).toBeLessThanOrEqual(core.start);
    expect(window.end).toBeGreaterThanOrEqual(core.end);
    expect((core.end - core.start) / (window.end - window.start)).toBeGreaterThanOrEqual(0.6);

    const marker = page.getByTestId('edge-marker-before');
    await expect(marker).toHaveText('← 2014: 2 events before the view: show them');
    await marker.click();
    await expect.poll(async () => new Date((await app.shownWindow())!.end).getUTCFullYear()).toBeLessThanOrEqual(2015);
    await expect(
      app.timeline.locator('.sl-item[data-event-id="2014-09-15-rapid-trident-exercise-opens"]').first(),
    ).toBeVisible();
  });

  test('a cluster click zooms to the extent of its events, not to its bin', async ({ page }) => {
    const app = new Sourceline(page);
    // The old "Fit all": ten years, the story one cluster in a year-wide bin.
    await app.open('?start=2013-06-01T00:00Z&end=2023-06-01T00:00Z');
    const cluster = app.timeline.locator('.vis-item.sl-cluster:not(.sl-precision-month, .sl-precision-year)').first();
    // "31 events, 27 Dec 2021 – ~Feb 2022. Activate to zoom in.": its first and last events.
    const description = (await cluster.locator('.sl-item').getAttribute('aria-label'))!;
    const [first, last] = [...description.matchAll(/(~?)(?:(\d{1,2}) )?(\w{3}) (\d{4})/g)].map((m) => {
      const start = Date.parse(`${m[2] ?? 1} ${m[3]} ${m[4]} UTC`);
      const end = m[2] ? start + DAY : Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 1);
      return { start, end, dated: m[1] === '' };
    });
    expect(first && last && first.dated, description).toBeTruthy();
    await cluster.click();
    // About its own extent (its events dated to the day decide), not the year-wide bin it sat in.
    await expect
      .poll(async () => (await app.shownWindow())!.end - (await app.shownWindow())!.start)
      .toBeLessThan(1.5 * (last!.end - first!.start) + 2 * DAY);
    const window = (await app.shownWindow())!;
    expect(window.start).toBeLessThanOrEqual(first!.start);
    expect(window.end).toBeGreaterThan(first!.end);
    if (last!.dated) expect(window.end).toBeGreaterThanOrEqual(last!.end);
  });

  test("a year-precision event's box is no wider than its year and lighter than a dated event's", async ({ page }) => {
    const app = new Sourceline(page);
    // Calls only: the one known only to the year (2022) and the dated ones, the whole year in view.
    await app.open('?type=call&start=2021-10-01T00:00Z&end=2023-03-01T00:00Z&lanes=none');
    const vague = app.timeline.locator(
      '.vis-item:has(.sl-item[data-event-id="2022-next-biden-zelensky-conversation"])',
    );
    const dated = app.timeline.locator(`.vis-item:has(.sl-item[data-event-id="${CALL_ID}"])`);
    await expect(vague).toBeVisible();
    await expect(dated).toBeVisible();
    const box = (await vague.boundingBox())!;
    const year = (await xOf(app, Date.UTC(2023, 0, 1))) - (await xOf(app, Date.UTC(2022, 0, 1)));
    expect(box.width).toBeLessThanOrEqual(year + 2);
    expect(box.x).toBeGreaterThanOrEqual((await xOf(app, Date.UTC(2022, 0, 1))) - 2);

    const ink = (item: Locator) =>
      item.evaluate((element) => {
        const style = getComputedStyle(element);
        const title = getComputedStyle(element.querySelector('.sl-item__title')!);
        return {
          outline: ['Top', 'Right', 'Bottom', 'Left']
            .map((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)))
            .reduce((a, b) => a + b, 0),
          filled: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent',
          weight: Number(title.fontWeight),
        };
      });
    const [vagueInk, datedInk] = [await ink(vague), await ink(dated)];
    expect(vagueInk.outline).toBeLessThan(datedInk.outline);
    expect(vagueInk.weight).toBeLessThan(datedInk.weight);
    expect(vagueInk.filled).toBe(false);
    expect(datedInk.filled).toBe(true);
  });
});

test.describe('search and filters you can see', () => {
  test('the words searched for are marked in the details', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    await app.search.fill('imminent');
    await app.expectCount(bundledCount((e) => JSON.stringify(e).toLowerCase().includes('imminent')));
    await app.listItem(/Psaki describes a Russian invasion/).click();
    const marks = app.details.locator('mark');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).every((text) => text.toLowerCase() === 'imminent')).toBe(true);
    await expect(app.details.getByRole('heading', { level: 2 }).locator('mark')).toHaveText('imminent');
    await expect(app.list.locator('mark').first()).toHaveText('imminent');
  });

  test('an empty result is said on the timeline, naming the filter to drop', async ({ page }) => {
    const app = new Sourceline(page);
    await openEmpty(app, '?q=xyzzyqq');
    const empty = app.timeline.getByTestId('timeline-empty');
    await expect(empty.getByRole('status')).toHaveText('No events with “xyzzyqq”.');
    await expect(empty.getByRole('button', { name: 'Reset filters' })).toBeVisible();

    await openEmpty(app, '?actor=putin&q=sanctions');
    await expect(empty.getByRole('status')).toHaveText('No events with Vladimir Putin and “sanctions”.');
    await empty.getByRole('button', { name: /^Remove “sanctions”: \d+ events?$/ }).click();
    await app.expectCount(bundledCount((e) => e.actors.includes('putin')));
    await expect(empty).toHaveCount(0);
  });

  test('"any" or "all" of the ticked actors, in words, changes the count and stays in the address', async ({
    page,
  }) => {
    const app = new Sourceline(page);
    await app.open();
    await app.actor(/^Joe Biden/).check();
    await app.actor(/^Volodymyr Zelensky/).check();
    const either = bundledCount((e) => e.actors.includes('biden') || e.actors.includes('zelensky'));
    const both = bundledCount((e) => e.actors.includes('biden') && e.actors.includes('zelensky'));
    expect(both).toBeLessThan(either);
    await app.expectCount(either);
    const choice = page.getByRole('group', { name: 'Show events with' });
    await expect(choice.getByRole('radio', { name: 'any of the 2 ticked actors' })).toBeChecked();
    await choice.getByRole('radio', { name: 'all 2 of them together' }).check();
    await app.expectCount(both);
    await expect(page.getByRole('button', { name: /^and Volodymyr Zelensky/ })).toBeVisible();
    await app.expectParam('actor-match', 'all');
    await page.reload();
    await app.expectCount(both);
  });
});

test.describe('small things', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the "copied" notice covers no button', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' });
    await expect(notice).toBeVisible();
    const covered = await notice.evaluate((element) => {
      const a = element.getBoundingClientRect();
      return [...document.querySelectorAll('button')]
        .filter((button) => {
          const b = button.getBoundingClientRect();
          return b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        })
        .map((button) => button.textContent);
    });
    expect(covered).toEqual([]);
  });

  test('a tap shows the whole of a title cut short on the timeline', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const app = new Sourceline(page);
    // Late December: the NSC spokesperson's box, in the first lane, has a title longer than two lines.
    await app.open('?start=2021-12-25T00:00Z&end=2021-12-31T00:00Z');
    const cut = (item: Locator) =>
      item.locator('.sl-item__title').evaluate((title) => title.scrollHeight > title.clientHeight + 1);
    const boxes = app.timeline.locator('.vis-item.vis-box:not(.sl-cluster)');
    let id: string | null = null;
    for (let i = 0; i < (await boxes.count()) && id === null; i++) {
      if (await cut(boxes.nth(i))) id = await boxes.nth(i).locator('.sl-item').getAttribute('data-event-id');
    }
    expect(id, 'a box whose title is cut').not.toBeNull();
    const target = app.timeline.locator(`.vis-item.vis-box:has(.sl-item[data-event-id="${id}"])`).first();
    await target.tap();
    await expect(target).toHaveClass(/vis-selected/);
    expect(await cut(target)).toBe(false);
    await context.close();
  });

  test('related events are listed in time order', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    const ids = await app.details
      .locator('.sl-related a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('event')!));
    expect(ids.length).toBeGreaterThan(1);
    const begins = ids.map((id) => beginning(BUNDLED.events.find((e) => e.id === id)!.start));
    expect(begins.every((ms) => Number.isFinite(ms))).toBe(true);
    expect(begins).toEqual([...begins].sort((a, b) => a - b));
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations: legend, edge markers, empty state, actors' choice, search marks (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const app = new Sourceline(page);
    await app.open();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page.getByTestId('edge-marker-before')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await openEmpty(app, '?actor=putin,zelensky&actor-match=all');
    await expect(app.timeline.getByTestId('timeline-empty')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await app.open(`?q=zelensky&event=${CALL_ID}`);
    await expect(app.details.locator('mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
