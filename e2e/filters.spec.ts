import { expect, test } from '@playwright/test';
import { Sourceline, TOTAL_EVENTS } from './sourceline';

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
  expect(app.params().get('actor')).toBe('erdogan');

  await page.reload();
  await app.expectCount(expected);
  await expect(app.actor(/^Recep Tayyip Erdoğan/)).toBeChecked();

  // Several actors: events involving any of them.
  await app.actor(/^Mevlüt Çavuşoğlu/).check();
  expect(app.params().get('actor')).toBe('erdogan,cavusoglu');
  const both = Number((await app.count.textContent())!.split(' ')[0]);
  expect(both).toBeGreaterThanOrEqual(expected);

  // "only this" replaces the selection; the chip removes it; Reset clears everything.
  await app.actors.getByRole('button', { name: 'only Joe Biden' }).click();
  expect(app.params().get('actor')).toBe('biden');
  await expect(app.actor(/^Recep Tayyip Erdoğan/)).not.toBeChecked();
  await page.getByRole('button', { name: /Actor: Joe Biden/ }).click();
  await app.expectCount(TOTAL_EVENTS);
  expect(app.params().has('actor')).toBe(false);
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
  await expect(app.count).toHaveText(/^\d+ of 64 events$/);
  const calls = Number((await app.count.textContent())!.split(' ')[0]);
  expect(calls).toBeGreaterThan(3);
  expect(app.params().get('type')).toBe('call');

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
  expect(app.params().get('kind')).toBe('state-media');
  const stateMedia = Number((await app.count.textContent())!.split(' ')[0]);
  expect(stateMedia).toBeGreaterThan(0);
  expect(stateMedia).toBeLessThan(TOTAL_EVENTS);
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
  expect(app.params().get('q')).toBe('erdogan');

  // The source's own mangled spelling finds the same events.
  await app.search.fill('ERDOAN');
  expect(await app.listTitles()).toContain('Erdoğan invites Putin to a summit in NTV interview');

  await app.search.fill('cavusoglu');
  expect((await app.listTitles()).length).toBeGreaterThan(0);

  await app.search.fill('zzzzqqq');
  await app.expectCount(0);
  await expect(page.getByText('No events match these filters.')).toBeVisible();
});
