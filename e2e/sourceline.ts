/** Page objects for the end-to-end specs: the app's landmarks by role and name, as users and screen readers find them. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../src/dataset/schema';

/** The bundled dataset, read as the app reads it, so that expected counts follow the data. */
export const BUNDLED: Dataset = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'));
export const TOTAL_EVENTS = BUNDLED.events.length;

/** How many bundled events pass `keep`: the count the app must show, worked out from the data itself. */
export function bundledCount(keep: (event: Dataset['events'][number]) => boolean): number {
  return BUNDLED.events.filter(keep).length;
}

/** The bundled events that involve an actor: what the actor filter must show. */
export const eventsWithActor = (actorId: string) => bundledCount((event) => event.actors.includes(actorId));
export const CALL_ID = '2022-01-27-biden-zelensky-call';
export const CALL_TITLE = 'Biden–Zelensky phone call of 27 January';

/** Answers the page's requests for `path` with this JSON (a dataset the spec made), as a server would. */
export async function serveJson(page: Page, path: string, body: string | Buffer): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ contentType: 'application/json', body }),
  );
}

export class Sourceline {
  readonly timeline: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly actors: Locator;
  readonly list: Locator;
  readonly details: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.filters = page.getByRole('search', { name: 'Filters' });
    this.search = page.getByRole('searchbox', { name: 'Search events' });
    this.actors = page.getByRole('group', { name: 'Actors', exact: true });
    this.list = page.getByRole('list', { name: 'Events' });
    this.details = page.getByRole('region', { name: 'Event details' });
    this.count = page.getByTestId('result-count');
  }

  /** Opens the app (with an optional query string) and waits until the timeline has drawn items. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.count).toBeVisible();
    await expect(this.timeline.locator('.vis-item').first()).toBeVisible();
  }

  async expectCount(shown: number, total = TOTAL_EVENTS): Promise<void> {
    await expect(this.count).toHaveText(`${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`);
  }

  actor(name: string | RegExp): Locator {
    return this.actors.getByRole('checkbox', { name });
  }

  listItem(title: string | RegExp): Locator {
    return this.list.getByRole('button', { name: title });
  }

  /**
   * The list row of an event that may lie outside the rows drawn: the list is virtualised, so it
   * is scrolled a screenful at a time, from the top, until the row exists. On a phone the list
   * scrolls with the page (it has no box of its own), so the page is scrolled instead.
   */
  async scrollToListItem(title: string | RegExp): Promise<Locator> {
    const item = this.listItem(title);
    const scroller = this.page.getByTestId('event-list-scroller');
    const withPage = await scroller.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
    await scroller.evaluate(
      (element, page) => (page ? element.scrollIntoView() : element.scrollTo({ top: 0 })),
      withPage,
    );
    for (;;) {
      if ((await item.count()) > 0) return item;
      const moved = await scroller.evaluate((element, page) => {
        const target = page ? document.scrollingElement! : element;
        const before = target.scrollTop;
        target.scrollTo({ top: before + (page ? innerHeight : element.clientHeight) * 0.8 });
        return target.scrollTop !== before;
      }, withPage);
      if (!moved) {
        // At the end: the row is there now, or the test fails here naming it.
        await expect(item).toHaveCount(1);
        return item;
      }
      // Let the virtualiser draw the rows that scrolled in before looking again.
      await this.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
  }

  /** The open event's details list every account of every claim (they open on a digest of them). */
  async showEveryAccount(): Promise<void> {
    await this.details.getByRole('button', { name: /^Show every account/ }).click();
  }

  /** The titles in the events list, in order (only the rows rendered, which is all of them for small results). */
  listTitles(): Promise<string[]> {
    return this.list.locator('.sl-list__title').allTextContents();
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /**
   * The window the timeline shows once still (its region says so in data-window-start/-end): the
   * reader's, or the one the dataset opens on, which the address bar does not hold. Null before
   * the timeline has framed the dataset.
   */
  async shownWindow(): Promise<{ start: number; end: number } | null> {
    const [start, end] = await Promise.all([
      this.timeline.getAttribute('data-window-start'),
      this.timeline.getAttribute('data-window-end'),
    ]);
    return start && end ? { start: Date.parse(start), end: Date.parse(end) } : null;
  }

  /** Waits until the timeline has framed the dataset, and returns the window it shows. */
  async framedWindow(): Promise<{ start: number; end: number }> {
    await expect.poll(() => this.shownWindow(), { message: 'the timeline frames the dataset' }).not.toBeNull();
    return (await this.shownWindow())!;
  }

  /** Waits until the address bar's query parameter `name` reads `value` (null: absent). */
  async expectParam(name: string, value: string | null): Promise<void> {
    await expect.poll(() => this.params().get(name), { message: `?${name}= in the address bar` }).toBe(value);
  }

  /** Waits until the address bar names an event other than `previous`, and returns it. */
  async nextSelectedEvent(previous: string | null): Promise<string> {
    await expect.poll(() => this.params().get('event')).not.toBe(previous);
    const selected = this.params().get('event');
    expect(selected).toBeTruthy();
    return selected!;
  }
}
