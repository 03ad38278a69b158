/**
 * While a filter is on, says how many of the matches lie outside the timeline's window ("5 of 8
 * matches are outside the view") and offers to fit the window to all of them.
 */
import { useDeferredValue, useMemo } from 'react';
import { isFiltering } from '../../engine/filter';
import { countInView } from '../../engine/visibility';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { fitMatches } from '../../store/viewActions';
import { useWindowOnScreen } from '../../store/viewport';

export function OutOfViewNotice() {
  const index = useAppStore((s) => s.index);
  const window = useWindowOnScreen();
  const filtering = useAppStore((s) => isFiltering(s.filters));
  const result = useDeferredValue(useFilterResult());
  const outside = useMemo(
    () => (index && result && window && filtering ? result.count - countInView(index, result.matched, window) : 0),
    [index, result, window, filtering],
  );
  if (!result || outside <= 0) return null;
  const total = result.count.toLocaleString('en-US');
  return (
    <div className="sl-out-of-view" data-testid="out-of-view">
      <p>
        {`${outside.toLocaleString('en-US')} of ${total} ${result.count === 1 ? 'match' : 'matches'}`}{' '}
        {outside === 1 ? 'is' : 'are'} outside the view.
      </p>
      <button type="button" className="sl-button" onClick={fitMatches}>
        Show all matches
      </button>
    </div>
  );
}
