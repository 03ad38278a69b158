import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Sourceline } from './sourceline';

async function exportAs(page: Page, label: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: /^Export \d+ events?$/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('export the filtered events as a dataset, a spreadsheet and a calendar, and read them back', async ({ page }) => {
  const app = new Sourceline(page);
  await app.open('?actor=erdogan');
  const count = Number((await app.count.textContent())!.split(' ')[0]);
  const titles = (await app.listTitles()).sort();
  expect(count).toBeGreaterThan(1);

  // JSON: a valid dataset with exactly the filtered events (checked by the app's own validator).
  const json = await exportAs(page, 'Dataset (JSON)');
  expect(json.name).toMatch(/\.json$/);
  const dataset = JSON.parse(json.text);
  expect(dataset.events.map((e: { title: string }) => e.title).sort()).toEqual(titles);
  expect(dataset.actors.map((a: { id: string }) => a.id)).toContain('erdogan');
  const { validateDataset } = await import('../src/dataset/validate');
  expect(validateDataset(dataset).ok).toBe(true);

  // CSV: the import layout, one row per excerpt; every event title appears.
  const csv = await exportAs(page, 'Spreadsheet (CSV)');
  // A byte-order mark first, so that Excel reads the file as UTF-8.
  expect(csv.text.split(/\r?\n/)[0]).toMatch(/^\ufeffevent_id,date,/);
  for (const title of titles)
    expect(csv.text).toContain(title.includes(',') || title.includes('"') ? title.replace(/"/g, '""') : title);
  const { importCsv } = await import('../src/io/csvImport');
  const back = importCsv(csv.text, { fileName: csv.name });
  expect(back.dataset?.events.map((e) => e.title).sort()).toEqual(titles);

  // iCalendar: one VEVENT per event; calendar days as all-day dates.
  const ics = await exportAs(page, 'Calendar (iCalendar .ics)');
  expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(count);
  expect(ics.text).toContain('DTSTART;VALUE=DATE:20220126');
});
