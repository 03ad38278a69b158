import { expect, test } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, Sourceline, TOTAL_EVENTS } from './sourceline';

test('printing gives a clean chronology of the filtered events, accounts cited and links written out', async ({
  page,
}, testInfo) => {
  const app = new Sourceline(page);
  await app.open('?actor=putin&type=call');
  const titles = await app.listTitles();
  expect(titles.length).toBeGreaterThan(1);
  await app.expectCount(titles.length);

  await page.emulateMedia({ media: 'print' });
  const chronology = page.getByRole('region', { name: 'Printable chronology' });
  await expect(chronology).toBeVisible();
  // Only the filtered events, in the list's (time) order.
  await expect(chronology.getByRole('heading', { level: 2 })).toHaveText(titles);
  await expect(chronology).toContainText(
    `Sourceline chronology: ${titles.length} of ${TOTAL_EVENTS} events, filtered by Actor: Vladimir Putin; Type: Call.`,
  );
  const origin = new URL(page.url()).origin;
  await expect(chronology).toContainText(`This view: ${origin}/?actor=putin&type=call`);

  // An event: date, title, summary, each account with its citation and every link in full.
  const call = chronology
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Biden–Putin phone call' }) })
    .first();
  await expect(call).toContainText('Thursday 30 December 2021, 3:30 PM EST · Call · Scheduled');
  await expect(call).toContainText(
    "Thursday's call is scheduled for 3:30 p.m. ET, according to Russia's state-backed Tass news agency.",
  );
  await expect(call).toContainText(
    "English-language news site (outlet not named in the text), “Ukraine Lauds 'Full' U.S. Support Ahead of Joe Biden-Vladimir Putin Call”, 29 Dec 2021",
  );
  await expect(call).toContainText(`Sourceline: ${origin}/?event=2021-12-30-biden-putin-call`);

  // The screen's controls are gone: nothing else of the page is shown, no buttons, no timeline.
  for (const control of [app.timeline, app.filters, app.list, page.getByRole('banner')])
    await expect(control).toBeHidden();
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select')].some((el) => (el as HTMLElement).offsetParent !== null),
    ),
  ).toBe(false);

  await page.pdf({ path: testInfo.outputPath('chronology.pdf'), format: 'A4' });
  await page.screenshot({ path: testInfo.outputPath('print-preview.png'), fullPage: true });

  // Back on screen, the chronology goes away again.
  await page.emulateMedia({ media: 'screen' });
  await expect(chronology).toHaveCount(0);
  await expect(app.timeline).toBeVisible();
});

test('a printed account cites a live blog with its URL written out', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?q=Peskov');
  await page.emulateMedia({ media: 'print' });
  const chronology = page.getByRole('region', { name: 'Printable chronology' });
  await expect(chronology).toContainText(
    'CNN, “Tensions simmer in UkraineRussia border crisis”, 27 Jan 2022, https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/',
  );
});

test('a printed event with claims lists them, contested first, and says which claim each account asserts or disputes', async ({
  page,
}) => {
  const call = BUNDLED.events.find((event) => event.id === CALL_ID)!;
  const claims = call.claims!;
  const contested = claims.filter((claim) =>
    call.excerpts.some((excerpt) => excerpt.claims?.some((c) => c.claim === claim.id && c.stance === 'disputes')),
  );
  expect(contested.length).toBeGreaterThan(0);
  const app = new Sourceline(page);
  await app.open(`?type=call&event=${CALL_ID}`);
  await page.emulateMedia({ media: 'print' });
  const printed = page
    .getByRole('region', { name: 'Printable chronology' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: CALL_TITLE, exact: true }) })
    .first();
  const listed = printed.locator('.sl-print__claims > li');
  await expect(listed).toHaveCount(claims.length);
  // Contested claims come first, each with its tally of asserting and disputing accounts.
  for (const [i, claim] of contested.entries()) {
    await expect(listed.nth(i)).toContainText(claim.text);
    await expect(listed.nth(i)).toContainText(/\(asserted by \d+ accounts?; disputed by \d+ accounts?\)$/);
  }
  await expect(printed).toContainText(`Disputes: ${contested[0]!.text}`);
  await expect(printed).toContainText(`Asserts: ${contested[0]!.text}`);
});
