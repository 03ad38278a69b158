import { chromium } from '@playwright/test';
const [,, url, out, width = '1440', height = '900', scheme = 'light', full = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
if (process.env.FIXTURE) {
  const fs = await import('node:fs');
  const body = fs.readFileSync(process.env.FIXTURE, 'utf8');
  await page.route((u) => u.pathname === '/claims-fixture.json', (r) => r.fulfill({ contentType: 'application/json', body }));
}
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(url);
await page.waitForSelector('.vis-item');
if (process.env.SCROLL) await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: full === '1' });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log('overflow', overflow);
await browser.close();
