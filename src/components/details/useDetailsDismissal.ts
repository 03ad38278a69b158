/**
 * Closing the event details from anywhere inside them: Escape (or the Close button) closes them and
 * puts focus back where the reader was before they came into the details (the events list row or
 * the timeline), never on the page body.
 */
import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/store';
import { focusTimeline } from '../common/focus';

export function useDetailsDismissal() {
  /** The element focus came from when it entered the details. */
  const cameFrom = useRef<HTMLElement | null>(null);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  };

  const close = () => {
    const { selectedId, select } = useAppStore.getState();
    const from = cameFrom.current;
    // From the events list: the row of the event being closed (the reader may have followed links
    // since, and the list draws only the rows in view, so the row may be a new element).
    const row =
      from?.dataset.eventId !== undefined && selectedId !== null
        ? document.querySelector<HTMLElement>(`.sl-list button[data-event-id="${CSS.escape(selectedId)}"]`)
        : null;
    const target = row ?? (from?.isConnected && !from.closest('.sl-details') ? from : null);
    // Focus moves before the details go, so it never falls to the page body on the way.
    if (target) target.focus();
    else focusTimeline();
    select(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  return { onFocus, onKeyDown, close };
}
