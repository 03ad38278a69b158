/**
 * Markers at the timeline's edges for the matched events wholly outside the view: "← 2014: 2
 * events" at the left, "Feb 2022: 3 events →" at the right, on a row over the timeline. Each shows those events (the core of
 * them, so that a far outlier among them leaves a marker of its own). "Fit all" shows the story's
 * core; these are how the rest stays in sight.
 */
import { useDeferredValue, useMemo } from 'react';
import { eventsOutside, type OutsideGroup } from '../../engine/outside';
import { periodLabel } from '../../format/period';
import { useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { fitEvents } from '../../store/viewActions';
import { useWindowOnScreen } from '../../store/viewport';

export function EdgeMarkers() {
  const index = useAppStore((s) => s.index);
  // The settled window: the markers need not follow every frame of a drag.
  const window = useWindowOnScreen();
  const result = useDeferredValue(useFilterResult());
  const outside = useMemo(
    () => (index && result && window ? eventsOutside(index, result.matched, window) : null),
    [index, result, window],
  );
  if (!outside || (!outside.before && !outside.after)) return null;
  return (
    <div className="sl-edge-markers">
      {outside.before && <Marker side="before" group={outside.before} />}
      {outside.after && <Marker side="after" group={outside.after} />}
    </div>
  );
}

function Marker({ side, group }: { side: 'before' | 'after'; group: OutsideGroup }) {
  const what = `${periodLabel(group.start, group.end)}: ${group.count.toLocaleString('en-US')} ${group.count === 1 ? 'event' : 'events'}`;
  return (
    <button
      type="button"
      className={`sl-edge-marker sl-edge-marker--${side}`}
      data-testid={`edge-marker-${side}`}
      onClick={() => fitEvents(group.ordinals)}
    >
      {side === 'before' && <span aria-hidden="true">← </span>}
      {what}
      {side === 'after' && <span aria-hidden="true"> →</span>}
      <span className="sl-visually-hidden"> {side} the view: show them</span>
    </button>
  );
}
