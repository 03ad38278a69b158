import { expect, test } from '@playwright/test';
import { datasetToArrow } from '../src/io/columnar';
import { generateDataset } from '../scripts/synthetic';
import { Sourceline } from './sourceline';

/**
 * The columnar (Arrow) form, generated here. 30,000 events keep the spec quick on a loaded CI
 * machine (generating and writing a million takes minutes); the bench opens a million
 * (docs/performance.md).
 */
const EVENTS = 30_000;

test('a columnar dataset opens by link: counts, a filter, and an event read back whole from its row', async ({
  page,
}) => {
  const dataset = generateDataset({ events: EVENTS, seed: 23 });
  const body = Buffer.from(datasetToArrow(dataset));
  await page.route(
    (url) => url.pathname === '/generated.arrow',
    (route) => route.fulfill({ contentType: 'application/vnd.apache.arrow.stream', body }),
  );
  // An event with a quote and a speaker, opened by the address bar.
  const event = dataset.events.find((e) => e.excerpts.some((x) => x.speaker) && e.summary)!;
  const app = new Sourceline(page);
  await app.open(`?data=/generated.arrow&event=${event.id}`);
  await app.expectCount(EVENTS, EVENTS);

  await expect(app.details.getByRole('heading', { name: event.title })).toBeVisible();
  await expect(app.details).toContainText(event.summary!);
  for (const excerpt of event.excerpts) await expect(app.details).toContainText(excerpt.quote);

  const actor = dataset.actors[3]!;
  await app.actor(new RegExp(`^${actor.name} `)).check();
  await app.expectCount(dataset.events.filter((e) => e.actors.includes(actor.id)).length, EVENTS);
});

test('a damaged columnar file is refused with what is wrong, and the dataset shown stays', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open();
  const title = await page.getByTestId('dataset-title').textContent();
  const damaged = Buffer.from(datasetToArrow(generateDataset({ events: 100, seed: 1 })).subarray(0, 2000));
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'damaged.arrow',
    mimeType: 'application/vnd.apache.arrow.stream',
    buffer: damaged,
  });
  await expect(page.getByRole('alert')).toContainText('It is not a columnar Sourceline dataset: it is not a readable');
  await expect(page.getByTestId('dataset-title')).toHaveText(title!);
});
