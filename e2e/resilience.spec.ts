import { expect, test } from '@playwright/test';
import { Sourceline } from './sourceline';

test('a crash in one panel leaves the rest of the page working, and a reload restores the view', async ({ page }) => {
  // Simulate a fault: the browser's time-zone formatting breaks for New York times, once.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('crashed')) return;
    sessionStorage.setItem('crashed', '1');
    const Original = Intl.DateTimeFormat;
    const Broken = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone === 'America/New_York' && options.timeZoneName) throw new Error('simulated fault');
      return new Original(locales, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.defineProperty(Broken, 'prototype', { value: Original.prototype });
    Object.defineProperty(Broken, 'supportedLocalesOf', { value: Original.supportedLocalesOf });
    Intl.DateTimeFormat = Broken;
  });
  const app = new Sourceline(page);
  // The Biden–Putin call has a clock time in New York: showing it trips the fault.
  await page.goto('/?event=2021-12-30-biden-putin-call&actor=putin');
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong in the event details' })).toBeVisible();
  // The header, the filters and the count still work.
  await expect(page.getByTestId('dataset-title')).toBeVisible();
  await expect(app.count).toHaveText(/^\d+ of 64 events$/);
  await app.actor(/^Joe Biden/).check();
  expect(app.params().get('actor')).toBe('putin,biden');

  // The URL kept the state; after a reload (no fault this time) the same view comes back whole.
  await page.reload();
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(/Biden–Putin/);
  await expect(app.actor(/^Joe Biden/)).toBeChecked();
  await expect(app.actor(/^Vladimir Putin/)).toBeChecked();
});
