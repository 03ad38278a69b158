/** Moving keyboard focus between the main parts of the page. */

export const EVENT_DETAILS_HEADING_ID = 'sl-event-details-heading';
export const TIMELINE_ID = 'sl-timeline';
export const EVENTS_LIST_ID = 'sl-events';

/** Moves focus to the timeline (where its arrow keys move through the events). */
export function focusTimeline(): void {
  document.getElementById(TIMELINE_ID)?.focus();
}

/** Moves focus to the open event's heading (after React has rendered it). */
export function focusEventDetails(): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(EVENT_DETAILS_HEADING_ID);
    heading?.focus();
    heading?.scrollIntoView({ block: 'nearest' });
  });
}
