/** One event's fields: what it is, when, who, its claims, its accounts and its links. */
import { EVENT_STATUSES, EVENT_TYPES } from '../../dataset/vocabulary';
import { updateEvent } from '../../curation/eventEdits';
import { AccountEditor } from './AccountEditor';
import { ActorPicker } from './ActorPicker';
import { ClaimsEditor } from './ClaimsEditor';
import { ClaimsPreview } from './ClaimsPreview';
import { DateField } from './DateField';
import { edit, optionsOf, SelectField, TextField, useDraftData } from './fields';
import { RelatedEditor } from './RelatedEditor';

export function EventForm({ index }: { index: number }) {
  const data = useDraftData();
  const event = data?.dataset.events[index];
  if (!data || !event) return null;
  const path = ['events', index];
  const set = (patch: Parameters<typeof updateEvent>[2], field: string) =>
    edit((d) => updateEvent(d, index, patch), `event-${index}-${field}`);
  return (
    <section className="cu-event" aria-labelledby="cu-event-title">
      <h3 id="cu-event-title">
        Event: <bdi>{event.title || 'untitled'}</bdi>
      </h3>
      <TextField
        label="Title"
        path={[...path, 'title']}
        value={event.title}
        required
        hint="In your own neutral words; quotation marks only around words an article prints."
        onChange={(title) => set({ title }, 'title')}
      />
      <TextField
        label="Id"
        path={[...path, 'id']}
        value={event.id}
        hint="Used in links (?event=…): letters, digits and - _ . : only."
        onChange={(id) => set({ id }, 'id')}
      />
      <div className="cu-grid">
        <SelectField
          label="Type"
          path={[...path, 'type']}
          value={event.type}
          options={optionsOf(EVENT_TYPES)}
          onChange={(type) => set({ type: type || 'other' }, 'type')}
        />
        <SelectField
          label="Status"
          path={[...path, 'status']}
          value={event.status}
          options={optionsOf(EVENT_STATUSES)}
          onChange={(status) => set({ status: status || 'occurred' }, 'status')}
        />
      </div>
      <DateField eventIndex={index} />
      <TextField
        label="Date note"
        path={[...path, 'dateNote']}
        value={event.dateNote ?? ''}
        hint="How the date was worked out from the text (e.g. “Thursday” in an article of Friday 28 January)."
        onChange={(dateNote) => set({ dateNote }, 'dateNote')}
      />
      <TextField
        label="Summary"
        path={[...path, 'summary']}
        multiline
        value={event.summary ?? ''}
        onChange={(summary) => set({ summary }, 'summary')}
      />
      <ActorPicker eventIndex={index} />
      <ClaimsEditor eventIndex={index} />
      <h4 id={`cf-events-${index}-excerpts`} tabIndex={-1}>
        Accounts ({event.excerpts.length})
      </h4>
      {event.excerpts.length === 0 && (
        <p className="cu-hint">Select a passage in the article and add it as an account.</p>
      )}
      {event.excerpts.map((_, x) => (
        <AccountEditor key={x} eventIndex={index} excerptIndex={x} />
      ))}
      <ClaimsPreview event={event} sources={data.dataset.sources} />
      <RelatedEditor eventIndex={index} />
    </section>
  );
}
