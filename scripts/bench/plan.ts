/**
 * What the benchmark will do to a dataset, decided in Node from the dataset itself: which actors
 * to toggle, and which words to type. A keystroke can only be timed to "the result count changed"
 * when the count does change, so the words are chosen, and each keystroke is marked as timed or
 * not, from a model of the app's search (DESIGN: words of title, summary, date note, quotes and
 * attributions, folded for case and accents; a query word matches every word it is a prefix of,
 * and the events of actors whose name or alias it is a prefix of; all query words must match).
 * The model only decides what to time: if the app disagrees, the bench says so.
 */
import type { Dataset } from '../../src/dataset/vocabulary';
import { fold } from '../../src/engine/fold';

// The app's own folding, so the model matches what the search index does.
export { fold };

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** For each word, counts[k] = events matching its first k letters (counts[0] = all events). One pass over the text. */
export function prefixCounts(dataset: Dataset, candidates: readonly string[]): number[][] {
  const targets = candidates.map((word) => fold(word));
  const depthOf = (tokens: string[], word: string) => {
    let depth = 0;
    for (const w of tokens) {
      if (w.charCodeAt(0) !== word.charCodeAt(0)) continue;
      depth = Math.max(depth, commonPrefix(w, word));
      if (depth === word.length) break;
    }
    return depth;
  };
  const actorDepth = new Map<string, number[]>();
  for (const actor of dataset.actors) {
    const tokens = words([actor.name, ...(actor.aliases ?? [])].join(' '));
    actorDepth.set(
      actor.id,
      targets.map((word) => depthOf(tokens, word)),
    );
  }
  const histograms = targets.map((word) => new Array<number>(word.length + 1).fill(0));
  for (const event of dataset.events) {
    const parts = [event.title, event.summary ?? '', event.dateNote ?? ''];
    for (const excerpt of event.excerpts) parts.push(excerpt.quote, excerpt.attribution ?? '');
    const tokens = words(parts.join(' '));
    targets.forEach((word, i) => {
      let depth = depthOf(tokens, word);
      for (const id of event.actors) depth = Math.max(depth, actorDepth.get(id)?.[i] ?? 0);
      histograms[i]![depth]!++;
    });
  }
  return histograms.map((histogram) => {
    const counts = new Array<number>(histogram.length).fill(0);
    let running = 0;
    for (let k = histogram.length - 1; k >= 0; k--) counts[k] = running += histogram[k]!;
    return counts;
  });
}

export interface Keystroke {
  /** What to press: a character, or "Backspace" after selecting all (clears the box). */
  key: string;
  /** The box's text after the keystroke. */
  text: string;
  /** Whether the model says the count changes (only those are timed). */
  timed: boolean;
  expectedCount: number;
}

/** Words to type, best first, until `wanted` keystrokes can be timed; each word is cleared after. */
export function searchPlan(dataset: Dataset, candidates: readonly string[], wanted: number): Keystroke[] {
  const total = dataset.events.length;
  const all = prefixCounts(dataset, candidates);
  const scored = candidates.map((word, i) => {
    const counts = all[i]!;
    let changes = 0;
    for (let k = 1; k <= word.length; k++) if (counts[k] !== counts[k - 1]) changes++;
    return { word, counts, changes };
  });
  scored.sort((a, b) => b.changes - a.changes);
  const plan: Keystroke[] = [];
  let timed = 0;
  for (const { word, counts } of scored) {
    if (timed >= wanted) break;
    for (let k = 1; k <= word.length; k++) {
      const changes = counts[k] !== counts[k - 1];
      plan.push({ key: word[k - 1]!, text: word.slice(0, k), timed: changes, expectedCount: counts[k]! });
      if (changes) timed++;
    }
    const clears = counts[word.length] !== total;
    plan.push({ key: 'Backspace', text: '', timed: clears, expectedCount: total });
    if (clears) timed++;
  }
  return plan;
}

/** The actors to toggle: the most frequent one and one of middling frequency (by events involving them). */
export function actorsToToggle(dataset: Dataset): { id: string; name: string; events: number }[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = dataset.actors
    .map((actor) => ({ id: actor.id, name: actor.name, events: counts.get(actor.id) ?? 0 }))
    .filter((a) => a.events > 0 && a.events < dataset.events.length)
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  if (ranked.length === 0) return [];
  const middle = ranked[Math.floor(ranked.length / 2)]!;
  return middle === ranked[0] ? [ranked[0]!] : [ranked[0]!, middle];
}
