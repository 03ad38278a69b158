/** Says so when the filters match nothing, and offers the way out. */
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function EmptyResult() {
  const result = useFilterResult();
  const reset = useAppStore((s) => s.resetFilters);
  if (!result || result.count > 0) return null;
  return (
    <div className="sl-empty">
      <p>No events match these filters.</p>
      <button type="button" className="sl-button" onClick={reset}>
        Reset filters
      </button>
    </div>
  );
}
