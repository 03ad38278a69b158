import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CALL_ID, CALL_TITLE, Sourceline } from './sourceline';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on the main view and with details open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const app = new Sourceline(page);
    await app.open();
    const main = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(main.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await app.open(`?event=${CALL_ID}`);
    await expect(app.details).toBeVisible();
    const withDetails = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(withDetails.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test('dark mode follows the system setting', async ({ page }) => {
  const app = new Sourceline(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});

test('at 360 px wide everything fits, the list is the page, and an event can be read', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new Sourceline(page);
  await app.open();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(app.list).toBeVisible();
  // The filters fold away on a phone, behind a button that says whether any is active.
  await expect(app.search).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).click();
  await app.search.fill('Zelensky call');
  await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
  await (await app.scrollToListItem(new RegExp(`^${CALL_TITLE}`))).click();
  await expect(app.details.getByRole('heading', { level: 2 })).toBeInViewport();
  const overflowWithDetails = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflowWithDetails).toBeLessThanOrEqual(0);
  await app.expectParam('event', CALL_ID);
});

test('visible focus: the focused control has an outline', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await app.search.focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
