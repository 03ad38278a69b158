/**
 * "Copy citation": an event as plain text that a reader can paste into notes or an article, with
 * every source it rests on (outlet, title, date and URL where the source gives them) and the
 * Sourceline link back to it.
 */
import { parsePartialDate, type PartialDate } from '../dataset/dates';
import type { Source, TimelineEvent } from '../dataset/types';
import { displayZone, formatPartialDate, formatWhen } from './dates';

export interface CitationInput {
  event: TimelineEvent;
  start: PartialDate;
  end: PartialDate | undefined;
  /** The event's sources, each once, in the order its accounts cite them. */
  sources: Source[];
  datasetTitle: string;
  /** The Sourceline link to the event; null where there is none (a dataset opened from a file). */
  link: string | null;
}

/** In a citation "January 2022" already says the precision; the list's "~" would be noise. */
const plain = (text: string) => text.replace(/^~/, '').replace(/ – ~/, ' – ');

export function sourceCitation(source: Source): string {
  const parts = [source.outlet];
  if (source.title) parts.push(`“${source.title}”`);
  const published = source.published ? parsePartialDate(source.published) : null;
  if (published?.ok) parts.push(plain(formatPartialDate(published.value, 'UTC')));
  if (source.url) parts.push(source.url);
  return parts.join(', ');
}

export function eventCitation({ event, start, end, sources, datasetTitle, link }: CitationInput): string {
  const when = plain(formatWhen(start, end, displayZone('event', event.timeZone), 'long'));
  const lines = [`${event.title} (${when}). In: ${datasetTitle}. Sourceline.${link ? ` ${link}` : ''}`];
  if (sources.length > 0) {
    lines.push(sources.length === 1 ? 'Source:' : 'Sources:');
    for (const source of sources) lines.push(`- ${sourceCitation(source)}`);
  }
  return lines.join('\n');
}

/** The sources of an event's accounts, each once, in order. */
export function sourcesOf(event: TimelineEvent, sourceById: ReadonlyMap<string, Source>): Source[] {
  const ids = [...new Set(event.excerpts.map((excerpt) => excerpt.source))];
  return ids.map((id) => sourceById.get(id)).filter((source): source is Source => source !== undefined);
}
