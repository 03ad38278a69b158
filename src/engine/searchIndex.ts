/**
 * Full-text search without rescanning strings: every word of an event's title, summary, quotes,
 * attributions and date note is folded once into a sorted vocabulary with posting lists. A query
 * word matches every vocabulary word it is a prefix of, found by two binary searches; actor names
 * and aliases match through the actors' own vocabulary, so "erdogan" finds the events of the actor
 * "Recep Tayyip Erdoğan" (alias "Erdoan") whatever spelling their quotes use.
 */
import type { Dataset, TimelineEvent } from '../dataset/types';
import { lowerBound } from './binarySearch';
import { emptyBitset, setBit, type Bitset } from './bitset';
import { fold, searchTerms, tokenize } from './fold';

/** Transferable form: words joined by "\n", postings as compressed rows. */
export interface SearchIndexData {
  words: string;
  postingStart: Uint32Array;
  postings: Uint32Array;
  actorWords: string;
  actorPostingStart: Uint32Array;
  actorPostings: Uint32Array;
}

export interface SearchIndex {
  size: number;
  words: string[];
  postingStart: Uint32Array;
  postings: Uint32Array;
  actorWords: string[];
  actorPostingStart: Uint32Array;
  actorPostings: Uint32Array;
}

/** The words of an event that search reads, in one string (also what a columnar dataset gives per event). */
export function eventText(event: Pick<TimelineEvent, 'title' | 'summary' | 'dateNote' | 'excerpts'>): string {
  const parts = [event.title, event.summary ?? '', event.dateNote ?? ''];
  for (const excerpt of event.excerpts) parts.push(excerpt.quote, excerpt.attribution ?? '');
  return parts.join(' ');
}

/** Builds an inverted index from `docs` (document i's words) into compressed rows. */
function invert(docWords: Iterable<[number, Iterable<string>]>): {
  words: string[];
  start: Uint32Array;
  postings: Uint32Array;
} {
  const lists = new Map<string, number[]>();
  for (const [doc, words] of docWords) {
    for (const word of words) {
      const list = lists.get(word);
      if (list === undefined) lists.set(word, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }
  const words = [...lists.keys()].sort();
  const start = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, i) => {
    start[i] = total;
    total += lists.get(word)!.length;
  });
  start[words.length] = total;
  const postings = new Uint32Array(total);
  words.forEach((word, i) => postings.set(lists.get(word)!, start[i]));
  return { words, start, postings };
}

/**
 * @param orderedEvents events in ordinal (chronological) order
 */
export function buildSearchIndexData(
  orderedEvents: readonly TimelineEvent[],
  actors: Dataset['actors'],
): SearchIndexData {
  return buildSearchIndexDataFromText(orderedEvents.length, (i) => eventText(orderedEvents[i]!), actors);
}

/** The same, from each event's text (`textAt(ordinal)`, as `eventText` writes it): no event objects needed. */
export function buildSearchIndexDataFromText(
  count: number,
  textAt: (ordinal: number) => string,
  actors: Dataset['actors'],
): SearchIndexData {
  const eventWords = invert(
    (function* () {
      for (let i = 0; i < count; i++) yield [i, tokenize(fold(textAt(i)))] as [number, string[]];
    })(),
  );
  const actorWords = invert(
    actors.map(
      (actor, a) => [a, tokenize(fold([actor.name, ...(actor.aliases ?? [])].join(' ')))] as [number, string[]],
    ),
  );
  return {
    words: eventWords.words.join('\n'),
    postingStart: eventWords.start,
    postings: eventWords.postings,
    actorWords: actorWords.words.join('\n'),
    actorPostingStart: actorWords.start,
    actorPostings: actorWords.postings,
  };
}

export function openSearchIndex(data: SearchIndexData, size: number): SearchIndex {
  return {
    size,
    words: data.words === '' ? [] : data.words.split('\n'),
    postingStart: data.postingStart,
    postings: data.postings,
    actorWords: data.actorWords === '' ? [] : data.actorWords.split('\n'),
    actorPostingStart: data.actorPostingStart,
    actorPostings: data.actorPostings,
  };
}

/** [first, last) indexes of the sorted words that begin with `prefix`. */
function prefixRange(words: readonly string[], prefix: string): [number, number] {
  return [lowerBound(words, prefix), lowerBound(words, `${prefix}\uffff`)];
}

/** Ordinals of actors with a name or alias word beginning with `term`. */
function actorsMatching(index: SearchIndex, term: string): Set<number> {
  const [first, last] = prefixRange(index.actorWords, term);
  const found = new Set<number>();
  for (let w = first; w < last; w++) {
    for (let k = index.actorPostingStart[w]!; k < index.actorPostingStart[w + 1]!; k++)
      found.add(index.actorPostings[k]!);
  }
  return found;
}

/**
 * Events matching one query word: their text has a word beginning with it, or one of their actors
 * does. `eventsOfActor` gives an actor's event ordinals.
 */
export function matchTerm(
  index: SearchIndex,
  term: string,
  eventsOfActor: (actor: number) => ArrayLike<number>,
): Bitset {
  const bits = emptyBitset(index.size);
  const [first, last] = prefixRange(index.words, term);
  for (let k = index.postingStart[first]!; k < index.postingStart[last]!; k++) setBit(bits, index.postings[k]!);
  for (const actor of actorsMatching(index, term)) {
    const events = eventsOfActor(actor);
    for (let k = 0; k < events.length; k++) setBit(bits, events[k]!);
  }
  return bits;
}

export { searchTerms };
