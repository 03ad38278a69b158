/** The events list under its heading, with the empty-result message: in the full and the embedded layout. */
import { EmptyResult } from './EmptyResult';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { EventList } from './EventList';
import { EVENTS_LIST_ID } from '../common/focus';

export function EventsSection({ className = '', hidden = false }: { className?: string; hidden?: boolean }) {
  return (
    // Focusable from a script only: "Skip to events list" lands here.
    <section
      id={EVENTS_LIST_ID}
      tabIndex={-1}
      className={`sl-events ${className}`.trim()}
      aria-label="Events list"
      hidden={hidden}
    >
      <h2 className="sl-section-title">Events</h2>
      <EmptyResult />
      <ErrorBoundary name="the events list">
        <EventList />
      </ErrorBoundary>
    </section>
  );
}
