/**
 * Reading the timeline (issue 10): the first screen, the selection always in view, tidy filtered
 * views, readable titles, Escape in the details, history that follows intent, the density overview.
 */
import { expect, test, type Page } from '@playwright/test';
import { endKeyMs, parsePartialDate, sortKeyMs } from '../src/dataset/dates';
import { openGenerated10k } from './largeDataset';
import { BUNDLED, CALL_ID, CALL_TITLE, Sourceline, TOTAL_EVENTS } from './sourceline';

const YEAR = 365 * 24 * 3600_000;
const CAVUSOGLU_ID = '2022-01-27-cavusoglu-visit-after-olympics';

/** How long a span the timeline shows (0 before it has framed the dataset). */
async function windowSpan(page: Page): Promise<number> {
  const shown = await new Sourceline(page).shownWindow();
  return shown ? shown.end - shown.start : 0;
}

/** The events drawn as items of their own (not clusters) inside the timeline's visible area. */
function eventsShownAsItems(page: Page): Promise<string[]> {
  return page.locator('.sl-timeline').evaluate((root) => {
    const center = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const ids = new Set<string>();
    for (const item of root.querySelectorAll<HTMLElement>('.vis-item.vis-box, .vis-item.vis-range')) {
      const id = item.querySelector<HTMLElement>('.sl-item[data-event-id]')?.dataset.eventId;
      const box = item.getBoundingClientRect();
      if (id && box.width > 0 && box.right > center.left + 4 && box.left < center.right - 4) ids.add(id);
    }
    return [...ids];
  });
}

/** The selected item of an event (a box or range, not its stem), in one of its lanes. */
function selectedItem(page: Page, eventId: string) {
  return page.locator(
    `.sl-timeline .vis-item.vis-selected:is(.vis-box, .vis-range):has(.sl-item[data-event-id="${eventId}"])`,
  );
}

/**
 * An event on several lanes (several sides) has a copy in each, all highlighted; the page scrolls
 * to one of them. Passes when some highlighted copy of the event lies on screen.
 */
async function expectSelectedInView(page: Page, eventId: string) {
  await expect
    .poll(() =>
      selectedItem(page, eventId).evaluateAll((items) =>
        items.some((item) => {
          const rect = item.getBoundingClientRect();
          return (
            rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth
          );
        }),
      ),
    )
    .toBe(true);
}

function keyOf(text: string, end = false): number {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(text);
  return end ? endKeyMs(parsed.value) : sortKeyMs(parsed.value);
}

test.describe('the first screen', () => {
  test('frames the story: the 27 January call as an item of its own among at least a dozen', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    const call = app.timeline.locator(`.vis-item:is(.vis-box, .vis-range):has(.sl-item[data-event-id="${CALL_ID}"])`);
    // The lede (issue 24) sits above the timeline: bring its top to the top of the screen.
    await app.timeline.evaluate((element) => element.scrollIntoView());
    await expect(call.first()).toBeInViewport();
    await expect.poll(async () => (await eventsShownAsItems(page)).length).toBeGreaterThanOrEqual(12);
    expect(await eventsShownAsItems(page)).toContain(CALL_ID);
    // A stretch of days, not the whole span; the address does not hold it (it is not the reader's choice).
    await app.framedWindow();
    expect(await windowSpan(page)).toBeLessThan(30 * 24 * 3600_000);
    expect(app.params().get('start')).toBeNull();

    // The density overview marks where the view sits in the whole; Fit all shows the story (weeks,
    // not the decade since 2014), wider than the first screen, and a marker leads to the rest.
    const marker = page.locator('.sl-overview__window');
    const full = (await page.getByTestId('density-overview').boundingBox())!.width;
    const first = (await marker.boundingBox())!.width;
    expect(first).toBeLessThan(full / 4);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(async () => (await marker.boundingBox())!.width).toBeGreaterThan(first);
    expect(await windowSpan(page)).toBeLessThan(YEAR / 3);
    await expect(page.getByTestId('edge-marker-before')).toContainText('2014');
  });

  test('a window in the address wins', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open('?start=2021-12-08T00:00Z&end=2021-12-11T00:00Z');
    await app.expectParam('start', '2021-12-08T00:00Z');
    await app.expectParam('end', '2021-12-11T00:00Z');
    await expect(
      app.timeline.locator('.sl-item[data-event-id="2021-12-09-biden-zelensky-call"]').first(),
    ).toBeVisible();
  });

  test(
    'the same rule frames a generated 10,000-event dataset: a stretch of readable items',
    { tag: '@scale' },
    async ({ page }) => {
      const { app, dataset } = await openGenerated10k(page, 10);
      await app.framedWindow();
      const starts = dataset.events.map((event) => keyOf(event.start));
      const wholeSpan = Math.max(...starts) - Math.min(...starts);
      expect(await windowSpan(page)).toBeLessThan(wholeSpan / 20);
      await expect.poll(async () => (await eventsShownAsItems(page)).length).toBeGreaterThanOrEqual(12);
      // Readable: events drawn as themselves outnumber the clusters in view.
      const clusters = await app.timeline.locator('.vis-item.sl-cluster').count();
      expect((await eventsShownAsItems(page)).length).toBeGreaterThan(clusters);
    },
  );
});

test.describe('the selection is always in view', () => {
  test('a deep link into the crowded week shows the event selected, as its own item, on screen', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CAVUSOGLU_ID}`);
    await expect(app.details.getByRole('heading', { level: 2 })).toContainText('Çavuşoğlu');
    await expectSelectedInView(page, CAVUSOGLU_ID);
  });

  test('in a single lane, where its whole day is one cluster, the event is drawn out of it', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CAVUSOGLU_ID}&lanes=none`);
    await expect(selectedItem(page, CAVUSOGLU_ID)).toHaveCount(1);
    await expect(selectedItem(page, CAVUSOGLU_ID)).toBeInViewport();
  });

  test('choosing an event in the list after Fit all zooms in until it stands on its own', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    // Fit all: the whole story, weeks wide.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => windowSpan(page)).toBeGreaterThan(50 * 24 * 3600_000);
    await expect(selectedItem(page, CALL_ID)).toHaveCount(0);
    await (await app.scrollToListItem(new RegExp(`^${CALL_TITLE}`))).click();
    await app.expectParam('event', CALL_ID);
    await expect.poll(() => windowSpan(page)).toBeLessThan(30 * 24 * 3600_000);
    await expectSelectedInView(page, CALL_ID);
  });

  test('an event in sight beside the details’ drawer: nothing moves; one under it: it pans beside it', async ({
    page,
  }) => {
    const app = new Sourceline(page);
    await app.open();
    const framed = await app.framedWindow();
    // On the left of the timeline, clear of where the drawer opens.
    const menendez = '2022-01-24-menendez-senators-meeting';
    await app.timeline.locator(`.vis-item.vis-box:has(.sl-item[data-event-id="${menendez}"])`).first().click();
    await app.expectParam('event', menendez);
    expect(await app.shownWindow()).toEqual(framed);
    expect(app.params().get('start')).toBeNull();
    // The call, in the middle of the timeline, would be under the drawer: the window pans, at the same zoom.
    await app.timeline.locator(`.vis-item.vis-box:has(.sl-item[data-event-id="${CALL_ID}"])`).first().click();
    await app.expectParam('event', CALL_ID);
    await expect.poll(async () => (await app.shownWindow())!.start).toBeGreaterThan(framed.start);
    const moved = (await app.shownWindow())!;
    expect(moved.end - moved.start).toBeCloseTo(framed.end - framed.start, -5);
    await expectSelectedInView(page, CALL_ID);
  });

  test('the keyboard, a related-event link and a search result each bring their event into view', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    // Fit all: the whole story, weeks wide.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => windowSpan(page)).toBeGreaterThan(50 * 24 * 3600_000);

    // Keyboard: the last event, from a view of the whole story.
    await app.timeline.focus();
    await page.keyboard.press('End');
    const last = await app.nextSelectedEvent(null);
    await expectSelectedInView(page, last);

    // A related-event link, from the call's details.
    await app.search.fill('Zelensky call');
    await app.listItem(new RegExp(`^${CALL_TITLE}`)).click();
    await expectSelectedInView(page, CALL_ID);
    await app.details.getByRole('link', { name: 'Biden–Zelensky phone call (9 December 2021)' }).click();
    await app.expectParam('event', '2021-12-09-biden-zelensky-call');
    await expectSelectedInView(page, '2021-12-09-biden-zelensky-call');
  });

  test('a cluster of events that share a day opens into its events when clicked', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open('?lanes=none&start=2022-01-26T00:00Z&end=2022-01-29T00:00Z');
    const cluster = app.timeline.locator('.vis-item.sl-cluster', { hasText: /^\d+ events/ }).first();
    const count = Number((await cluster.textContent())!.match(/^(\d+)/)![1]);
    const before = (await eventsShownAsItems(page)).length;
    await cluster.click();
    await expect.poll(async () => (await eventsShownAsItems(page)).length).toBe(before + count);
  });
});

test.describe('filtered views', () => {
  test('lanes without a match are hidden while a filter is on, and come back when it is cleared', async ({ page }) => {
    const app = new Sourceline(page);
    const putinTypes = new Set(BUNDLED.events.filter((e) => e.actors.includes('putin')).map((e) => e.type));
    const allTypes = new Set(BUNDLED.events.map((e) => e.type));
    expect(putinTypes.size).toBeLessThan(allTypes.size);
    await app.open('?actor=putin&lanes=type');
    await expect(app.timeline.locator('.vis-label')).toHaveCount(putinTypes.size);
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await expect(app.timeline.locator('.vis-label')).toHaveCount(allTypes.size);
  });

  test('says how many matches lie outside the view, and "Show all matches" fits them', async ({ page }) => {
    const app = new Sourceline(page);
    const putin = BUNDLED.events.filter((e) => e.actors.includes('putin'));
    await app.open('?actor=putin&start=2022-01-20T00:00Z&end=2022-01-31T00:00Z');
    const from = Date.UTC(2022, 0, 20);
    const to = Date.UTC(2022, 0, 31);
    const outside = putin.filter((e) => keyOf(e.end ?? e.start, true) <= from || keyOf(e.start) >= to).length;
    expect(outside).toBeGreaterThan(0);
    const notice = page.getByTestId('out-of-view');
    await expect(notice).toContainText(`${outside} of ${putin.length} matches`);
    await notice.getByRole('button', { name: 'Show all matches' }).click();
    await expect(notice).toHaveCount(0);
    const start = Date.parse(app.params().get('start')!);
    const end = Date.parse(app.params().get('end')!);
    expect(start).toBeLessThanOrEqual(Math.min(...putin.map((e) => keyOf(e.start))));
    expect(end).toBeGreaterThanOrEqual(Math.max(...putin.map((e) => keyOf(e.end ?? e.start, true))));
  });
});

test.describe('titles can be read', () => {
  test('a box shows at most two lines ending in an ellipsis; the full title is its tooltip and name', async ({
    page,
  }) => {
    const app = new Sourceline(page);
    await app.open();
    const boxes = app.timeline.locator('.vis-item.vis-box .sl-item');
    const clipped = await boxes.evaluateAll((items) =>
      items
        .map((item) => item.querySelector<HTMLElement>('.sl-item__title')!)
        .filter((title) => title.scrollHeight > title.clientHeight + 1)
        .map((title) => ({
          lines: Math.round(title.clientHeight / parseFloat(getComputedStyle(title).lineHeight)),
          text: title.textContent!,
          name: title.parentElement!.getAttribute('aria-label')!,
          tooltip: title.parentElement!.title,
          clamp: getComputedStyle(title).webkitLineClamp,
        })),
    );
    expect(clipped.length).toBeGreaterThan(0);
    for (const title of clipped) {
      expect(title.lines).toBeLessThanOrEqual(2);
      expect(title.clamp).toBe('2');
      expect(title.name.startsWith(title.text)).toBe(true);
      expect(title.tooltip.startsWith(title.text)).toBe(true);
    }
  });

  test('a range whose start is off the left edge keeps its label in view', async ({ page }) => {
    const app = new Sourceline(page);
    // The Paris talks run from 24 to 27 January; this window starts on the 25th.
    await app.open('?start=2022-01-25T12:00Z&end=2022-01-30T00:00Z');
    const paris = app.timeline.locator('.vis-item.vis-range', { hasText: 'Ukrainian–Russian talks in Paris' }).first();
    // How far down the lanes it sits depends on how many events the data has that week; the label's place is across.
    await paris.scrollIntoViewIfNeeded();
    const center = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!;
    expect((await paris.boundingBox())!.x).toBeLessThan(center.x);
    const label = (await paris.locator('.sl-item__title').boundingBox())!;
    expect(label.x).toBeGreaterThanOrEqual(center.x - 1);
    await expect(paris.locator('.sl-item__title')).toBeInViewport();
  });

  test('the selected range shows its whole title', async ({ page }) => {
    const app = new Sourceline(page);
    const id = '2022-01-24-psaki-calls-invasion-imminent';
    await app.open(`?event=${id}&start=2022-01-20T00:00Z&end=2022-02-01T00:00Z`);
    const title = selectedItem(page, id).first().locator('.sl-item__title');
    await expect(title).toHaveText(BUNDLED.events.find((e) => e.id === id)!.title);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});

test.describe('Escape in the details', () => {
  test('from the heading: closes them, and focus goes back to the list row it came from', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    const row = await app.scrollToListItem(new RegExp(`^${CALL_TITLE}`));
    await row.click();
    const heading = app.details.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.details).toHaveCount(0);
    await expect(row).toBeFocused();
  });

  test('from a control inside them, after a deep link: focus goes to the timeline', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open(`?event=${CALL_ID}`);
    await app.details.getByRole('button', { name: /^Joe Biden/ }).focus();
    await page.keyboard.press('Escape');
    await expect(app.details).toHaveCount(0);
    await expect(app.timeline).toBeFocused();
    await app.expectParam('event', null);
  });
});

test.describe('history that follows intent', () => {
  test('typing a word adds one entry: Back returns to the unsearched view', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open();
    await app.framedWindow();
    // The page's clock stands still while the word is typed, so that a loaded machine cannot stretch
    // the gap between two letters past the pause that ends a search (SETTLE_MS in urlSync.ts).
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await app.search.pressSequentially('sanctions');
    await page.clock.resume();
    await app.expectParam('q', 'sanctions');
    await expect(app.count).not.toHaveText(`${TOTAL_EVENTS} of ${TOTAL_EVENTS} events`);
    await page.goBack();
    await app.expectParam('q', null);
    await app.expectCount(TOTAL_EVENTS);
    await expect(app.search).toHaveValue('');
  });

  test('a drag adds one entry: Back returns to where it started', async ({ page }) => {
    const app = new Sourceline(page);
    await app.open('?start=2022-01-20T00:00Z&end=2022-02-01T00:00Z');
    const box = (await app.timeline.locator('.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => app.params().get('start')).not.toBe('2022-01-20T00:00Z');
    await page.goBack();
    await app.expectParam('start', '2022-01-20T00:00Z');
  });
});

test('the density overview: visible bars, the window marked, matches drawn over all events', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  const heights = await page
    .locator('.sl-overview__bar')
    .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(5);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.sl-overview__bar--match')).toHaveCount(0);
  await app.actor(/^Vladimir Putin/).check();
  await expect(page.locator('.sl-overview__bar--match .sl-overview__bar').first()).toBeVisible();
  await expect(page.locator('.sl-overview__bar--all .sl-overview__bar').first()).toBeVisible();
  const [match, all] = await Promise.all(
    ['.sl-overview__bar--match .sl-overview__bar', '.sl-overview__bar--all .sl-overview__bar'].map((selector) =>
      page
        .locator(selector)
        .first()
        .evaluate((bar) => getComputedStyle(bar).fill),
    ),
  );
  expect(match).not.toBe(all);
});
