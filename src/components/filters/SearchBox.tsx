/** The search box: titles, summaries, quotes, actor names and aliases; case and accents ignored. */
import { useId } from 'react';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function SearchBox() {
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const pending = useFilterResult()?.searchPending ?? false;
  const hintId = useId();
  return (
    <div className="sl-search">
      <label htmlFor={`${hintId}-input`} className="sl-facet__legend">
        Search
      </label>
      <input
        id={`${hintId}-input`}
        type="search"
        aria-label="Search events"
        aria-describedby={hintId}
        placeholder="e.g. sanctions, Erdogan"
        value={query}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={hintId} className="sl-hint">
        {pending
          ? 'Indexing the text… search applies in a moment.'
          : 'Words match titles, summaries, quotes and actor names.'}
      </p>
    </div>
  );
}
