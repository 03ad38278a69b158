/** "N of M events", the active filters as removable chips, and "Reset filters". */
import { EVENT_TYPES } from '../dataset/vocabulary';
import { isFiltering, type Filters } from '../engine/filter';
import type { EventIndex } from '../engine/eventIndex';
import { typeLabel } from '../engine/lanes';
import { useFilterResult } from '../store/selectors';
import { useAppStore, type AppActions } from '../store/store';
import { KIND_LABELS, STATUS_LABELS } from './labels';

interface Chip {
  key: string;
  label: string;
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
                {chip.label}
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

export function chipsFor(filters: Filters, index: EventIndex, actions: AppActions): Chip[] {
  const chips: Chip[] = [];
  for (const id of filters.actors) {
    const actor = index.actors[index.actorOrdinal.get(id) ?? -1];
    chips.push({ key: `actor:${id}`, label: `Actor: ${actor?.name ?? id}`, remove: () => actions.toggleActor(id) });
  }
  for (const type of filters.types) {
    if (EVENT_TYPES.includes(type))
      chips.push({ key: `type:${type}`, label: `Type: ${typeLabel(type)}`, remove: () => actions.toggleType(type) });
  }
  for (const status of filters.statuses) {
    chips.push({
      key: `status:${status}`,
      label: `Status: ${STATUS_LABELS[status]}`,
      remove: () => actions.toggleStatus(status),
    });
  }
  for (const kind of filters.kinds) {
    chips.push({ key: `kind:${kind}`, label: `Source: ${KIND_LABELS[kind]}`, remove: () => actions.toggleKind(kind) });
  }
  if (filters.from)
    chips.push({ key: 'from', label: `From ${filters.from}`, remove: () => actions.setDateRange(null, filters.to) });
  if (filters.to)
    chips.push({ key: 'to', label: `To ${filters.to}`, remove: () => actions.setDateRange(filters.from, null) });
  if (filters.query.trim())
    chips.push({ key: 'q', label: `Search: “${filters.query.trim()}”`, remove: () => actions.setQuery('') });
  return chips;
}
