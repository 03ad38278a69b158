/**
 * The one store: which dataset is shown, the filters, the selection and the view. Actions sit
 * beside the state they change; everything derived (matches, counts, items) is computed from it
 * by selectors, never stored twice.
 */
import type { TimeSpan } from '../engine/timeSpan';
import { create } from 'zustand';
import type { Problem } from '../dataset/problems';
import type { EventIndex } from '../engine/eventIndex';
import { NO_FILTERS, type ActorMatch, type Facet, type Filters } from '../engine/filter';
import type { Grouping } from '../engine/lanes';
import type { SearchIndex } from '../engine/searchIndex';
import type { ZoneMode } from '../format/dates';
import type { Progress } from '../loading/download';
import type { PrepareStep } from '../loading/protocol';
import { DEFAULT_URL_STATE, type DatasetOrigin, type DraftPreview, type UrlState } from './urlState';

export type { DatasetOrigin, DraftPreview };

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

/** What an import asks before it can go on (e.g. whether "03/04/2022" is day or month first). */
export interface OpenQuestion {
  /** What was being opened. */
  label: string;
  message: string;
  choices: { value: string; label: string }[];
  /** Opens the file again with this choice. */
  answer: (value: string) => void;
}

export interface AppState {
  index: EventIndex | null;
  search: SearchIndex | null;
  origin: DatasetOrigin;
  loading: LoadingState | null;
  failure: OpenFailure | null;
  notice: Notice | null;
  question: OpenQuestion | null;

  filters: Filters;
  selectedId: string | null;
  grouping: Grouping;
  zone: ZoneMode;
  /**
   * The time window chosen by the reader (or by a command on their behalf, or the address); null
   * for the window the dataset opens on, which the timeline frames itself (store/viewport.ts says
   * what is on screen).
   */
  window: TimeSpan | null;
  /** Whether the timeline glides to the window (a move the app made) or jumps (the reader's own drag). */
  windowGlides: boolean;
  /** The compact layout for an iframe (`?embed=1`); set from the URL only. */
  embed: boolean;
  /** The curation view and its draft (`?curate=…`, see urlState.ts); null: the reader. */
  curate: string | null;
  /** Whether an embed shows its toolbar (`controls=0` hides it); set from the URL only. */
  controls: boolean;
}

export interface AppActions {
  showDataset(index: EventIndex, origin: DatasetOrigin): void;
  setSearchIndex(index: EventIndex, search: SearchIndex): void;
  setLoading(loading: LoadingState | null): void;
  setFailure(failure: OpenFailure | null): void;
  setNotice(notice: Notice | null): void;
  setQuestion(question: OpenQuestion | null): void;

  /** Ticks or unticks one value of a facet (an actor id, an event type, …). */
  toggleFacet<F extends Facet>(facet: F, value: FacetValue<F>): void;
  /** Sets a facet's ticked values: `[]` clears it, one value is "only". */
  setFacet<F extends Facet>(facet: F, values: readonly FacetValue<F>[]): void;
  /** Whether the ticked actors mean events with any of them or with all of them. */
  setActorMatch(match: ActorMatch): void;
  setDisputedOnly(on: boolean): void;
  setSingleSourceOnly(on: boolean): void;
  setDateRange(from: string | null, to: string | null): void;
  setQuery(query: string): void;
  resetFilters(): void;

  /** Selects an event; with a window, moves there too, in the same step (one history entry). */
  select(id: string | null, window?: TimeSpan | null): void;
  setGrouping(grouping: Grouping): void;
  setZone(zone: ZoneMode): void;
  setWindow(window: TimeSpan | null, motion?: 'jump' | 'glide'): void;

  /** Restores what a URL describes (first load, back/forward). */
  applyUrlState(url: UrlState): void;
  /** Opens the curation view (with a draft's id, or '' for its start), or closes it (null). */
  setCurate(curate: string | null): void;
}

export type Store = AppState & AppActions;

/** The values a facet's filter holds: actor ids, event types, statuses, source kinds, source ids. */
export type FacetValue<F extends Facet> = Filters[F][number];

export const INITIAL_STATE: AppState = {
  index: null,
  search: null,
  origin: { kind: 'bundled' },
  loading: null,
  failure: null,
  notice: null,
  question: null,
  filters: NO_FILTERS,
  selectedId: null,
  grouping: DEFAULT_URL_STATE.grouping,
  zone: DEFAULT_URL_STATE.zone,
  window: null,
  windowGlides: false,
  embed: DEFAULT_URL_STATE.embed,
  curate: DEFAULT_URL_STATE.curate,
  controls: DEFAULT_URL_STATE.controls,
};

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The filters without actors or sources that the dataset does not have. */
function knownTo(index: EventIndex, filters: Filters): Filters {
  return {
    ...filters,
    actors: filters.actors.filter((id) => index.actorOrdinal.has(id)),
    sources: filters.sources.filter((id) => index.sourceOrdinal.has(id)),
  };
}

export const useAppStore = create<Store>()((set, get) => {
  const setFilters = (change: Partial<Filters>) => set({ filters: { ...get().filters, ...change } });
  return {
    ...INITIAL_STATE,

    showDataset(index, origin) {
      const { filters, selectedId, index: shown, window } = get();
      set({
        index,
        search: null,
        origin,
        loading: null,
        failure: null,
        notice: null,
        question: null,
        // Filters and selection that name things this dataset lacks are dropped, not kept dangling.
        filters: knownTo(index, filters),
        selectedId: selectedId !== null && index.eventOrdinal.has(selectedId) ? selectedId : null,
        // The first dataset keeps the window its address named; another one is framed afresh.
        window: shown === null ? window : null,
      });
    },
    setSearchIndex(index, search) {
      if (get().index === index) set({ search });
    },
    setLoading: (loading) => set({ loading }),
    // One message about opening at a time: a new one replaces the one before (a failed import's
    // alert does not stack above the previous import's notice).
    setFailure: (failure) => set(failure ? { failure, notice: null, question: null } : { failure }),
    setNotice: (notice) => set(notice ? { notice, failure: null, question: null } : { notice }),
    setQuestion: (question) => set(question ? { question, failure: null, notice: null } : { question }),

    toggleFacet: (facet, value) =>
      setFilters({ [facet]: toggled<FacetValue<typeof facet>>(get().filters[facet], value) }),
    setFacet: (facet, values) => setFilters({ [facet]: [...values] }),
    setActorMatch: (actorMatch) => setFilters({ actorMatch }),
    setDisputedOnly: (disputedOnly) => setFilters({ disputedOnly }),
    setSingleSourceOnly: (singleSourceOnly) => setFilters({ singleSourceOnly }),
    setDateRange: (from, to) => setFilters({ from, to }),
    setQuery: (query) => setFilters({ query }),
    resetFilters: () => set({ filters: NO_FILTERS }),

    select: (selectedId, window) => set(window ? { selectedId, window, windowGlides: true } : { selectedId }),
    setGrouping: (grouping) => set({ grouping }),
    setZone: (zone) => set({ zone }),
    setWindow: (window, motion = 'jump') => set({ window, windowGlides: motion === 'glide' }),

    applyUrlState(url) {
      const { index } = get();
      set({
        filters: index ? knownTo(index, url.filters) : url.filters,
        selectedId: url.event !== null && (!index || index.eventOrdinal.has(url.event)) ? url.event : null,
        grouping: url.grouping,
        zone: url.zone,
        window: url.window,
        windowGlides: false,
        embed: url.embed,
        curate: url.curate,
        controls: url.controls,
      });
    },
    setCurate(curate) {
      if (!get().embed) set({ curate });
    },
  };
});
