/** Page objects for the end-to-end specs: the app's landmarks by role and name, as users and screen readers find them. */
import { expect, type Locator, type Page } from '@playwright/test';

export const TOTAL_EVENTS = 64;
export const CALL_ID = '2022-01-27-biden-zelensky-call';
export const CALL_TITLE = 'Biden–Zelensky phone call of 27 January';

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
    this.filters = page.getByRole('form', { name: 'Filters' });
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

  /** The titles in the events list, in order (only the rows rendered, which is all of them for small results). */
  listTitles(): Promise<string[]> {
    return this.list.locator('.sl-list__title').allTextContents();
  }

  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
