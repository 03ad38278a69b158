import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '/work/wt26/scripts/chromium';
const [file, out, extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto('http://localhost:4206/');
await page.getByTestId('result-count').waitFor();
if (file) {
  await page.getByTestId('open-file-input').setInputFiles(file);
  await page.waitForTimeout(2500);
}
if (extra) await eval(extra);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: extra?.includes('fullPage') ?? false });
console.log(await page.getByTestId('result-count').textContent());
const notice = page.getByTestId('import-notice');
if (await notice.count()) console.log('NOTICE', (await notice.textContent())?.slice(0, 1500));
const err = page.getByTestId('load-error');
if (await err.count()) console.log('ERROR', (await err.textContent())?.slice(0, 1500));
await browser.close();
