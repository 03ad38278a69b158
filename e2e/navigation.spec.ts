import { expect, test, type Page } from '@playwright/test';
import { Sourceline } from './sourceline';

async function windowSpan(page: Page): Promise<number> {
  const params = new URL(page.url()).searchParams;
  return Date.parse(params.get('end')!) - Date.parse(params.get('start')!);
}

test('the zoom buttons, the wheel and a drag move the window, and the URL keeps it', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?start=2022-01-01T00:00Z&end=2022-02-01T00:00Z');
  const initial = await windowSpan(page);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(page)).toBeLessThan(initial * 0.6);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(initial * 0.9);

  // Wheel over the timeline zooms (vis-timeline's own gesture).
  const box = (await app.timeline.locator('.vis-center').boundingBox())!;
  // Near the top of the timeline: with many lanes it is taller than the window.
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const beforeWheel = await windowSpan(page);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowSpan(page)).toBeLessThan(beforeWheel);

  // Dragging pans: same span, later start.
  const startBefore = Date.parse(app.params().get('start')!);
  await page.mouse.move(box.x + box.width * 0.7, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => Date.parse(new URL(page.url()).searchParams.get('start')!)).toBeGreaterThan(startBefore);

  const span = await windowSpan(page);
  const start = app.params().get('start');
  await page.reload();
  await expect(app.timeline.locator('.vis-item').first()).toBeVisible();
  await app.expectParam('start', start);
  expect(await windowSpan(page)).toBe(span);

  // Fit all shows the story (December 2021 to early February 2022), not the decade since 2014.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(55 * 24 * 3600_000);
  await expect.poll(() => windowSpan(page)).toBeLessThan(120 * 24 * 3600_000);
});

test('a drag that starts on an event pans the timeline and does not open the event', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?start=2022-01-20T00:00Z&end=2022-02-05T00:00Z');
  const event = app.timeline.locator('.vis-item.vis-box').first();
  const box = (await event.boundingBox())!;
  const startBefore = Date.parse(app.params().get('start')!);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => Date.parse(new URL(page.url()).searchParams.get('start')!)).toBeGreaterThan(startBefore);
  await expect(app.details).toHaveCount(0);
  expect(app.params().get('event')).toBeNull();

  // An event clicked without moving opens. (The first item may now lie under the lane labels, so
  // the click goes to one wholly inside the visible part of the timeline.)
  const center = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!;
  const boxes = app.timeline.locator('.vis-item.vis-box');
  const inside = await boxes.evaluateAll(
    (items, [left, right]) =>
      items.findIndex((item) => {
        const rect = item.getBoundingClientRect();
        return rect.left >= left! && rect.right <= right!;
      }),
    [center.x, center.x + center.width],
  );
  expect(inside).toBeGreaterThanOrEqual(0);
  await boxes.nth(inside).click();
  await expect(app.details).toBeVisible();
});

test('keyboard only: tab to the timeline, arrows move through events, Enter opens, Escape closes', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?start=2022-01-20T00:00Z&end=2022-02-05T00:00Z');
  // Tab from the top of the page until the timeline region has focus.
  for (let i = 0; i < 200 && !(await app.timeline.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(app.timeline).toBeFocused();

  await page.keyboard.press('ArrowRight');
  const first = await app.nextSelectedEvent(null);
  await expect(app.details).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText('Selected:');

  await page.keyboard.press('ArrowRight');
  await app.nextSelectedEvent(first);
  await page.keyboard.press('ArrowLeft');
  await app.expectParam('event', first);

  await page.keyboard.press('Enter');
  await expect(app.details.getByRole('heading', { level: 2 })).toBeFocused();

  await app.timeline.focus();
  const span = await windowSpan(page);
  await page.keyboard.press('+');
  await expect.poll(() => windowSpan(page)).toBeLessThan(span);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(span);
  await page.keyboard.press('0');
  await expect.poll(() => windowSpan(page)).toBeGreaterThan(55 * 24 * 3600_000);
  await expect.poll(() => windowSpan(page)).toBeLessThan(120 * 24 * 3600_000);

  await page.keyboard.press('Escape');
  await expect(app.details).toHaveCount(0);
});

test('keyboard in the events list: arrows move the selection and focus, Enter opens the details', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?q=erdogan');
  const buttons = app.list.getByRole('button');
  await buttons.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  await expect(buttons.nth(1)).toHaveAttribute('aria-current', 'true');
  const selected = await buttons.nth(1).getAttribute('data-event-id');
  await app.expectParam('event', selected);
  await page.keyboard.press('Enter');
  await expect(app.details.getByRole('heading', { level: 2 })).toBeFocused();
  await app.expectParam('event', selected);
});
