/**
 * Imported first by main.tsx, so that it runs before the rest of the app's code is evaluated:
 * starts fetching the bundled dataset at once on a visit that will show it (one without `?data=`).
 */
import { loadBundledDataset } from './bundledDataset';

if (!new URLSearchParams(globalThis.location?.search).has('data')) {
  // Failures are reported when the app asks for it (openBundled), which may retry.
  loadBundledDataset().catch(() => {});
}
