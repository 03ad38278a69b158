/**
 * The large dataset of the end-to-end specs: 100,000 generated events, about 55 MB of JSON, the
 * size the speed targets name (docs/performance.md). Deterministic (a fixed seed); generated once
 * per Playwright worker, in about two seconds, and kept in memory only.
 */
import { datasetJson, generateDataset } from '../scripts/synthetic';

export const LARGE_EVENTS = 100_000;

let body: Buffer | null = null;

export function largeDatasetBody(): Buffer {
  body ??= Buffer.from(datasetJson(generateDataset({ events: LARGE_EVENTS, seed: 11 })));
  return body;
}
