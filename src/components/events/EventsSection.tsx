/** The events list under its heading, with the empty-result message: in the full and the embedded layout. */
import { EmptyResult } from './EmptyResult';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { EventList } from './EventList';

export function EventsSection({ className = '' }: { className?: string }) {
  return (
    <section className={`sl-events ${className}`.trim()} aria-label="Events list">
      <h2 className="sl-section-title">Events</h2>
      <EmptyResult />
      <ErrorBoundary name="the events list">
        <EventList />
      </ErrorBoundary>
    </section>
  );
}
