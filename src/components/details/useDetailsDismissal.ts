/**
 * Closing the event details from anywhere inside them: Escape (or the Close button) closes them and
 * puts focus back where the reader was before they came into the details (the events list row or
 * the timeline), never on the page body. The same happens when they close otherwise (the browser's
 * Back), and where the details cover the page (a sheet, an embed's overlay), focus goes into them
 * when they open, since what they cover is inert.
 */
import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/store';
import { EVENT_DETAILS_HEADING_ID, focusTimeline } from '../common/focus';

export function useDetailsDismissal(covers: boolean) {
  /** The element focus came from when it entered the details. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  const shown = useRef<string | null>(null);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
  };

  /** Focus back where the reader came from, for the event `closing`, without moving the page. */
  const focusBack = (closing: string | null) => {
    const from = cameFrom.current;
    // From the events list: the row of the event being closed (the reader may have followed links
    // since, and the list draws only the rows in view, so the row may be a new element).
    const row =
      from?.dataset.eventId !== undefined && closing !== null
        ? document.querySelector<HTMLElement>(`.sl-list button[data-event-id="${CSS.escape(closing)}"]`)
        : null;
    const target = row ?? (from?.isConnected && !from.closest('.sl-details') ? from : null);
    if (target) target.focus({ preventScroll: covers });
    else focusTimeline();
  };

  const close = () => {
    // Focus moves before the details go, so it never falls to the page body on the way.
    focusBack(useAppStore.getState().selectedId);
    useAppStore.getState().select(null);
  };

  useEffect(() => {
    const before = shown.current;
    shown.current = selectedId;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (selectedId === null && before !== null && lost) focusBack(before);
    // What the details cover is inert: focus must be inside them, or nowhere useful.
    if (selectedId !== null && covers && !document.querySelector('.sl-details')?.contains(document.activeElement))
      document.getElementById(EVENT_DETAILS_HEADING_ID)?.focus({ preventScroll: true });
    // focusBack reads refs and the store only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, covers]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  return { onFocus, onKeyDown, close };
}
