import { expect, test } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, Sourceline } from './sourceline';

/** The event that quotes von der Leyen with an ellipsis spanning nineteen lines of the live blog. */
const ELLIPSIS_EVENT = BUNDLED.events.find((event) =>
  event.excerpts.some((excerpt) => excerpt.quote.includes('killing the mooted ... Nord Stream 2')),
)!.id;

/** How each source of the call is cited. */
const CITED: Record<string, string> = {
  'cnn-live-2022-01-27':
    '- CNN, “Tensions simmer in UkraineRussia border crisis”, 27 Jan 2022, https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/',
  'us-news-site-2022-01-28': '- English-language news site (outlet not named in the text), 28 Jan 2022',
  'sputnik-2022-01-28':
    "- Sputnik International, “Fueling Tensions? CNN Claims Biden Told Zelensky Russian Invasion 'Imminent', White House Denies It”, 28 Jan 2022",
  'unilad-2022-01': '- UNILAD, Jan 2022',
};

test('"Read in context" shows the sentences around a quote, with the quote highlighted', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open(`?event=${CALL_ID}`);
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
  // The news site of 28 Jan, which gives no URL: its own text is the only way to check the quote.
  const account = app.details
    .locator('figure')
    .filter({ hasText: 'Zelensky urged Biden to "calm down the messaging," warning of the economic impact of panic' })
    .first();
  await expect(account.locator('figcaption a')).toHaveCount(0);

  const articleRequests: string[] = [];
  page.on('request', (request) => {
    if (/us-news-site-2022-01-28/.test(request.url())) articleRequests.push(request.url());
  });
  const toggle = account.getByRole('button', { name: 'Read in context' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(account.getByRole('button', { name: 'Hide the context' })).toHaveAttribute('aria-expanded', 'true');

  const context = account.locator('.sl-context__text');
  await expect(context.locator('mark')).toHaveText(
    'Zelensky urged Biden to "calm down the messaging," warning of the economic impact of panic, according to the official. He also said Ukrainian intelligence sees the threat differently.',
  );
  // The sentences on either side, from the article, unhighlighted.
  await expect(context).toContainText(
    'The Ukrainian official told CNN that Biden said Ukraine would not be offered significantly more military help. Zelensky urged',
  );
  // The quote ends its paragraph: the next one follows on a line of its own.
  await expect(context).toHaveText(
    /sees the threat differently\.\s*\nThe White House disputes that characterization of the phone call\.$/,
    {
      useInnerText: true,
    },
  );
  await expect(
    account.getByText('From the article text kept with the dataset (us-news-site-2022-01-28.txt).'),
  ).toBeVisible();
  // The article text was loaded on demand, as a chunk of its own.
  expect(articleRequests).toHaveLength(1);
  expect(articleRequests[0]).toMatch(/\/assets\/us-news-site-2022-01-28-[\w-]+\.js$/);

  await account.getByRole('button', { name: 'Hide the context' }).click();
  await expect(context).toBeHidden();
});

test('an ellipsis quote far apart in the article is shown piece by piece, each in its sentences', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open(`?event=${ELLIPSIS_EVENT}`);
  const account = app.details.locator('figure').filter({ hasText: 'killing the mooted ... Nord Stream 2' }).first();
  await account.getByRole('button', { name: 'Read in context' }).click();
  const passages = account.locator('.sl-context__text p');
  await expect(passages).toHaveCount(2);
  await expect(passages.nth(0).locator('mark')).toHaveText(
    'European Commission President Ursula von der Leyen said that nothing is off the table when it comes to sanctions  including killing the mooted',
  );
  await expect(passages.nth(1).locator('mark')).toHaveText(
    'Nord Stream 2 pipeline and removing Russia from SWIFT, a high security network that connect thousands of financial institutions around the world  should Moscow invade Ukraine.',
  );
  // The nineteen lines of the live blog between the two pieces are not shown.
  await expect(account.locator('.sl-context__text')).not.toContainText('NATO Secretary General Jens Stoltenberg');
});

test.describe('Copy citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the event with its sources and its Sourceline link, as plain text', async ({ page }) => {
    const app = new Sourceline(page);
    // Filters of the moment are not part of the citation; the event's own link is.
    await app.open(`?actor=biden&event=${CALL_ID}`);
    await app.details.getByRole('button', { name: 'Copy citation' }).click();
    await expect(
      app.details.getByRole('status').filter({ hasText: 'Citation copied to the clipboard.' }),
    ).toBeVisible();

    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const origin = new URL(page.url()).origin;
    expect(citation.split('\n')).toEqual([
      `${CALL_TITLE} (Thursday 27 January 2022). In: Russia–Ukraine border crisis, December 2021 – February 2022. Sourceline. ${origin}/?event=${CALL_ID}`,
      'Sources:',
      // Each source once, in the order the accounts first cite it.
      ...[...new Set(BUNDLED.events.find((event) => event.id === CALL_ID)!.excerpts.map((x) => x.source))].map(
        (source) => CITED[source],
      ),
    ]);
  });
});
