import { expect, test } from '@playwright/test';
import { Sourceline } from './sourceline';

const PUTIN_CALL = '2021-12-30-biden-putin-call';

for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
  test.describe(`viewer in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('calendar days read the same; clock times are shown in the chosen zone, named', async ({ page }) => {
      const app = new Sourceline(page);
      await app.open('?event=2022-01-27-biden-zelensky-call');
      await expect(app.details.locator('time').first()).toHaveText('Thursday 27 January 2022');

      await app.open(`?event=${PUTIN_CALL}`);
      const when = app.details.locator('time').first();
      await expect(when).toHaveAttribute('datetime', '2021-12-30T15:30:00-05:00');
      await expect(when).toHaveText('Thursday 30 December 2021, 3:30 PM EST');

      await page.getByLabel('Times').selectOption('utc');
      await expect(when).toHaveText('Thursday 30 December 2021, 8:30 PM UTC');
      await app.expectParam('tz', 'utc');

      await page.getByLabel('Times').selectOption('local');
      const local = await page.evaluate(() =>
        new Date('2021-12-30T20:30:00Z').toLocaleString('en-US', { hour: 'numeric', minute: '2-digit' }),
      );
      await expect(when).toContainText(local);

      // Month precision reads as a month, never as its first day.
      await app.open('?event=2022-02-russian-invasion-forecast');
      await expect(app.details.locator('time').first()).toHaveText('~February 2022');
      await expect(app.details).toContainText('date known only to the month');
    });
  });
}
