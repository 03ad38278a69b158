/**
 * Sources as readers tell them apart, and which of them reported an event (its coverage). Two
 * articles of the same outlet, or two outlets that the texts do not name, share an outlet name;
 * their publication dates (then titles) tell them apart wherever sources are listed.
 */
import { parsePartialDate } from '../dataset/dates';
import type { Source } from '../dataset/types';
import { formatPartialDate } from '../format/dates';
import { eventSourceOrdinals, type EventIndex } from './eventIndex';

const namesCache = new WeakMap<readonly Source[], string[]>();

/**
 * A display name per source (by source ordinal): its label where the dataset gives one ("Unnamed
 * news site, 28 Jan"), else the outlet; and where names repeat, its publication date, then its
 * title, then a number, until every name is different: "Unnamed news site, 28 Jan 2022".
 */
export function sourceNames(sources: readonly Source[]): string[] {
  let names = namesCache.get(sources);
  if (!names) {
    names = sources.map((source) => source.label ?? source.outlet);
    names = disambiguate(names, (i) => publishedLabel(sources[i]!));
    names = disambiguate(names, (i) => sources[i]!.title);
    names = disambiguate(names, (i) => `#${i + 1}`);
    namesCache.set(sources, names);
  }
  return names;
}

/** Adds `extra(i)` in parentheses to every name that is not unique (where there is an extra to add). */
function disambiguate(names: string[], extra: (i: number) => string | undefined): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name, i) => {
    if (counts.get(name)! < 2) return name;
    const detail = extra(i);
    return detail ? `${name}, ${detail}` : name;
  });
}

function publishedLabel(source: Source): string | undefined {
  if (!source.published) return undefined;
  const parsed = parsePartialDate(source.published);
  return parsed.ok ? formatPartialDate(parsed.value, 'UTC') : source.published;
}

export interface Coverage {
  /** Source ordinals, in dataset order. */
  reported: number[];
  notReported: number[];
}

/** Which of the dataset's sources quote the event, and which do not. */
export function coverageOf(index: EventIndex, ordinal: number): Coverage {
  const quoting = new Set(eventSourceOrdinals(index, ordinal));
  const reported: number[] = [];
  const notReported: number[] = [];
  for (let source = 0; source < index.sources.length; source++) {
    (quoting.has(source) ? reported : notReported).push(source);
  }
  return { reported, notReported };
}
