/**
 * The generated datasets of the end-to-end specs. The large one: 100,000 events, about 55 MB of
 * JSON, the size the speed targets name (docs/performance.md). Deterministic (a fixed seed);
 * generated once per Playwright worker, in about two seconds, and kept in memory only.
 */
import type { Page } from '@playwright/test';
import { datasetJson, generateDataset } from '../scripts/synthetic';
import { serveJson, Sourceline } from './sourceline';

export const LARGE_EVENTS = 100_000;

let body: Buffer | null = null;

export function largeDatasetBody(): Buffer {
  body ??= Buffer.from(datasetJson(generateDataset({ events: LARGE_EVENTS, seed: 11 })));
  return body;
}

/**
 * Opens a generated dataset of 10,000 events (from `seed`) by link, and waits until all are counted.
 * Gives the dataset too, for the expected values.
 */
export async function openGenerated10k(page: Page, seed: number) {
  const dataset = generateDataset({ events: 10_000, seed });
  await serveJson(page, '/generated-10k.json', datasetJson(dataset));
  const app = new Sourceline(page);
  await app.open('?data=/generated-10k.json');
  await app.expectCount(10_000, 10_000);
  return { app, dataset };
}
