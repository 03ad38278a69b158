import { expect, test } from '@playwright/test';
import { datasetJson, generateDataset } from '../scripts/synthetic';
import { serveJson, Sourceline } from './sourceline';

test('with more lanes than fit, 30 are drawn with a row for the rest, and the pager moves through them', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const dataset = generateDataset({ events: 400, sides: 120, seed: 5 });
  // The lanes that hold events, in the dataset's order of sides, then "No side" for events with
  // no actor and no side (the generator makes a few).
  const sideOfActor = new Map(dataset.actors.map((actor) => [actor.id, actor.side]));
  const sidesOf = (e: (typeof dataset.events)[number]) => [
    ...e.actors.map((a) => sideOfActor.get(a)),
    ...(e.sides ?? []),
  ];
  const used = new Set(dataset.events.flatMap(sidesOf));
  const lanes = dataset.sides.filter((side) => used.has(side.id)).map((side) => side.name);
  if (dataset.events.some((e) => sidesOf(e).length === 0)) lanes.push('No side');
  expect(lanes.length).toBeGreaterThan(60);
  await serveJson(page, '/many-lanes.json', datasetJson(dataset));
  const app = new Sourceline(page);
  await page.goto('/?data=/many-lanes.json');
  const pager = page.getByRole('navigation', { name: 'Lanes' });
  const labels = app.timeline.locator('.vis-labelset .vis-label');
  const others = `${(lanes.length - 30).toLocaleString('en-US')} other lanes`;

  await expect(pager).toContainText(`Lanes 1–30 of ${lanes.length}`);
  await expect(labels).toHaveText([...lanes.slice(0, 30), others]);
  await expect(pager.getByRole('button', { name: 'Previous 30 lanes' })).toBeDisabled();

  await pager.getByRole('button', { name: 'Next 30 lanes' }).click();
  await expect(pager).toContainText(`Lanes 31–60 of ${lanes.length}`);
  await expect(labels).toHaveText([...lanes.slice(30, 60), others]);
  // The row of the others holds events too: nothing leaves the timeline with its lane.
  await expect(app.timeline.locator('.vis-foreground .vis-group').last().locator('.vis-item').first()).toBeVisible();
});
