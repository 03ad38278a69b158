/**
 * Derived data, computed from the store by pure functions and shared by every component that
 * asks (each is memoised on its inputs, so it is computed once per change).
 */
import { toOrdinals, type Bitset } from '../engine/bitset';
import type { EventIndex } from '../engine/eventIndex';
import { searchTerms } from '../engine/fold';
import { applyFilters, type FilterResult } from '../engine/filter';
import { lanesWithMatches } from '../engine/laneMatches';
import { chooseInitialWindow, datasetView, padSpan } from '../engine/initialWindow';
import { lanesFor, type Grouping, type Lane } from '../engine/lanes';
import { revealWindow } from '../engine/reveal';
import type { TimelineShape } from '../engine/visibility';
import { memoLast } from './memo';
import { useAppStore, type AppState } from './store';
import type { TimeSpan } from '../engine/timeSpan';

const filterResultOf = memoLast(applyFilters);
const ordinalsOf = memoLast((result: FilterResult) => toOrdinals(result.matched, result.count));
const lanesOf = memoLast(lanesFor);

export function selectFilterResult(state: Pick<AppState, 'index' | 'search' | 'filters'>): FilterResult | null {
  if (!state.index) return null;
  // Without words to look for, the result does not depend on the search index: its arrival after
  // the first paint then changes nothing, instead of filtering and drawing everything again.
  const search = searchTerms(state.filters.query).length > 0 ? state.search : null;
  return filterResultOf(state.index, search, state.filters);
}

/** Matched events' ordinals in chronological order. */
export function selectMatchedOrdinals(state: Pick<AppState, 'index' | 'search' | 'filters'>): Uint32Array | null {
  const result = selectFilterResult(state);
  return result ? ordinalsOf(result) : null;
}

export function selectLanes(state: Pick<AppState, 'index' | 'grouping'>): Lane[] {
  return state.index ? lanesOf(state.index, state.grouping) : [];
}

const visibleLanesOf = memoLast(lanesWithMatches);

/**
 * The lanes the timeline shows for a filter result (the timeline follows its own, deferred one):
 * those holding a match or the selected event. The lane set returns when the filters are cleared.
 */
export function useVisibleLanes(result: FilterResult | null): Lane[] {
  const lanes = useLanes();
  const index = useAppStore((s) => s.index);
  const grouping = useAppStore((s) => s.grouping);
  const selected = useSelectedOrdinal();
  if (!index || !result) return lanes;
  return visibleLanesOf(index, grouping, lanes, result.matched, selected);
}

export function selectSelectedOrdinal(state: Pick<AppState, 'index' | 'selectedId'>): number | null {
  if (!state.index || state.selectedId === null) return null;
  return state.index.eventOrdinal.get(state.selectedId) ?? null;
}

/** What the timeline's content depends on at `widthPx`, for rules that predict it; null before the timeline is drawn. */
export function selectTimelineShape(
  state: Pick<AppState, 'index' | 'search' | 'filters' | 'grouping'>,
  widthPx: number,
): TimelineShape | null {
  const result = selectFilterResult(state);
  if (!state.index || !result || widthPx <= 0) return null;
  return { index: state.index, matched: result.matched, grouping: state.grouping, widthPx };
}

const wholeSpanOf = memoLast((index: EventIndex) => (index.span ? padSpan(index.span) : null));

const openingWindowOf = memoLast(
  (index: EventIndex, matched: Bitset, grouping: Grouping, widthPx: number, selected: number | null) => {
    const whole = wholeSpanOf(index);
    if (!whole) return whole;
    // The editor's choice, when the dataset makes one; else the rule's.
    const framed = datasetView(index) ?? chooseInitialWindow(index, matched, grouping, widthPx) ?? whole;
    const shape = { index, matched, grouping, widthPx };
    return (selected !== null && revealWindow(shape, framed, selected)) || framed;
  },
);

/**
 * The window a dataset opens on when the address names none, on a timeline `widthPx` wide: the
 * one the dataset names (`view`), or else where the most events can be read as items
 * (engine/initialWindow.ts); moved to show the selected event of a link. Without a width yet, the
 * whole span.
 */
export function selectOpeningWindow(
  state: Pick<AppState, 'index' | 'search' | 'filters' | 'grouping' | 'selectedId'>,
  widthPx: number,
): TimeSpan | null {
  const result = selectFilterResult(state);
  if (!state.index || !result) return null;
  // Without a width, the whole span, kept apart from the framed window's memo: calls with and
  // without a width alternate (React checks each render's snapshot again), and each would
  // otherwise evict the other and frame the window anew, a costly rule at 100,000 events.
  if (widthPx <= 0) return wholeSpanOf(state.index);
  return openingWindowOf(state.index, result.matched, state.grouping, widthPx, selectSelectedOrdinal(state));
}

export const useFilterResult = () => useAppStore(selectFilterResult);
export const useMatchedOrdinals = () => useAppStore(selectMatchedOrdinals);
export const useLanes = () => useAppStore(selectLanes);
export const useSelectedOrdinal = () => useAppStore(selectSelectedOrdinal);
