import { expect, test, type Page } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, eventsWithActor, Sourceline } from './sourceline';

const DATASET_TITLE = BUNDLED.title;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('Share → "Copy link to this view" copies a link that opens the same view', async ({ page, browser }) => {
  const app = new Sourceline(page);
  await app.open(`?actor=zelensky&lanes=type&event=${CALL_ID}`);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();

  // The link is the view on screen: the page's address (filters, event, lanes) and the window the
  // timeline shows, which the address does not hold while it is the one the dataset opens on.
  const link = await clipboard(page);
  const shown = (await app.shownWindow())!;
  expect(link).toMatch(new RegExp(`^${escapeRegExp(page.url())}&start=[^&]+&end=[^&]+$`));
  expect(Math.abs(Date.parse(new URL(link).searchParams.get('start')!) - shown.start)).toBeLessThan(60_000);
  expect(Math.abs(Date.parse(new URL(link).searchParams.get('end')!) - shown.end)).toBeLessThan(60_000);

  // A reader who opens the link (in a browser of their own) sees the same view.
  const other = await browser.newPage();
  const reader = new Sourceline(other);
  await other.goto(link);
  await reader.expectCount(eventsWithActor('zelensky'));
  await expect(reader.actor(/^Volodymyr Zelensky/)).toBeChecked();
  await expect(other.getByLabel('Lanes')).toHaveValue('type');
  await expect(reader.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
  await expect
    .poll(() => reader.shownWindow())
    .toEqual({
      start: Date.parse(new URL(link).searchParams.get('start')!),
      end: Date.parse(new URL(link).searchParams.get('end')!),
    });
  await other.close();
});

test('Share → "Embed…" copies an iframe, made to measure, that shows the embedded view in another page', async ({
  page,
}, testInfo) => {
  const app = new Sourceline(page);
  await app.open(`?event=${CALL_ID}`);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Embed…' }).click();
  const generator = page.getByRole('dialog', { name: 'Embed this view' });
  // Its live preview is the embedded view.
  const preview = generator.frameLocator('iframe[title="Preview of the embedded view"]');
  await expect(preview.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    CALL_TITLE,
  );
  await generator.getByLabel('Height (px)').fill('560');
  await generator.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(generator.getByRole('status').filter({ hasText: 'Embed code copied to the clipboard.' })).toBeVisible();
  await expect(generator.getByTitle('Preview of the embedded view')).toHaveAttribute('height', '560');

  const snippet = await clipboard(page);
  // The embedded view is this one (the page's address, window included) in the embedded layout,
  // without the toolbar for readers unless the publisher asks for it.
  // (The window the timeline framed goes with it, as in a shared link.)
  const shown = (await app.shownWindow())!;
  const iso = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(':00.000Z', 'Z');
  const src = `${page.url()}&start=${iso(shown.start)}&end=${iso(shown.end)}&embed=1&controls=0`.replaceAll(
    '&',
    '&amp;',
  );
  expect(snippet).toBe(
    `<iframe src="${src}" title="${DATASET_TITLE} (Sourceline timeline)" ` +
      'width="100%" height="560" style="border: 0; max-width: 100%" loading="lazy"></iframe>',
  );
  await page.keyboard.press('Escape');
  await expect(generator).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

  // Pasted into a plain HTML page, it shows the embedded view.
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>A news article</title></head>
     <body style="font-family: Georgia, serif; max-width: 760px; margin: 24px auto; padding: 0 12px">
       <h1>A news article</h1><p>The paragraph before the timeline.</p>${snippet}<p>The paragraph after it.</p>
     </body></html>`,
  );
  const frame = page.frameLocator(`iframe[title="${DATASET_TITLE} (Sourceline timeline)"]`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(DATASET_TITLE);
  await expect(frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    CALL_TITLE,
  );
  // The overlay has its own (the frame's header, under it, is inert).
  const details = frame.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('link', { name: /^Open full view/ })).toBeVisible();
  await expect(frame.locator('.vis-item').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('embed-in-an-iframe.png'), fullPage: true });
});

test('a dataset opened from a file offers no link, and says why', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        title: 'Mine',
        sides: [],
        sources: [{ id: 's', outlet: 'S', kind: 'other' }],
        actors: [],
        events: [
          {
            id: 'e',
            title: 'E',
            type: 'other',
            status: 'occurred',
            start: '2022',
            actors: [],
            excerpts: [{ source: 's', quote: 'q' }],
          },
        ],
      }),
    ),
  });
  await expect(page.getByTestId('dataset-title')).toHaveText('Mine');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Embed…' })).toBeDisabled();
  await expect(
    page.getByText('This dataset was opened from a file on your computer, so no link can open it.'),
  ).toBeVisible();
});

test('Share → "Print or save as PDF…" opens the browser’s print dialog', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Print or save as PDF…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('the Share and Export menus close on Escape, with focus back on their button, and on a click outside', async ({
  page,
}) => {
  const app = new Sourceline(page);
  await app.open(`?event=${CALL_ID}`);
  for (const name of [/^Share$/, /^Export \d+ events$/]) {
    const button = page.getByRole('button', { name });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    // The menu took that Escape: the open event behind it stays open.
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('dataset-title').click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  }
});
