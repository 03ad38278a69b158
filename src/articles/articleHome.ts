/**
 * Where a dataset's article texts live: the bundled dataset's are built into small chunks of their
 * own; a dataset opened from a URL may keep its articles in an `articles/` folder beside it. (A
 * dataset opened from a file has no such place.) Loading them is `loading/articleContext.ts`'s job.
 */
export type ArticleHome =
  | { kind: 'bundled' }
  | { kind: 'url'; datasetUrl: string }
  /** A draft's preview: the article files are in memory (name → content). */
  | { kind: 'memory'; files: ReadonlyMap<string, string> };

/** One article of one dataset, e.g. "bundled:cnn.txt" or "https://x.org/events.json#cnn.txt". */
export function articleKey(home: ArticleHome, fileName: string): string {
  if (home.kind === 'memory') return `memory:${fileName}`;
  return home.kind === 'bundled' ? `bundled:${fileName}` : `${home.datasetUrl}#${fileName}`;
}

/** `articles/NAME` beside the dataset, e.g. https://x.org/data/events.json → https://x.org/data/articles/NAME. */
export function articleUrl(datasetUrl: string, fileName: string, pageUrl: string): string {
  return new URL(`articles/${fileName}`, new URL(datasetUrl, pageUrl)).href;
}
