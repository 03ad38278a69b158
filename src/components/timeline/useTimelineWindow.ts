/**
 * The window the timeline shows: the store's, or while the store names none (`window: null`), the
 * window the dataset opens on at this width (store/selectors.ts, selectOpeningWindow), moved if need
 * be so that an event a link opens is not under the details' drawer. That one is framed once per
 * dataset and then kept: a resize, a filter or an opened panel does not move it,
 * and it is not written back into the store (it is not the reader's choice, and the address bar
 * does not hold it).
 */
import { useState } from 'react';
import type { EventIndex } from '../../engine/eventIndex';
import { selectOpeningWindow } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { TimeSpan } from '../../engine/timeSpan';
import { withSelectionInSight } from '../../store/viewActions';

export function useTimelineWindow(widthPx: number): TimeSpan | null {
  const index = useAppStore((s) => s.index);
  const window = useAppStore((s) => s.window);
  const [framed, setFramed] = useState<{ index: EventIndex; window: TimeSpan } | null>(null);
  const kept = framed !== null && framed.index === index ? framed.window : null;
  // Computed only until the dataset is framed: the rule runs over every match, which a keystroke
  // in the search box must not wait for at 100,000 events.
  const opening = useAppStore((s) => (s.window === null && kept === null ? selectOpeningWindow(s, widthPx) : null));
  if (window) return window;
  if (kept) return kept;
  // Framed once the timeline has a width; before that the opening window is the whole span.
  if (index && opening && widthPx > 0) setFramed({ index, window: withSelectionInSight(opening, widthPx) });
  return opening;
}
