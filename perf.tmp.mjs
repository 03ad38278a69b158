// Throwaway: how long opening an event of each hostile shape blocks the main thread.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
const base = process.argv[2] ?? 'http://localhost:4185';
const only = process.argv[3];
const bundled = JSON.parse(fs.readFileSync('/work/wt/claims/data/events.json', 'utf8'));

function shape(name) {
  const d = structuredClone(bundled);
  d.events = d.events.slice(0, 20);
  for (const e of d.events) delete e.related;
  const target = d.events[10];
  target.id = 'target';
  target.title = `Zanzibar ${target.title}`;
  if (name === 'quote-1mb') target.excerpts[0].quote = ('lorem ipsum dolor sit amet ').repeat(40_000);
  if (name === 'quote-5mb') target.excerpts[0].quote = ('lorem ipsum dolor sit amet ').repeat(200_000);
  if (name === 'title-5mb') target.title = 'Zanzibar ' + ('Title words here ').repeat(300_000);
  if (name === 'quotes-10k') {
    target.excerpts = Array.from({ length: 10_000 }, (_, i) => ({ source: d.sources[i % d.sources.length].id, quote: `Quote number ${i} says something.` }));
  }
  if (name === 'quotes-10k-claims') {
    target.claims = [{ id: 'a', text: 'Claim A' }, { id: 'b', text: 'Claim B' }];
    target.excerpts = Array.from({ length: 10_000 }, (_, i) => ({ source: d.sources[i % d.sources.length].id, quote: `Quote number ${i} says something.`, claims: [{ claim: i % 3 ? 'a' : 'b', stance: i % 2 ? 'asserts' : 'disputes' }] }));
    target.excerpts[0].claims = [{ claim: 'a', stance: 'asserts' }]; target.excerpts[1].claims = [{ claim: 'b', stance: 'asserts' }];
  }
  return JSON.stringify(d);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const name of ['quote-1mb', 'quote-5mb', 'title-5mb', 'quotes-10k', 'quotes-10k-claims']) {
  if (only && only !== name) continue;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const body = shape(name);
  await page.route((u) => u.pathname === '/shape.json', (r) => r.fulfill({ contentType: 'application/json', body }));
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); });
    window.__obs.observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/?data=/shape.json`);
  await page.getByTestId('result-count').waitFor();
  await page.waitForSelector('.vis-item');
  await page.getByRole('searchbox').fill('zanzibar');
  await page.getByText('1 of 20 events').waitFor();
  await page.evaluate(() => { window.__obs.takeRecords(); window.__tasks = []; });
  const t0 = Date.now();
  await page.evaluate(() => { const b = document.querySelector('[data-event-id="target"]'); b.click(); });
  await page.locator('#sl-event-details-heading').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const opened = Date.now() - t0;
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => { for (const e of window.__obs.takeRecords()) window.__tasks.push(e.duration); return window.__tasks; });
  let showAll = '';
  if (name.startsWith('quotes-10k') && process.env.SHOWALL) {
    await page.evaluate(() => { window.__obs.takeRecords(); window.__tasks = []; });
    const t1 = Date.now();
    while (await page.locator('.sl-show-more').count()) await page.locator('.sl-show-more').first().click();
    await page.locator('.sl-pager button:last-child').first().click();
    await page.locator('.sl-page-status').first().filter({ hasText: '101–200' }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    console.log('figures', await page.evaluate(() => document.querySelectorAll('.sl-details figure').length));
    const all = await page.evaluate(() => { for (const e of window.__obs.takeRecords()) window.__tasks.push(e.duration); return window.__tasks; });
    showAll = `; show all: ${Date.now() - t1} ms, longest ${Math.round(Math.max(0, ...all))} ms over ${all.length} long tasks`;
  }
  console.log(name, showAll, 'opened in', opened, 'ms; longest task', Math.round(Math.max(0, ...tasks)), 'ms; tasks', tasks.map(Math.round).join(','));
  await page.close();
}
await browser.close();
