/**
 * The one store: which dataset is shown, the filters, the selection and the view. Actions sit
 * beside the state they change; everything derived (matches, counts, items) is computed from it
 * by selectors, never stored twice.
 */
import { create } from 'zustand';
import type { EventStatus, EventType, SourceKind } from '../dataset/vocabulary';
import type { Problem } from '../dataset/problems';
import type { EventIndex } from '../engine/eventIndex';
import { NO_FILTERS, type Filters } from '../engine/filter';
import type { Grouping } from '../engine/lanes';
import type { SearchIndex } from '../engine/searchIndex';
import type { ZoneMode } from '../format/dates';
import type { Progress } from '../loading/download';
import type { PrepareStep } from '../loading/protocol';
import { DEFAULT_URL_STATE, type TimeWindow, type UrlState } from './urlState';

export type DatasetOrigin = { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'file'; name: string };

export interface LoadingState {
  /** What is being opened, e.g. "big.json". */
  label: string;
  phase: 'downloading' | 'reading' | PrepareStep;
  progress: Progress | null;
  /** No bytes have arrived for a while (downloads only); the download goes on. */
  stalled: boolean;
  /** Starts the same load again, where that can help (downloads). */
  retry: (() => void) | null;
}

/** A dataset that could not be opened: shown as an alert, while the previous dataset stays. */
export interface OpenFailure {
  /** What was being opened. */
  label: string;
  message: string;
  problems: Problem[];
  /** Problems found in all (may exceed `problems.length`). */
  totalProblems: number;
  retry: (() => void) | null;
}

/** Something worth knowing about the dataset just opened, e.g. import rows that were left out. */
export interface Notice {
  message: string;
  details: string[];
}

export interface AppState {
  index: EventIndex | null;
  search: SearchIndex | null;
  origin: DatasetOrigin;
  loading: LoadingState | null;
  failure: OpenFailure | null;
  notice: Notice | null;

  filters: Filters;
  selectedId: string | null;
  grouping: Grouping;
  zone: ZoneMode;
  /** The visible time window; null means "fit everything". */
  window: TimeWindow | null;
}

export interface AppActions {
  showDataset(index: EventIndex, origin: DatasetOrigin): void;
  setSearchIndex(index: EventIndex, search: SearchIndex): void;
  setLoading(loading: LoadingState | null): void;
  setFailure(failure: OpenFailure | null): void;
  setNotice(notice: Notice | null): void;

  toggleActor(id: string): void;
  onlyActor(id: string): void;
  setActors(ids: readonly string[]): void;
  toggleType(type: EventType): void;
  toggleStatus(status: EventStatus): void;
  toggleKind(kind: SourceKind): void;
  setTypes(types: readonly EventType[]): void;
  setStatuses(statuses: readonly EventStatus[]): void;
  setKinds(kinds: readonly SourceKind[]): void;
  setDateRange(from: string | null, to: string | null): void;
  setQuery(query: string): void;
  resetFilters(): void;

  select(id: string | null): void;
  setGrouping(grouping: Grouping): void;
  setZone(zone: ZoneMode): void;
  setWindow(window: TimeWindow | null): void;

  /** Restores what a URL describes (first load, back/forward). */
  applyUrlState(url: UrlState): void;
}

export type Store = AppState & AppActions;

export const INITIAL_STATE: AppState = {
  index: null,
  search: null,
  origin: { kind: 'bundled' },
  loading: null,
  failure: null,
  notice: null,
  filters: NO_FILTERS,
  selectedId: null,
  grouping: DEFAULT_URL_STATE.grouping,
  zone: DEFAULT_URL_STATE.zone,
  window: null,
};

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export const useAppStore = create<Store>()((set, get) => {
  const setFilters = (change: Partial<Filters>) => set({ filters: { ...get().filters, ...change } });
  return {
    ...INITIAL_STATE,

    showDataset(index, origin) {
      const { filters, selectedId } = get();
      set({
        index,
        search: null,
        origin,
        loading: null,
        failure: null,
        notice: null,
        // Filters and selection that name things this dataset lacks are dropped, not kept dangling.
        filters: { ...filters, actors: filters.actors.filter((id) => index.actorOrdinal.has(id)) },
        selectedId: selectedId !== null && index.eventOrdinal.has(selectedId) ? selectedId : null,
      });
    },
    setSearchIndex(index, search) {
      if (get().index === index) set({ search });
    },
    setLoading: (loading) => set({ loading }),
    setFailure: (failure) => set({ failure }),
    setNotice: (notice) => set({ notice }),

    toggleActor: (id) => setFilters({ actors: toggled(get().filters.actors, id) }),
    onlyActor: (id) => setFilters({ actors: [id] }),
    setActors: (actors) => setFilters({ actors: [...actors] }),
    toggleType: (type) => setFilters({ types: toggled(get().filters.types, type) }),
    toggleStatus: (status) => setFilters({ statuses: toggled(get().filters.statuses, status) }),
    toggleKind: (kind) => setFilters({ kinds: toggled(get().filters.kinds, kind) }),
    setTypes: (types) => setFilters({ types: [...types] }),
    setStatuses: (statuses) => setFilters({ statuses: [...statuses] }),
    setKinds: (kinds) => setFilters({ kinds: [...kinds] }),
    setDateRange: (from, to) => setFilters({ from, to }),
    setQuery: (query) => setFilters({ query }),
    resetFilters: () => set({ filters: NO_FILTERS }),

    select: (selectedId) => set({ selectedId }),
    setGrouping: (grouping) => set({ grouping }),
    setZone: (zone) => set({ zone }),
    setWindow: (window) => set({ window }),

    applyUrlState(url) {
      const { index } = get();
      set({
        filters: index
          ? { ...url.filters, actors: url.filters.actors.filter((id) => index.actorOrdinal.has(id)) }
          : url.filters,
        selectedId: url.event !== null && (!index || index.eventOrdinal.has(url.event)) ? url.event : null,
        grouping: url.grouping,
        zone: url.zone,
        window: url.window,
      });
    },
  };
});
