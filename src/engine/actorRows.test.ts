import { describe, expect, it } from 'vitest';
import { actorRowsOf, matchingActorRows, type ActorRow } from './actorRows';
import { indexOf, namedSides } from './testing.test-utils';

const index = indexOf({
  sides: namedSides({ tr: 'Türkiye', ua: 'Ukraine', empty: 'Nobody here' }),
  actors: [
    { id: 'zelensky', side: 'ua', name: 'Volodymyr Zelensky' },
    { id: 'erdogan', side: 'tr', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoan'] },
    { id: 'kuleba', side: 'ua', name: 'Dmytro Kuleba' },
  ],
  events: [{ id: 'e', start: '2022-01-01' }],
});

/** Rows as readable text: "# side" for a side, the actor's id for an actor. */
const text = (rows: ActorRow[]) =>
  rows.map((row) => (row.kind === 'side' ? `# ${row.name}` : index.actors[row.ordinal]!.id));

describe('actorRowsOf', () => {
  it('lists each side in dataset order with its actors in dataset order; sides without actors are left out', () => {
    expect(text(actorRowsOf(index).rows)).toEqual(['# Türkiye', 'erdogan', '# Ukraine', 'zelensky', 'kuleba']);
  });

  it('groups 10,000 actors over 1,000 sides in one pass, each actor once', () => {
    const sides = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}` }));
    const actors = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, side: `s${i % 1000}` }));
    const big = indexOf({ sides, actors, events: [{ id: 'e', start: '2022-01-01' }] });
    const { rows } = actorRowsOf(big);
    expect(rows.filter((row) => row.kind === 'side')).toHaveLength(1000);
    const ordinals = rows.flatMap((row) => (row.kind === 'actor' ? [row.ordinal] : []));
    expect(new Set(ordinals).size).toBe(10_000);
    expect(rows.slice(0, 3)).toEqual([
      { kind: 'side', key: 's0', name: 's0' },
      { kind: 'actor', ordinal: big.actorOrdinal.get('a0') },
      { kind: 'actor', ordinal: big.actorOrdinal.get('a1000') },
    ]);
  });
});

describe('matchingActorRows', () => {
  const rows = actorRowsOf(index);

  it('keeps the actors whose name or alias holds every word, ignoring case and accents, under their side', () => {
    expect(text(matchingActorRows(rows, 'erdogan'))).toEqual(['# Türkiye', 'erdogan']);
    expect(text(matchingActorRows(rows, 'ERDOAN'))).toEqual(['# Türkiye', 'erdogan']);
    expect(text(matchingActorRows(rows, 'dmy kul'))).toEqual(['# Ukraine', 'kuleba']);
    expect(text(matchingActorRows(rows, 'o'))).toEqual(text(rows.rows));
    expect(text(matchingActorRows(rows, 'y'))).toEqual(['# Türkiye', 'erdogan', '# Ukraine', 'zelensky', 'kuleba']);
    expect(text(matchingActorRows(rows, 'volodymyr'))).toEqual(['# Ukraine', 'zelensky']);
  });

  it('an empty query keeps every row; no match keeps none', () => {
    expect(matchingActorRows(rows, '  ')).toBe(rows.rows);
    expect(matchingActorRows(rows, 'nobody')).toEqual([]);
  });
});
