/** Moving the selection through the matched events in time order (arrow keys in timeline and list). */
import { selectMatchedOrdinals, selectSelectedOrdinal } from './selectors';
import { useAppStore } from './store';
import { currentWindow, showEvent } from './viewActions';
import { lowerBound } from '../engine/binarySearch';
import { idOf, lowerBoundStart } from '../engine/eventIndex';

export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * Selects the event one step away from the current one and brings it into view. With nothing
 * selected, the step starts from `fromId` (the list row that has focus) if given, else from what
 * is on screen.
 */
export function stepSelection(step: Step, fromId?: string): string | null {
  const state = useAppStore.getState();
  const matched = selectMatchedOrdinals(state);
  if (!state.index || !matched || matched.length === 0) return null;
  const from =
    selectSelectedOrdinal(state) ?? (fromId === undefined ? null : (state.index.eventOrdinal.get(fromId) ?? null));
  const target = targetOrdinal(matched, from, step, state.index);
  if (target === null) return null;
  const id = idOf(state.index, target);
  showEvent(id);
  return id;
}

function targetOrdinal(
  matched: Uint32Array,
  selected: number | null,
  step: Step,
  index: Parameters<typeof lowerBoundStart>[0],
): number | null {
  if (step === 'first') return matched[0]!;
  if (step === 'last') return matched[matched.length - 1]!;
  if (selected === null) {
    // Start from what is on screen rather than from the beginning of time.
    const view = currentWindow();
    const firstInView = view ? lowerBound(matched, lowerBoundStart(index, view.start)) : 0;
    const at = step === 'next' ? firstInView : firstInView - 1;
    return matched[Math.min(Math.max(at, 0), matched.length - 1)]!;
  }
  const position = lowerBound(matched, selected);
  const isMatched = matched[position] === selected;
  const at = step === 'next' ? (isMatched ? position + 1 : position) : position - 1;
  return at >= 0 && at < matched.length ? matched[at]! : null;
}
