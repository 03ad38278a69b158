/**
 * The vis-timeline wrapper, loaded on first use. vis-timeline and its companions are half of the
 * app's JavaScript: as a chunk of their own (main.tsx starts fetching it at once, through loadTimelineView) they are compiled
 * and run in a task of their own instead of lengthening the page's first one.
 *
 * Not React.lazy: a Suspense boundary that resolves soon after showing its fallback is held back
 * by React's reveal throttle (300 ms from the fallback), which delayed every first paint of the
 * timeline by about 200 ms (a Chrome trace showed the commit waiting on a 195 ms timer). A state
 * update when the chunk arrives renders at once.
 */
import { useEffect, useState } from 'react';
import type { TimelineView as View, TimelineViewProps } from '../../timeline/TimelineView';

let TimelineView: typeof View | null = null;
let failure: { error: unknown } | null = null;
let loading: Promise<void> | null = null;
/** Starts fetching the chunk (main.tsx does so at start, while the dataset downloads); once only. */
export const loadTimelineView = () =>
  (loading ??= import('../../timeline/TimelineView').then(
    (module) => {
      // vis-timeline's overrides go in once its code is here, before the first timeline is made.
      module.applyVisPatches();
      TimelineView = module.TimelineView;
    },
    (error: unknown) => void (failure = { error }),
  ));

/** TimelineView once its chunk is in (nothing until then); a chunk that fails to load is thrown to the nearest error boundary. */
export function LazyTimelineView(props: TimelineViewProps) {
  const [settled, setSettled] = useState(TimelineView !== null || failure !== null);
  useEffect(() => {
    if (settled) return;
    let current = true;
    void loadTimelineView().then(() => current && setSettled(true));
    return () => {
      current = false;
    };
  }, [settled]);
  if (failure) throw failure.error;
  return TimelineView ? <TimelineView {...props} /> : null;
}
