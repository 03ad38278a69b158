/** Shared by the io tests only (not imported by the app): the real dataset and the sample files. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatProblem } from '../dataset/problems';
import { validateDataset } from '../dataset/validate';
import type { Dataset, TimelineEvent } from '../dataset/types';

export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

export function realDataset(): Dataset {
  const result = validateDataset(JSON.parse(readRepoFile('data/events.json')));
  if (!result.ok)
    throw new Error(`data/events.json is invalid: ${result.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  return result.dataset;
}

/** Fails the test with the validator's own problems, so a failure says what is wrong. */
export function expectValid(dataset: unknown): Dataset {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
  if (!result.ok) throw new Error('unreachable');
  return result.dataset;
}

/** A minimal valid dataset to build test cases from. */
export function tinyDataset(events: Dataset['events'], extra: Partial<Dataset> = {}): Dataset {
  return {
    title: 'Tiny',
    sides: [
      { id: 'us', name: 'United States' },
      { id: 'ua', name: 'Ukraine' },
    ],
    sources: [
      { id: 'cnn', outlet: 'CNN', url: 'https://edition.cnn.com/live', kind: 'live-blog' },
      { id: 'site', outlet: 'A news site', kind: 'news-report' },
    ],
    actors: [
      { id: 'biden', name: 'Joe Biden', side: 'us' },
      { id: 'zelensky', name: 'Volodymyr Zelensky', side: 'ua' },
      { id: 'horne', name: 'Emily Horne', side: 'us' },
    ],
    events,
    ...extra,
  };
}

/** An event of `tinyDataset`: a call by Biden on 27 January 2022 with one CNN quote, unless `patch` says otherwise. */
export function event(id: string, patch: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    type: 'call',
    status: 'occurred',
    start: '2022-01-27',
    actors: ['biden'],
    excerpts: [{ source: 'cnn', quote: `Quote for ${id}` }],
    ...patch,
  };
}
