/** The events: the article to select from on one side, the list of events and the one being edited on the other. */
import { addEvent, removeEvent } from '../../curation/eventEdits';
import { ArticleReader } from './ArticleReader';
import { setEditor, useEditor } from './editorState';
import { EventForm } from './EventForm';
import { edit, useDraftData } from './fields';

export function EventsTab() {
  const data = useDraftData();
  const eventIndex = useEditor((s) => s.eventIndex);
  if (!data) return null;
  const { events } = data.dataset;
  const current = eventIndex !== null && events[eventIndex] ? eventIndex : null;
  return (
    <div className="cu-events">
      <ArticleReader />
      <div className="cu-event-side">
        <section aria-labelledby="cu-events-title">
          <h3 id="cu-events-title">Events ({events.length})</h3>
          <ul className="cu-event-list">
            {events.map((event, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="sl-button sl-button--link"
                  aria-current={i === current ? 'true' : undefined}
                  onClick={() => setEditor({ eventIndex: i })}
                >
                  <bdi>{event.title || 'Untitled event'}</bdi>
                </button>{' '}
                <span className="cu-hint">
                  {event.start || 'no date'} · {event.excerpts.length} account{event.excerpts.length === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="sl-button"
            onClick={() => {
              let index = 0;
              edit((d) => {
                const [next, made] = addEvent(d, { title: '', start: '' });
                index = made;
                return next;
              });
              setEditor({ eventIndex: index, focusPath: ['events', index, 'title'] });
            }}
          >
            New event
          </button>
        </section>
        {current !== null && (
          <>
            <EventForm index={current} />
            <button
              type="button"
              className="sl-button"
              onClick={() => {
                edit((d) => removeEvent(d, current));
                setEditor({ eventIndex: null, message: 'Deleted the event (Undo brings it back).' });
              }}
            >
              Delete this event
            </button>
          </>
        )}
      </div>
    </div>
  );
}
