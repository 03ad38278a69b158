import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const width of [360, 1024]) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://localhost:4183/?embed=1&event=2022-01-27-biden-zelensky-call');
  await page.getByTestId('result-count').waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/shots/embed-${width}.png`, fullPage: false });
  console.log(width, await page.evaluate(() => document.documentElement.scrollWidth));
  const btn = page.getByRole('button', { name: 'Read in context' }).nth(3);
  await btn.scrollIntoViewIfNeeded(); await btn.click();
  await page.locator('.sl-context__panel mark').first().waitFor();
  await page.locator('.sl-context__panel:not([hidden])').first().screenshot({ path: `/tmp/shots/context-${width}.png` });
  await ctx.close();
}
await browser.close();
