/**
 * Shared by the component tests only (not a test file itself). Components render into happy-dom
 * with React Testing Library; those that read the store get it through its real actions, from a
 * fresh state in every test.
 */
import { act, cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { EventIndex } from '../../engine/eventIndex';
import { indexOf, type DatasetSpec } from '../../engine/testing.test-utils';
import { INITIAL_STATE, useAppStore, type AppState, type DatasetOrigin } from '../../store/store';
import { INITIAL_VIEWPORT, useViewport } from '../../store/viewport';

export {
  dataset,
  indexOf,
  searchIndexOf,
  sourcesByOutlet,
  startingOn,
  utc,
  type DatasetSpec,
} from '../../engine/testing.test-utils';
export { claimsOf, excerpt } from '../../dataset/testing.test-utils';

/**
 * Call once at the top of a component test file. Vitest runs here without globals, so React
 * Testing Library cannot register its own cleanup: each test starts with the store as the app
 * starts, and ends with the page emptied. React is told it runs under act(), so that an update
 * left outside act() is reported rather than passing by chance.
 */
export function isolateComponentTests(): void {
  const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let previous: boolean | undefined;
  beforeAll(() => {
    previous = actFlag.IS_REACT_ACT_ENVIRONMENT;
    actFlag.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterAll(() => {
    actFlag.IS_REACT_ACT_ENVIRONMENT = previous;
  });
  beforeEach(() => {
    useAppStore.setState(INITIAL_STATE);
    useViewport.setState(INITIAL_VIEWPORT);
  });
  afterEach(() => cleanup());
}

export const store = () => useAppStore.getState();

/** Shows a dataset as opening one does (the store's own action), inside act() so that React sees it. */
export function showDataset(spec: DatasetSpec | EventIndex, origin: DatasetOrigin = { kind: 'bundled' }): EventIndex {
  const index = 'count' in spec ? spec : indexOf(spec);
  act(() => store().showDataset(index, origin));
  return index;
}

/** Runs store actions inside act(), for changes made from outside the components. */
export function inStore(change: () => void): void {
  act(change);
}

/**
 * Waits, with no deadline of its own, until the store's state satisfies `holds` (work the app does
 * in the background: a load, a dynamic import), then lets React render it. Polling with a timeout
 * (findBy, waitFor) would fail on a machine slow enough to take longer than the timeout.
 */
export async function untilStore(holds: (state: AppState) => boolean): Promise<void> {
  await act(
    () =>
      new Promise<void>((resolve) => {
        if (holds(store())) return resolve();
        const unsubscribe = useAppStore.subscribe((state) => {
          if (!holds(state)) return;
          unsubscribe();
          resolve();
        });
      }),
  );
}

/** Waits for the next animation frame (where the app moves focus), its work rendered. */
export async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** A title, quote or name that would be an element if it were ever set as HTML. */
export const MARKUP = '<img src=x onerror="alert(1)">';
