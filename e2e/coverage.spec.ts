/** Lanes by source, and the filters for disputed events, single-source events and one source's events. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { isEventDisputed } from '../src/dataset/claims';
import type { Dataset } from '../src/dataset/types';
import { Sourceline, TOTAL_EVENTS } from './sourceline';

const bundled: Dataset = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8'));
const quotes = (sourceId: string) =>
  bundled.events.filter((event) => event.excerpts.some((excerpt) => excerpt.source === sourceId)).length;

test('lanes by source: one lane per source that reported something; kept in the URL and after a reload', async ({
  page,
}) => {
  test.setTimeout(60_000); // three page loads
  const app = new Sourceline(page);
  await app.open();
  const lanes = app.timeline.locator('.vis-label .sl-lane');
  await expect(lanes.first()).toHaveText('United States');
  await page.getByLabel('Lanes').selectOption('source');
  await expect(page).toHaveURL(/[?&]lanes=source(&|$)/);
  // Each lane is named by its source's label (issue 24): the two unnamed sites no longer read alike.
  const expected = bundled.sources.filter((source) => quotes(source.id) > 0).map((source) => source.label!);
  expect(new Set(expected).size).toBe(expected.length);
  await expect(lanes).toHaveText(expected);

  await page.reload();
  await expect(page.getByLabel('Lanes')).toHaveValue('source');
  await expect(lanes).toHaveText(expected);
  // An event that four sources quote is drawn in each of their lanes. (Only calls, so that the
  // live blog's many other events of that day do not fold it into an "N events" cluster.)
  await app.open('?lanes=source&type=call&start=2022-01-26T12:00Z&end=2022-01-28T12:00Z');
  await expect(
    app.timeline.locator('.vis-item').filter({ hasText: 'Biden–Zelensky phone call of 27 January' }),
  ).toHaveCount(4);
});

test('"Disputed only" follows the one definition of disputed, changes the count and the URL, and shows as a chip', async ({
  page,
}) => {
  const disputed = bundled.events.filter(isEventDisputed).length;
  expect(disputed).toBeGreaterThan(0);
  expect(disputed).toBeLessThan(TOTAL_EVENTS);
  const app = new Sourceline(page);
  await app.open();
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^Disputed only ${disputed}$`) });
  await checkbox.check();
  await app.expectCount(disputed);
  await expect(page).toHaveURL(/[?&]only=disputed(&|$)/);
  // Every event listed carries the "Disputed" mark.
  await expect(app.list.locator('.sl-disputed-tag')).toHaveCount(disputed);

  await page.reload();
  await app.expectCount(disputed);
  await expect(checkbox).toBeChecked();
  await page
    .getByRole('list', { name: 'Active filters' })
    .getByRole('button', { name: /^Disputed only/ })
    .click();
  await app.expectCount(TOTAL_EVENTS);
  expect(app.params().has('only')).toBe(false);
});

test('one source: "Reported by" shows the events a source reported; "one source only" those nobody else did', async ({
  page,
}) => {
  const sputnik = 'sputnik-2022-01-28';
  const app = new Sourceline(page);
  await app.open();
  const reportedBy = page.getByRole('group', { name: 'Reported by' });
  await reportedBy.getByRole('checkbox', { name: /^Sputnik, 28 Jan \d+$/ }).check();
  await app.expectCount(quotes(sputnik));
  await expect(page).toHaveURL(new RegExp(`[?&]source=${sputnik}(&|$)`));
  await expect(
    page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /^Reported by: Sputnik, 28 Jan/ }),
  ).toBeVisible();

  const onlySputnik = bundled.events.filter((event) =>
    event.excerpts.every((excerpt) => excerpt.source === sputnik),
  ).length;
  await page.getByRole('checkbox', { name: /^Reported by one source only \d+$/ }).check();
  await app.expectCount(onlySputnik);
  await expect(page).toHaveURL(/[?&]only=single-source(&|$)/);
});
