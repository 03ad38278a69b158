/**
 * The filters: search, actors by side, event types, statuses, source perspectives, disputed and
 * single-source events, sources, and dates.
 */
import { EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from '../../dataset/vocabulary';
import type { EventIndex } from '../../engine/eventIndex';
import type { FilterResult, Filters } from '../../engine/filter';
import { typeLabel } from '../../engine/lanes';
import { sourceNames } from '../../engine/sources';
import { datasetFacts } from '../../engine/datasetFacts';
import { clipText } from '../../format/clip';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { ActorFilter } from './ActorFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { FacetFilter, type FacetOption } from './FacetFilter';
import { KIND_LABELS, STATUS_LABELS } from '../common/labels';
import { FilterKeysHint } from './FilterKeysHint';
import { OnlyFilter } from './OnlyFilter';
import { SearchBox } from './SearchBox';

export function FilterPanel() {
  const index = useAppStore((s) => s.index);
  const filters = useAppStore((s) => s.filters);
  const { toggleFacet, setFacet } = useAppStore.getState();
  const result = useFilterResult();
  if (!index || !result) return null;
  const { facetCounts } = result;
  // Only what the dataset has: no actor finder without actors, no "Disputed only" without disputes.
  const facts = datasetFacts(index);
  return (
    <form
      id="sl-filters"
      className="sl-filters"
      aria-label="Filters"
      role="search"
      onSubmit={(e) => e.preventDefault()}
    >
      <FilterKeysHint />
      <SearchBox />
      {(facts.actors > 0 || filters.actors.length > 0) && <ActorFilter index={index} counts={facetCounts.actors} />}
      <FacetFilter
        legend="Event types"
        options={vocabularyOptions('types', index, filters, facetCounts, typeLabel).map((option) => ({
          ...option,
          swatch: `sl-type-${option.value}`,
        }))}
        selected={filters.types}
        onToggle={(type) => toggleFacet('types', type)}
        onClear={() => setFacet('types', [])}
      />
      <FacetFilter
        legend="Status"
        options={vocabularyOptions('statuses', index, filters, facetCounts, (status) => STATUS_LABELS[status])}
        selected={filters.statuses}
        onToggle={(status) => toggleFacet('statuses', status)}
        onClear={() => setFacet('statuses', [])}
      />
      <FacetFilter
        legend="Source perspective"
        options={vocabularyOptions('kinds', index, filters, facetCounts, (kind) => KIND_LABELS[kind])}
        selected={filters.kinds}
        onToggle={(kind) => toggleFacet('kinds', kind)}
        onClear={() => setFacet('kinds', [])}
      />
      <OnlyFilter
        counts={result.onlyCounts}
        offer={{ disputed: facts.disputedEvents > 0, singleSource: facts.sources > 1 }}
      />
      <FacetFilter
        legend="Reported by"
        options={sourceOptions(index, facetCounts.sources)}
        selected={filters.sources}
        onToggle={(id) => toggleFacet('sources', id)}
        onClear={() => setFacet('sources', [])}
      />
      <DateRangeFilter index={index} />
    </form>
  );
}

/** The facets over a closed vocabulary, each kept under the same key in the index, the filters and the counts. */
const VOCABULARIES = { types: EVENT_TYPES, statuses: EVENT_STATUSES, kinds: SOURCE_KINDS };
type VocabularyFacet = keyof typeof VOCABULARIES;
type ValueOf<F extends VocabularyFacet> = (typeof VOCABULARIES)[F][number];

/** Only the values the dataset uses are offered, plus any checked through a link; each with its count. */
function vocabularyOptions<F extends VocabularyFacet>(
  facet: F,
  index: EventIndex,
  filters: Filters,
  counts: FilterResult['facetCounts'],
  label: (value: ValueOf<F>) => string,
): FacetOption<ValueOf<F>>[] {
  const vocabulary: readonly ValueOf<F>[] = VOCABULARIES[facet];
  const present = index.present[facet] as ReadonlySet<ValueOf<F>>;
  const checked = filters[facet] as readonly ValueOf<F>[];
  return vocabulary
    .filter((value) => present.has(value) || checked.includes(value))
    .map((value) => ({ value, label: label(value), count: counts[facet][vocabulary.indexOf(value)]! }));
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
