/**
 * Opening a dataset: download (with progress), check, index, then show. Until a new dataset is
 * fully checked the page keeps showing the one it had; if the new one fails, an alert says why
 * and the old one stays.
 */
import { fetchText, type LoadFailure } from '../loading/fetchText';
import { prepareDataset } from '../loading/prepare';
import bundledDatasetUrl from '../../data/events.json?url';
import { useAppStore, type DatasetOrigin } from './store';

export const BUNDLED_DATASET_URL = bundledDatasetUrl;

let current: AbortController | null = null;

export async function openFromUrl(url: string): Promise<boolean> {
  return open({ kind: 'url', url }, url, labelOfUrl(url));
}

export async function openBundled(): Promise<boolean> {
  return open({ kind: 'bundled' }, BUNDLED_DATASET_URL, 'the bundled dataset');
}

/** Opens dataset text that is already at hand (a file the user chose). */
export async function openText(text: string, origin: DatasetOrigin, label: string): Promise<boolean> {
  current?.abort();
  current = null;
  return check(text, origin, label);
}

async function open(origin: DatasetOrigin, url: string, label: string): Promise<boolean> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const store = useAppStore.getState();
  const retry = () => void open(origin, url, label);
  store.setLoading({ label, phase: 'downloading', progress: null });
  const download = await fetchText(url, {
    signal: controller.signal,
    onProgress: (progress) => {
      if (current === controller) useAppStore.getState().setLoading({ label, phase: 'downloading', progress });
    },
  });
  if (current !== controller) return false;
  if (!download.ok) {
    fail(label, download.failure, retry);
    return false;
  }
  return check(download.text, origin, label);
}

async function check(text: string, origin: DatasetOrigin, label: string): Promise<boolean> {
  const store = useAppStore.getState();
  const token = current;
  store.setLoading({ label, phase: 'checking', progress: null });
  const result = await prepareDataset(text);
  if (current !== token) return false;
  if (!result.ok) {
    store.setLoading(null);
    store.setFailure({
      label,
      message:
        result.total === 1 && result.problems[0]?.path.startsWith('line ')
          ? `${label} is not valid JSON, so it was not opened.`
          : `${label} is not a valid Sourceline dataset, so it was not opened.`,
      problems: result.problems,
      totalProblems: result.total,
      retry: null,
    });
    return false;
  }
  const { index, search } = result.prepared;
  store.showDataset(index, origin);
  search.then(
    (ready) => useAppStore.getState().setSearchIndex(index, ready),
    () => {
      /* Search stays unavailable; the failure was already reported by the worker. */
    },
  );
  return true;
}

function fail(label: string, failure: LoadFailure, retry: () => void): void {
  const store = useAppStore.getState();
  store.setLoading(null);
  store.setFailure({
    label,
    message: failure.message,
    problems: [],
    totalProblems: 0,
    retry: failure.retryable ? retry : null,
  });
}

function labelOfUrl(url: string): string {
  const name = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop();
  if (!name) return url;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
