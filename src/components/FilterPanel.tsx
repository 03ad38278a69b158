/**
 * The filters: search, actors by side, event types, statuses, source perspectives, disputed and
 * single-source events, sources, and dates.
 */
import { EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from '../dataset/vocabulary';
import type { EventIndex } from '../engine/eventIndex';
import { typeLabel } from '../engine/lanes';
import { sourceNames } from '../engine/sources';
import { clipText } from '../format/clip';
import { useFilterResult } from '../store/selectors';
import { useAppStore } from '../store/store';
import { ActorFilter } from './ActorFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetFilter } from './FacetFilter';
import { KIND_LABELS, STATUS_LABELS } from './labels';
import { OnlyFilter } from './OnlyFilter';
import { SearchBox } from './SearchBox';

export function FilterPanel() {
  const index = useAppStore((s) => s.index);
  const filters = useAppStore((s) => s.filters);
  const { toggleType, toggleStatus, toggleKind, toggleSource, setTypes, setStatuses, setKinds, setSources } =
    useAppStore.getState();
  const result = useFilterResult();
  if (!index || !result) return null;
  const { facetCounts } = result;
  // Only values the dataset uses are offered, plus any checked through a link.
  const offered = <T extends string>(all: readonly T[], present: Set<T>, checked: readonly T[]) =>
    all.filter((value) => present.has(value) || checked.includes(value));
  return (
    <form
      id="sl-filters"
      className="sl-filters"
      aria-label="Filters"
      role="search"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchBox />
      <ActorFilter index={index} counts={facetCounts.actors} />
      <FacetFilter
        legend="Event types"
        options={offered(EVENT_TYPES, index.present.types, filters.types).map((type) => ({
          value: type,
          label: typeLabel(type),
          count: facetCounts.types[EVENT_TYPES.indexOf(type)]!,
          swatch: `sl-type-${type}`,
        }))}
        selected={filters.types}
        onToggle={toggleType}
        onClear={() => setTypes([])}
      />
      <FacetFilter
        legend="Status"
        options={offered(EVENT_STATUSES, index.present.statuses, filters.statuses).map((status) => ({
          value: status,
          label: STATUS_LABELS[status],
          count: facetCounts.statuses[EVENT_STATUSES.indexOf(status)]!,
        }))}
        selected={filters.statuses}
        onToggle={toggleStatus}
        onClear={() => setStatuses([])}
      />
      <FacetFilter
        legend="Source perspective"
        options={offered(SOURCE_KINDS, index.present.kinds, filters.kinds).map((kind) => ({
          value: kind,
          label: KIND_LABELS[kind],
          count: facetCounts.kinds[SOURCE_KINDS.indexOf(kind)]!,
        }))}
        selected={filters.kinds}
        onToggle={toggleKind}
        onClear={() => setKinds([])}
      />
      <OnlyFilter counts={result.onlyCounts} />
      <FacetFilter
        legend="Reported by"
        options={sourceOptions(index, facetCounts.sources)}
        selected={filters.sources}
        onToggle={toggleSource}
        onClear={() => setSources([])}
      />
      <DateRangeFilter index={index} />
    </form>
  );
}

/** One checkbox per source (a dataset of one source needs none), named as the coverage names them. */
function sourceOptions(index: EventIndex, counts: Uint32Array) {
  if (index.sources.length < 2) return [];
  const names = sourceNames(index.sources);
  return index.sources.map((source, i) => ({
    value: source.id,
    label: clipText(names[i]!, 120).text,
    count: counts[i]!,
  }));
}
