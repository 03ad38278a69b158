import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, eventsWithActor, Sourceline, TOTAL_EVENTS } from './sourceline';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DATASET_TITLE = BUNDLED.title;

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [360, 1024]) {
  test(`?embed=1 at ${width} px: title, timeline and details, no filters, fits, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    const app = new Sourceline(page);
    await app.open(`?embed=1&actor=zelensky&event=${CALL_ID}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DATASET_TITLE);
    await expect(app.timeline).toBeVisible();
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
    // The filters stay as the link set them, but their panel and the file controls are not part of an embed.
    await app.expectCount(eventsWithActor('zelensky'));
    await expect(app.filters).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Open dataset/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Export/ })).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
  });
}

test('"Open full view" opens the same view, without ?embed, in a new tab', async ({ page, context }) => {
  const app = new Sourceline(page);
  await app.open('?embed=1&actor=zelensky&lanes=type');
  const full = page.getByRole('link', { name: /^Open full view/ });
  await expect(full).toHaveAttribute('target', '_blank');

  // The link follows the view: select an event (in the list, the embed's other view), and it names it.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await app.listItem(new RegExp(`^${CALL_TITLE}`)).click();
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
  // The event opens over the whole frame, with the link of its own.
  const fromEvent = app.details.getByRole('link', { name: /^Open full view/ });
  await expect(fromEvent).toHaveAttribute('href', /[?&]event=2022-01-27-biden-zelensky-call(&|$)/);
  await expect(fromEvent).toHaveAttribute('target', '_blank');
  // The address bar keeps the embed while the reader moves around in it.
  expect(app.params().get('embed')).toBe('1');

  const [tab] = await Promise.all([context.waitForEvent('page'), fromEvent.click()]);
  const opened = new Sourceline(tab);
  await expect(opened.count).toBeVisible();
  const params = new URL(tab.url()).searchParams;
  expect(params.has('embed')).toBe(false);
  expect(params.get('actor')).toBe('zelensky');
  expect(params.get('lanes')).toBe('type');
  expect(params.get('event')).toBe(CALL_ID);
  await expect(opened.filters).toBeVisible();
  await expect(opened.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
});

test('without ?embed the full layout is unchanged', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await expect(app.filters).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open full view/ })).toHaveCount(0);
  await app.expectCount(TOTAL_EVENTS);
});
