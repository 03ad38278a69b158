/** "N of M events", the active filters as removable chips, and "Reset filters". */
import { EVENT_TYPES } from '../../dataset/vocabulary';
import { isFiltering, type Filters } from '../../engine/filter';
import type { EventIndex } from '../../engine/eventIndex';
import { typeLabel } from '../../engine/lanes';
import { sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import { useFilterResult } from '../../store/selectors';
import { useAppStore, type AppActions } from '../../store/store';
import { KIND_LABELS, STATUS_LABELS } from '../common/labels';

interface Chip {
  key: string;
  /** What kind of filter, in the app's words ("Actor: "). */
  kind: string;
  /** The value, often the dataset's own text: isolated, so its direction marks stay inside it. */
  value?: string;
  after?: string;
  remove: () => void;
}

export function ResultSummary() {
  const index = useAppStore((s) => s.index);
  const filters = useAppStore((s) => s.filters);
  const result = useFilterResult();
  if (!index || !result) return null;
  const chips = chipsFor(filters, index, useAppStore.getState());
  return (
    <div className="sl-summary">
      <p className="sl-summary__count" role="status" data-testid="result-count">
        <strong>{result.count.toLocaleString('en-US')}</strong> of {index.count.toLocaleString('en-US')} events
      </p>
      {chips.length > 0 && (
        <ul className="sl-chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button type="button" className="sl-chip sl-chip--filter" onClick={chip.remove}>
                {chip.kind}
                {chip.value !== undefined && <bdi>{chip.value}</bdi>}
                {chip.after}
                <span aria-hidden="true"> ×</span>
                <span className="sl-visually-hidden"> (remove this filter)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {isFiltering(filters) && (
        <button type="button" className="sl-button" onClick={() => useAppStore.getState().resetFilters()}>
          Reset filters
        </button>
      )}
    </div>
  );
}

/** A chip as plain text, for the printed page. */
export function chipText(chip: Chip): string {
  return `${chip.kind}${chip.value ?? ''}${chip.after ?? ''}`;
}

/** One chip per checked value of a facet, labelled as the filters label it, that unchecks it. */
function valueChips<T extends string>(
  facet: string,
  kind: string,
  values: readonly T[],
  label: (value: T) => string,
  toggle: (value: T) => void,
): Chip[] {
  return values.map((value) => ({ key: `${facet}:${value}`, kind, value: label(value), remove: () => toggle(value) }));
}

export function chipsFor(filters: Filters, index: EventIndex, actions: AppActions): Chip[] {
  const chips: Chip[] = [];
  // The actors' chips say how they combine: "Actor: Putin", "or Zelensky" (or "and", for all of them).
  const joiner = filters.actorMatch === 'all' ? 'and ' : 'or ';
  filters.actors.forEach((id, i) => {
    const actor = index.actors[index.actorOrdinal.get(id) ?? -1];
    chips.push({
      key: `actor:${id}`,
      kind: i === 0 ? 'Actor: ' : joiner,
      value: actor?.name ?? id,
      remove: () => actions.toggleFacet('actors', id),
    });
  });
  // Only the vocabulary's own types get a chip.
  const types = filters.types.filter((type) => EVENT_TYPES.includes(type));
  chips.push(...valueChips('type', 'Type: ', types, typeLabel, (type) => actions.toggleFacet('types', type)));
  chips.push(
    ...valueChips(
      'status',
      'Status: ',
      filters.statuses,
      (status) => STATUS_LABELS[status],
      (status) => actions.toggleFacet('statuses', status),
    ),
  );
  chips.push(
    ...valueChips(
      'kind',
      'Source: ',
      filters.kinds,
      (kind) => KIND_LABELS[kind],
      (kind) => actions.toggleFacet('kinds', kind),
    ),
  );
  const names = sourceNames(index.sources);
  for (const id of filters.sources) {
    const source = index.sourceOrdinal.get(id);
    const name = source === undefined ? id : clipText(names[source]!, 80).text;
    chips.push({
      key: `source:${id}`,
      kind: 'Reported by: ',
      value: name,
      remove: () => actions.toggleFacet('sources', id),
    });
  }
  if (filters.disputedOnly)
    chips.push({ key: 'disputed', kind: 'Disputed only', remove: () => actions.setDisputedOnly(false) });
  if (filters.singleSourceOnly)
    chips.push({ key: 'single', kind: 'One source only', remove: () => actions.setSingleSourceOnly(false) });
  if (filters.from)
    chips.push({
      key: 'from',
      kind: 'From ',
      value: filters.from,
      remove: () => actions.setDateRange(null, filters.to),
    });
  if (filters.to)
    chips.push({ key: 'to', kind: 'To ', value: filters.to, remove: () => actions.setDateRange(filters.from, null) });
  if (filters.query.trim())
    chips.push({
      key: 'q',
      kind: 'Search: “',
      value: filters.query.trim(),
      after: '”',
      remove: () => actions.setQuery(''),
    });
  return chips;
}
