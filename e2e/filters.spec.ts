import { expect, test } from '@playwright/test';
import { BUNDLED, bundledCount as countWhere, Sourceline, TOTAL_EVENTS } from './sourceline';

const kindOfSource = new Map(BUNDLED.sources.map((source) => [source.id, source.kind]));

test('filtering by actor changes the count and the list, updates the URL, and survives a reload', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  const before = await app.listTitles();

  const erdogan = app.actor(/^Recep Tayyip Erdoğan \d+$/);
  const label = await erdogan.getAttribute('id').then((id) => page.locator(`label[for="${id}"]`).textContent());
  const expected = Number(label!.match(/(\d+)$/)![1]);
  expect(expected).toBeGreaterThan(0);

  await erdogan.check();
  await app.expectCount(expected);
  const after = await app.listTitles();
  expect(after).toHaveLength(expected);
  expect(after).not.toEqual(before.slice(0, expected));
  expect(after).toContain('Erdoğan invites Putin to a summit in NTV interview');
  expect(after).not.toContain('Biden–Zelensky phone call (9 December 2021)');
  await app.expectParam('actor', 'erdogan');

  await page.reload();
  await app.expectCount(expected);
  await expect(app.actor(/^Recep Tayyip Erdoğan/)).toBeChecked();

  // Several actors: events involving any of them.
  await app.actor(/^Mevlüt Çavuşoğlu/).check();
  await app.expectParam('actor', 'erdogan,cavusoglu');
  const both = countWhere((event) => event.actors.includes('erdogan') || event.actors.includes('cavusoglu'));
  expect(both).toBeGreaterThan(expected);
  await app.expectCount(both);

  // "only this" replaces the selection; the chip removes it; Reset clears everything.
  await app.actors.getByRole('button', { name: 'only Joe Biden' }).click();
  await app.expectParam('actor', 'biden');
  await expect(app.actor(/^Recep Tayyip Erdoğan/)).not.toBeChecked();
  await page.getByRole('button', { name: /Actor: Joe Biden/ }).click();
  await app.expectCount(TOTAL_EVENTS);
  await app.expectParam('actor', null);
});

test('types, statuses and source perspectives filter the same way, and an empty result offers a reset', async ({
  page,
}) => {
  const app = new Sourceline(page);
  await app.open();
  await page
    .getByRole('group', { name: 'Event types' })
    .getByRole('checkbox', { name: /^Call \d+$/ })
    .check();
  const calls = countWhere((event) => event.type === 'call');
  expect(calls).toBeGreaterThan(3);
  await app.expectCount(calls);
  await app.expectParam('type', 'call');

  await page
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^Forecast \d+$/ })
    .check();
  await app.expectCount(0);
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.locator('.sl-empty').getByRole('button', { name: 'Reset filters' }).click();
  await app.expectCount(TOTAL_EVENTS);

  await page
    .getByRole('group', { name: 'Source perspective' })
    .getByRole('checkbox', { name: /^State media \d+$/ })
    .check();
  await app.expectParam('kind', 'state-media');
  const stateMedia = countWhere((event) => event.excerpts.some((e) => kindOfSource.get(e.source) === 'state-media'));
  expect(stateMedia).toBeGreaterThan(0);
  expect(stateMedia).toBeLessThan(TOTAL_EVENTS);
  await app.expectCount(stateMedia);
});

test('a date range keeps events that overlap it', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?from=2022-01-28&to=2022-01-28&actor=zelensky');
  const titles = await app.listTitles();
  expect(titles).toContain("Zelensky's press conference in Kyiv on the Biden call");
  // A month-precision event (January 2022) overlaps 28 January.
  expect(titles).toContain('Earlier Biden–Zelensky call in January 2022');
  expect(titles).not.toContain('Biden–Zelensky phone call (9 December 2021)');
});

test('search ignores case and diacritics and matches actor names and aliases', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await app.search.fill('erdogan');
  await expect(app.count).not.toHaveText(`${TOTAL_EVENTS} of ${TOTAL_EVENTS} events`);
  const titles = await app.listTitles();
  expect(titles).toContain('Erdoğan invites Putin to a summit in NTV interview');
  await app.expectParam('q', 'erdogan');

  // Nothing matches; each search below starts from this empty result, so its matches are new.
  await app.search.fill('zzzzqqq');
  await app.expectCount(0);
  await expect(page.getByText('No events match these filters.')).toBeVisible();

  // The source's own mangled spelling finds the same events.
  await app.search.fill('ERDOAN');
  await expect(app.listItem(/^Erdoğan invites Putin to a summit in NTV interview/)).toBeVisible();

  await app.search.fill('zzzzqqq');
  await app.expectCount(0);
  await app.search.fill('cavusoglu');
  await expect(app.count).not.toHaveText(/^0 of/);
  await expect(app.list.getByRole('button').first()).toBeVisible();
});
