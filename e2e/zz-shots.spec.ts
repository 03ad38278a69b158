import { expect, test } from '@playwright/test';

const A = `Leaders spoke by phone on Thursday evening, their first call this year.
The president said the call was "warm and productive" and that both sides agreed to keep talking.
An aide, speaking anonymously, said the call did not go well and ended early.`;

for (const width of [1440, 360]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
    await page.goto('/?curate');
    await expect(page.getByRole('heading', { name: 'New dataset' })).toBeVisible();
    await page.screenshot({ path: `/work/shots/issue20/picker-${width}.png`, fullPage: true });
    await page.getByLabel('Title').fill('Phone call');
    await page.getByRole('button', { name: 'Create the dataset' }).click();
    const add = page.getByRole('region', { name: 'Add an article' });
    await add.getByLabel('The article: paste the text').fill(A);
    await add.getByRole('button', { name: 'Use the pasted text' }).click();
    await add.getByLabel('Outlet').fill('Daily A');
    await add.getByLabel('Publication date').fill('2022-01-27');
    await add.getByRole('button', { name: 'Add the article' }).click();
    await page.screenshot({ path: `/work/shots/issue20/articles-${width}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Find in the article' }).fill('The president said');
    await page.getByRole('searchbox', { name: 'Find in the article' }).press('Enter');
    for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: 'New event from the selection' }).click();
    await page.getByRole('searchbox', { name: 'Find in the article' }).fill('the call did not');
    await page.getByRole('searchbox', { name: 'Find in the article' }).press('Enter');
    for (let i = 0; i < 20; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.screenshot({ path: `/work/shots/issue20/events-${width}.png`, fullPage: false });
    await page.screenshot({ path: `/work/shots/issue20/events-full-${width}.png`, fullPage: true });
  });
}
