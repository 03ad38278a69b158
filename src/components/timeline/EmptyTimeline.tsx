/**
 * When the filters match nothing, the timeline says so itself, names the filters, and offers to
 * drop the one that stands in the way: "No events with Vladimir Putin and “sanctions”. Remove
 * “sanctions”: 6 events". An empty grid alone reads as a broken page.
 */
import { useMemo } from 'react';
import { relaxations, type Criterion } from '../../engine/filter';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { criterionPhrase, dropCriterion } from '../filters/filterPhrases';

/** The order criteria are named in, as the filters panel lists them. */
const NAMED_ORDER: readonly Criterion[] = [
  'actors',
  'types',
  'statuses',
  'kinds',
  'disputed',
  'single',
  'sources',
  'dates',
  'query',
];
/** At most this many "Remove …" suggestions; Reset filters is always there. */
const MAX_SUGGESTIONS = 3;

export function EmptyTimeline() {
  const index = useAppStore((s) => s.index);
  const search = useAppStore((s) => s.search);
  const filters = useAppStore((s) => s.filters);
  const result = useFilterResult();
  const empty = result !== null && result.count === 0 && !result.searchPending;
  const dropped = useMemo(
    () => (empty && index ? relaxations(index, search, filters) : []),
    [empty, index, search, filters],
  );
  if (!empty || !index || dropped.length === 0) return null;
  const actions = useAppStore.getState();
  const named = [...dropped].sort((a, b) => NAMED_ORDER.indexOf(a.criterion) - NAMED_ORDER.indexOf(b.criterion));
  const suggestions = dropped.filter((d) => d.count > 0).slice(0, MAX_SUGGESTIONS);
  return (
    <div className="sl-timeline__empty" data-testid="timeline-empty">
      <p role="status">
        <strong>No events</strong> with {named.map((d) => criterionPhrase(d.criterion, filters, index)).join(' and ')}.
      </p>
      <ul aria-label="Ways to see events">
        {suggestions.map(({ criterion, count }) => (
          <li key={criterion}>
            <button type="button" className="sl-button" onClick={() => dropCriterion(criterion, actions)}>
              Remove {criterionPhrase(criterion, filters, index)}: {count.toLocaleString('en-US')}{' '}
              {count === 1 ? 'event' : 'events'}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="sl-button" onClick={actions.resetFilters}>
            Reset filters
          </button>
        </li>
      </ul>
    </div>
  );
}
