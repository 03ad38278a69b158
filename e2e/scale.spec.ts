import { expect, test } from '@playwright/test';
import { openGenerated10k } from './largeDataset';

test(
  'a generated 10,000-event dataset loads through ?data= and filtering by actor gives the right count',
  { tag: '@scale' },
  async ({ page }) => {
    const { app, dataset } = await openGenerated10k(page, 7);
    await expect(app.timeline.locator('.vis-item').first()).toBeVisible();
    // Only what the window needs is drawn: a bounded number of items, clusters where it is dense. The
    // items go in a hundred per task, so they are counted once all of them are in (the first paint).
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('sourceline:timeline-painted').length))
      .toBeGreaterThan(0);
    const drawn = await app.timeline.locator('.vis-item.vis-box, .vis-item.vis-range').count();
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBeLessThanOrEqual(400);
    await expect(app.timeline.locator('.vis-item.sl-cluster').first()).toBeVisible();

    // Expected counts, straight from the generated data.
    const [first, second] = dataset.actors;
    const involving = (ids: string[]) =>
      dataset.events.filter((event) => event.actors.some((a) => ids.includes(a))).length;
    await app.actor(new RegExp(`^${first!.name} `)).check();
    await app.expectCount(involving([first!.id]), 10_000);
    await app.actor(new RegExp(`^${second!.name} `)).check();
    await app.expectCount(involving([first!.id, second!.id]), 10_000);
    await app.expectParam('actor', `${first!.id},${second!.id}`);

    // The list holds exactly the matched events (virtualised: its size is announced on each row).
    await expect(app.list.getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      String(involving([first!.id, second!.id])),
    );
  },
);
