/**
 * A dataset's page is drawn in steps, each in a task of its own, so that opening a large dataset
 * never holds the page for long: between them the browser paints, moves the progress bar and
 * answers input. First the header, the filters and the counts; then the events list; then the
 * timeline's lanes and axis on its opening window; then the timeline's items (which vis-timeline
 * takes in a hundred at a time: see TimelineView). At 100,000 events each step is a few tens of
 * milliseconds, where drawing it all at once held the page for half a second. A small dataset is
 * drawn at once: each step costs a render and a layout of its own, which at the bundled 64 events
 * only delays the first painted timeline.
 *
 * On the page's first dataset, a small one is drawn timeline first: the header, the toolbar and the
 * timeline, then, once the timeline has painted, the panels around it (`AfterTimeline`: filters,
 * overview, legend, list, details), which keep their place meanwhile, so that nothing moves. At the
 * bundled 64 events rendering those panels took as long as drawing the timeline, and came first.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { EventIndex } from '../../engine/eventIndex';
import { useAppStore } from '../../store/store';
import { inNextTask } from '../../tasks/nextTask';

export const STEPS = { panels: 0, list: 1, timelineFrame: 2, timelineItems: 3 } as const;
const LAST_STEP = STEPS.timelineItems;
/** From this many events on, the page is drawn in steps (at 10,000 the longest step is ~50 ms of CPU). */
const STEPPED_FROM = 2_000;

const firstStep = (index: { count: number } | null) => (index && index.count < STEPPED_FROM ? LAST_STEP : STEPS.panels);

/** Outside DrawInSteps everything is drawn at once. */
const DrawingStep = createContext<number>(LAST_STEP);
const RestOfPage = createContext<boolean>(true);

/** The mark TimelinePanel sets in the frame after the timeline first drew its items. */
const TIMELINE_PAINTED = 'sourceline:timeline-painted';
/** The panels come at the latest this long after the dataset, should the timeline not paint (no events). */
const REST_AT_LATEST_MS = 1000;
/** Whether the page has shown its first dataset in full: later ones are drawn as usual. */
let firstShown = false;

/** Calls `then` once the timeline has painted, or after REST_AT_LATEST_MS; returns a cancel function. */
function afterTimelinePaint(then: () => void): () => void {
  const done = () => {
    observer?.disconnect();
    clearTimeout(timer);
    then();
  };
  const timer = setTimeout(done, REST_AT_LATEST_MS);
  const observer =
    typeof PerformanceObserver === 'undefined'
      ? null
      : new PerformanceObserver((list) => {
          if (list.getEntriesByName(TIMELINE_PAINTED).length > 0) done();
        });
  observer?.observe({ type: 'mark' });
  return () => {
    observer?.disconnect();
    clearTimeout(timer);
  };
}

/** Provides the step reached for the dataset shown; a new dataset starts again from the first. */
export function DrawInSteps({ children }: { children: ReactNode }) {
  const index = useAppStore((s) => s.index);
  const [reached, setReached] = useState<{ index: typeof index; step: number }>(() => ({
    index,
    step: firstStep(index),
  }));
  const step = reached.index === index ? reached.step : firstStep(index);
  useEffect(() => {
    if (index === null || step >= LAST_STEP) return;
    return inNextTask(() => setReached({ index, step: step + 1 }));
  }, [index, step]);
  const [restFor, setRestFor] = useState<EventIndex | null>(null);
  const timelineFirst = index !== null && index.count < STEPPED_FROM && !firstShown;
  const rest = !timelineFirst || restFor === index;
  useEffect(() => {
    if (rest || index === null) return;
    return afterTimelinePaint(() => {
      firstShown = true;
      setRestFor(index);
    });
  }, [rest, index]);
  return (
    <DrawingStep.Provider value={step}>
      <RestOfPage.Provider value={rest}>{children}</RestOfPage.Provider>
    </DrawingStep.Provider>
  );
}

/**
 * Panels drawn after the timeline on the first paint of a small dataset (see above); `placeholder`
 * holds their place until then (what sits above the timeline must, so that it does not move).
 */
export function AfterTimeline({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  return useContext(RestOfPage) ? children : placeholder;
}

/** Whether the page has reached `step` in drawing the dataset shown. */
export function useReachedStep(step: number): boolean {
  return useContext(DrawingStep) >= step;
}
