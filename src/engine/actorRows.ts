/**
 * The actor filter's rows: each side's name, then its actors, in the dataset's order, with actors
 * of no known side last. Built once per dataset in one pass (grouping 10,000 actors by 1,000 sides
 * side by side would take ten million steps), then narrowed by what the reader types.
 */
import type { EventIndex } from './eventIndex';
import { fold } from './fold';
import { UNASSIGNED_LANE_LABEL } from './lanes';

export type ActorRow = { kind: 'side'; key: string; name: string } | { kind: 'actor'; ordinal: number };

export interface ActorRows {
  index: EventIndex;
  rows: ActorRow[];
}

export function actorRowsOf(index: EventIndex): ActorRows {
  const bySide = new Map<string | null, number[]>();
  for (const side of index.sides) bySide.set(side.id, []);
  bySide.set(null, []);
  index.actors.forEach((actor, ordinal) => {
    bySide.get(index.sideOrdinal.has(actor.side) ? actor.side : null)!.push(ordinal);
  });
  const names = new Map<string | null, string>(index.sides.map((side) => [side.id, side.name]));
  const rows: ActorRow[] = [];
  for (const [key, ordinals] of bySide) {
    if (ordinals.length === 0) continue;
    rows.push({ kind: 'side', key: key ?? '(none)', name: names.get(key) ?? UNASSIGNED_LANE_LABEL });
    for (const ordinal of ordinals) rows.push({ kind: 'actor', ordinal });
  }
  return { index, rows };
}

/** Each actor's name and aliases, folded for matching; worked out on the first search, not on every open. */
const foldedNames = new WeakMap<EventIndex, string[]>();

function foldedNamesOf(index: EventIndex): string[] {
  let folded = foldedNames.get(index);
  if (!folded) {
    folded = index.actors.map((actor) => fold([actor.name, ...(actor.aliases ?? [])].join('\n')));
    foldedNames.set(index, folded);
  }
  return folded;
}

/** The rows whose actor matches `query` (all words, anywhere in a name or alias), under their side's name. */
export function matchingActorRows({ index, rows }: ActorRows, query: string): ActorRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  const folded = foldedNamesOf(index);
  const out: ActorRow[] = [];
  let side: ActorRow | null = null;
  for (const row of rows) {
    if (row.kind === 'side') side = row;
    else if (words.every((word) => folded[row.ordinal]!.includes(word))) {
      if (side) out.push(side);
      side = null;
      out.push(row);
    }
  }
  return out;
}
