/**
 * Derived data, computed from the store by pure functions and shared by every component that
 * asks (each is memoised on its inputs, so it is computed once per change).
 */
import { toOrdinals } from '../engine/bitset';
import { applyFilters, type FilterResult } from '../engine/filter';
import { lanesFor, type Lane } from '../engine/lanes';
import { memoLast } from './memo';
import { useAppStore, type AppState } from './store';

const filterResultOf = memoLast(applyFilters);
const ordinalsOf = memoLast((result: FilterResult) => toOrdinals(result.matched, result.count));
const lanesOf = memoLast(lanesFor);

export function selectFilterResult(state: Pick<AppState, 'index' | 'search' | 'filters'>): FilterResult | null {
  return state.index ? filterResultOf(state.index, state.search, state.filters) : null;
}

/** Matched events' ordinals in chronological order. */
export function selectMatchedOrdinals(state: Pick<AppState, 'index' | 'search' | 'filters'>): Uint32Array | null {
  const result = selectFilterResult(state);
  return result ? ordinalsOf(result) : null;
}

export function selectLanes(state: Pick<AppState, 'index' | 'grouping'>): Lane[] {
  return state.index ? lanesOf(state.index, state.grouping) : [];
}

export function selectSelectedOrdinal(state: Pick<AppState, 'index' | 'selectedId'>): number | null {
  if (!state.index || state.selectedId === null) return null;
  return state.index.eventOrdinal.get(state.selectedId) ?? null;
}

export const useFilterResult = () => useAppStore(selectFilterResult);
export const useMatchedOrdinals = () => useAppStore(selectMatchedOrdinals);
export const useLanes = () => useAppStore(selectLanes);
export const useSelectedOrdinal = () => useAppStore(selectSelectedOrdinal);
