import { expect, test } from '@playwright/test';
import { Sourceline, TOTAL_EVENTS } from './sourceline';

test('the production build opens with the bundled dataset on a timeline', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const app = new Sourceline(page);
  await app.open();
  await expect(page).toHaveTitle(
    'Russia–Ukraine border crisis, as reported from December 2021 to January 2022 · Sourceline',
  );
  await expect(page.getByTestId('dataset-title')).toHaveText(
    'Russia–Ukraine border crisis, as reported from December 2021 to January 2022',
  );
  await app.expectCount(TOTAL_EVENTS);
  // Lanes by side, with events drawn in them.
  for (const lane of ['United States', 'Ukraine', 'Russia', 'NATO / EU']) {
    await expect(app.timeline.locator('.vis-label').filter({ hasText: lane })).toBeVisible();
  }
  expect(await app.timeline.locator('.vis-item').count()).toBeGreaterThan(10);
  // The built page carries a Content-Security-Policy that allows no inline or foreign script.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(errors).toEqual([]);
});
