/**
 * A dataset's page is drawn in steps, each in a task of its own, so that opening a large dataset
 * never holds the page for long: between them the browser paints, moves the progress bar and
 * answers input. First the header, the filters and the counts; then the events list; then the
 * timeline's lanes and axis on its opening window; then the timeline's items (which vis-timeline
 * takes in a hundred at a time: see TimelineView). At 100,000 events each step is a few tens of
 * milliseconds, where drawing it all at once held the page for half a second. A small dataset is
 * drawn at once: each step costs a render and a layout of its own, which at the bundled 64 events
 * only delays the first painted timeline.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';
import { inNextTask } from '../../tasks/nextTask';

export const STEPS = { panels: 0, list: 1, timelineFrame: 2, timelineItems: 3 } as const;
const LAST_STEP = STEPS.timelineItems;
/** From this many events on, the page is drawn in steps (at 10,000 the longest step is ~50 ms of CPU). */
const STEPPED_FROM = 2_000;

const firstStep = (index: { count: number } | null) => (index && index.count < STEPPED_FROM ? LAST_STEP : STEPS.panels);

/** Outside DrawInSteps everything is drawn at once. */
const DrawingStep = createContext<number>(LAST_STEP);

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
  return <DrawingStep.Provider value={step}>{children}</DrawingStep.Provider>;
}

/** Whether the page has reached `step` in drawing the dataset shown. */
export function useReachedStep(step: number): boolean {
  return useContext(DrawingStep) >= step;
}
