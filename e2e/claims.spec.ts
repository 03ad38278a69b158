/**
 * Claims, side by side: the 27 January call's contested claims with their asserting and disputing
 * accounts, coverage by source, and quote links that open the article at the quote (bundled data).
 * The details open on a digest (each side's first account, each quote once: e2e/reader.spec.ts);
 * "Show every account" gives every account of every claim, which these tests read.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUNDLED, CALL_ID, CALL_TITLE, Sourceline } from './sourceline';

const CNN_URL = 'https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openCall(page: Page, every = true): Promise<Sourceline> {
  const app = new Sourceline(page);
  await app.open(`?event=${CALL_ID}`);
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveText(CALL_TITLE);
  if (every) await app.showEveryAccount();
  return app;
}

/** The call's accounts of one claim, counted from the data: how many assert or dispute it, and in how many outlets. */
function countedFromData(claimId: string) {
  const call = BUNDLED.events.find((event) => event.id === CALL_ID)!;
  const outletOf = (sourceId: string) => BUNDLED.sources.find((source) => source.id === sourceId)!.outlet;
  const side = (stance: 'asserts' | 'disputes') => {
    const accounts = call.excerpts.filter((x) => x.claims?.some((c) => c.claim === claimId && c.stance === stance));
    return { accounts: accounts.length, outlets: new Set(accounts.map((x) => outletOf(x.source))).size };
  };
  return { asserting: side('asserts'), disputing: side('disputes') };
}

function claim(app: Sourceline, name: string | RegExp): Locator {
  return app.details.getByRole('article', { name });
}

function column(claimCard: Locator, name: RegExp): Locator {
  return claimCard.getByRole('region', { name });
}

test('the call shows its contested claims first, asserting and disputing accounts side by side at 1440 px', async ({
  page,
}) => {
  const call = BUNDLED.events.find((event) => event.id === CALL_ID)!;
  const contested = call.claims!.filter((c) => countedFromData(c.id).disputing.accounts > 0);
  // The call's contested claims are what the articles contest (issue 21): "could be imminent" is not among them.
  expect(contested.map((c) => c.id)).toEqual(['did-not-go-well', 'invasion-certain', 'prepare-for-impact']);
  const app = await openCall(page);
  const claims = app.details.getByRole('region', { name: /^Claims/ });
  await expect(claims.getByRole('heading', { level: 3 })).toHaveText(`Claims (${call.claims!.length})`);
  // Contested claims first, each marked so in its heading; then those that no account disputes.
  const headings = claims.getByRole('heading', { level: 4 });
  await expect(headings).toHaveCount(call.claims!.length);
  await expect(headings.nth(0)).toHaveText('Contested: The call did not go well');
  await expect(headings.nth(1)).toHaveText(
    /^Contested: Biden told Zelensky that a Russian invasion was nearly or virtually certain/,
  );
  await expect(headings.filter({ hasText: /^Contested/ })).toHaveCount(contested.length);
  await expect(headings.nth(contested.length)).not.toContainText('Contested');
  // Confirmed by the White House in the same articles, so not marked contested.
  await expect(headings.filter({ hasText: 'could be imminent' })).toHaveText(
    'Biden warned Zelensky that a Russian invasion could be imminent',
  );

  const wentBadly = claim(app, /The call did not go well/);
  const { asserting: a1, disputing: d1 } = countedFromData('did-not-go-well');
  await expect(wentBadly.locator('.sl-claim__tally')).toHaveText(
    `asserted by ${a1.accounts} accounts in ${a1.outlets} outlets · disputed by ${d1.accounts} in ${d1.outlets}`,
  );
  const asserting = column(wentBadly, new RegExp(`^Asserting \\(${a1.accounts}\\)$`));
  const disputing = column(wentBadly, new RegExp(`^Disputing \\(${d1.accounts}\\)$`));
  await expect(asserting.locator('figure')).toHaveCount(a1.accounts);
  await expect(disputing.locator('figure')).toHaveCount(d1.accounts);
  // Who speaks, and in which outlet.
  const whiteHouse = disputing.locator('figure').filter({ hasText: 'anonymous sources were "leaking falsehoods."' });
  await expect(whiteHouse.locator('.sl-account__who')).toHaveText('The White House');
  await expect(whiteHouse.locator('cite')).toContainText('CNN');
  await expect(asserting.locator('figure').first()).toContainText('a senior Ukrainian official');
  await expect(asserting.locator('figure').first().locator('cite')).toContainText('CNN');

  // Side by side: the two columns start at the same height, disputing to the right.
  const a = (await asserting.boundingBox())!;
  const d = (await disputing.boundingBox())!;
  expect(Math.abs(a.y - d.y)).toBeLessThan(2);
  expect(d.x).toBeGreaterThanOrEqual(a.x + a.width);

  // An account bearing on several claims appears under each, and says so.
  const certain = claim(app, /virtually certain/);
  await expect(
    column(certain, /^Disputing/)
      .locator('figure')
      .filter({ hasText: 'anonymous sources were "leaking falsehoods."' }),
  ).toHaveCount(1);
  await expect(whiteHouse.locator('.sl-account__also')).toContainText(
    'Also cited under: “Biden warned Zelensky that a Russian invasion could be imminent” (asserts)',
  );

  // Accounts on no claim follow; the legacy stance is not shown once an event has claims.
  await expect(app.details.getByRole('heading', { name: /^Other accounts \(\d+\)$/ })).toBeVisible();
  await expect(app.details.locator('.sl-stance')).toHaveCount(0);
});

test('at 360 px the columns stack and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = await openCall(page);
  const wentBadly = claim(app, /The call did not go well/);
  const asserting = column(wentBadly, /^Asserting/);
  const disputing = column(wentBadly, /^Disputing/);
  await disputing.scrollIntoViewIfNeeded();
  const a = (await asserting.boundingBox())!;
  const d = (await disputing.boundingBox())!;
  expect(d.y).toBeGreaterThanOrEqual(a.y + a.height);
  expect(Math.abs(a.x - d.x)).toBeLessThan(2);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('coverage names the sources that reported the event and those that did not, by their labels', async ({ page }) => {
  // An event without claims: its coverage names them all.
  const app = new Sourceline(page);
  await app.open('?event=2022-01-27-white-house-readout');
  const coverage = app.details.getByRole('region', { name: 'Coverage' });
  await expect(coverage).toContainText(
    'Reported by 3 of 5 sources: Sputnik, 28 Jan (state media), CNN live blog, 27 Jan (live blog) and ' +
      'UNILAD, late Jan (viral aggregator); not by Unnamed news site, 28 Jan (news report) and Unnamed news site, ' +
      '29 Dec (news report).',
  );
  // The call: its grid's columns are the sources that reported it, so coverage names the others only.
  await openCall(page, false);
  await expect(coverage).toContainText(
    'Reported by 4 of 5 sources (the columns above); not by Unnamed news site, 29 Dec (news report).',
  );
});

test('a quote links to its article at the quote, and the link shows the site it leads to', async ({ page }) => {
  const app = await openCall(page);
  const account = claim(app, /The call did not go well/)
    .locator('figure')
    .filter({ hasText: 'did not go well," as the pair disagree' });
  const link = account.getByRole('link', { name: /Open the article at this quote/ });
  await expect(link).toHaveAttribute(
    'href',
    `${CNN_URL}#:~:text=A%20call%20between%20US%20President,senior%20Ukrainian%20official%20told%20CNN.`,
  );
  await expect(link).toContainText('(edition.cnn.com)');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // Sputnik's article gave no URL: no link, and the account says so.
  const sputnik = app.details.locator('figure').filter({ hasText: 'The conversation purportedly' });
  await expect(sputnik.getByRole('link')).toHaveCount(0);
  await expect(sputnik).toContainText('The article gives no link.');
});

test('in the digest, a quote’s one-line source still links to the article at the quote, naming the site', async ({
  page,
}) => {
  const app = await openCall(page, false);
  const account = claim(app, /The call did not go well/)
    .locator('figure')
    .filter({ hasText: 'did not go well," as the pair disagree' });
  // Its visible text is the site it leads to; its name says what it does.
  const link = account.getByRole('link', {
    name: 'Open the article at this quote on edition.cnn.com (opens in a new tab)',
  });
  await expect(link.locator('bdi')).toHaveText('edition.cnn.com');
  await expect(link).toHaveAttribute(
    'href',
    `${CNN_URL}#:~:text=A%20call%20between%20US%20President,senior%20Ukrainian%20official%20told%20CNN.`,
  );
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the claims view (${colorScheme})`, async ({ page }) => {
    // axe walks the whole page: give it room on a loaded machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openCall(page);
    const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
