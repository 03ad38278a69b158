/**
 * The actor checkboxes, grouped by side, each with its display name and number of events, and an
 * "only" shortcut; a box to find an actor by name. With no actor checked every event shows; with
 * some, the events involving any of them, or all of them (ActorMatchChoice). Only the rows in view are rendered, so 10,000 actors cost what
 * twenty do; short lists are rendered whole (nothing to save, and every box stays in the page).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { actorRowsOf, matchingActorRows } from '../../engine/actorRows';
import type { EventIndex } from '../../engine/eventIndex';
import { useAppStore } from '../../store/store';
import { useRovingFocus } from '../common/useRovingFocus';
import { ActorMatchChoice } from './ActorMatchChoice';
import { ActorOption, onlyKey } from './ActorOption';
import { FILTER_KEYS_HINT_ID } from './FilterKeysHint';

/** Up to this many rows everything is rendered; beyond it, the rows in view and a few either side. */
const RENDER_ALL_UP_TO = 300;
/** A search box is worth its space from this many actors on. */
const SEARCH_FROM = 10;

export function ActorFilter({ index, counts }: { index: EventIndex; counts: Uint32Array }) {
  const checked = useAppStore((s) => s.filters.actors);
  const setFacet = useAppStore((s) => s.setFacet);
  // What was typed belongs to the dataset it was typed for: another dataset starts with none.
  const [search, setSearch] = useState({ index, query: '' });
  const query = search.index === index ? search.query : '';
  const baseId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const allRows = useMemo(() => actorRowsOf(index), [index]);
  const rows = useMemo(() => matchingActorRows(allRows, query), [allRows, query]);
  const checkedSet = useMemo(() => new Set(checked), [checked]);
  // Stable between renders: the virtualizer redoes every row's position when it changes.
  const rowKey = useCallback(
    (i: number) => {
      const row = rows[i]!;
      return row.kind === 'side' ? `side:${row.key}` : row.ordinal;
    },
    [rows],
  );
  // The virtualizer's API is not memoisable by design; it is only used inside this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 30,
    overscan: rows.length <= RENDER_ALL_UP_TO ? rows.length : 12,
    getItemKey: rowKey,
  });
  // The list is one tab stop: the arrow keys move between the boxes, and across to "only".
  const virtualRows = virtualizer.getVirtualItems();
  const roving = useRovingFocus(
    virtualRows.flatMap((item) => {
      const row = rows[item.index];
      if (row?.kind !== 'actor') return [];
      const id = index.actors[row.ordinal]!.id;
      return [id, onlyKey(id)];
    }),
  );

  return (
    <fieldset className="sl-facet sl-facet--actors" aria-describedby={FILTER_KEYS_HINT_ID}>
      <legend className="sl-facet__legend">Actors</legend>
      {index.actors.length >= SEARCH_FROM && (
        <input
          type="search"
          className="sl-actors__find"
          aria-label="Find an actor"
          placeholder={`Find among ${index.actors.length.toLocaleString('en-US')} actors`}
          value={query}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setSearch({ index, query: event.target.value })}
        />
      )}
      <div className="sl-actors" ref={scroller}>
        <ul
          className="sl-actors__rows"
          aria-label="Actors by side"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={roving.onKeyDown}
          onFocus={roving.onFocus}
        >
          {virtualRows.map((item) => {
            const row = rows[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={row.kind === 'side' ? 'sl-actors__row sl-facet__group-name' : 'sl-actors__row'}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'side' ? (
                  <bdi>{row.name}</bdi>
                ) : (
                  <ActorOption
                    index={index}
                    ordinal={row.ordinal}
                    count={counts[row.ordinal] ?? 0}
                    checked={checkedSet.has(index.actors[row.ordinal]!.id)}
                    id={`${baseId}-actor-${row.ordinal}`}
                    itemProps={roving.itemProps}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {rows.length === 0 && (
        <p className="sl-hint" role="status">
          No actor’s name matches “<bdi>{query.trim()}</bdi>”.
        </p>
      )}
      <ActorMatchChoice ticked={checked.length} />
      {checked.length > 0 && (
        <button type="button" className="sl-button sl-button--link" onClick={() => setFacet('actors', [])}>
          Clear<span className="sl-visually-hidden"> actor filter</span>
        </button>
      )}
    </fieldset>
  );
}
