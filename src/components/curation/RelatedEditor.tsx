/** Links from this event to others: "this event responds to that one", and so on. */
import { RELATIONS } from '../../dataset/vocabulary';
import type { Related } from '../../dataset/types';
import { setRelated } from '../../curation/eventEdits';
import { edit, optionsOf, SelectField, useDraftData } from './fields';

export function RelatedEditor({ eventIndex }: { eventIndex: number }) {
  const data = useDraftData();
  const event = data?.dataset.events[eventIndex];
  if (!data || !event) return null;
  const related = event.related ?? [];
  const others = data.dataset.events.filter((_, i) => i !== eventIndex);
  const set = (next: Related[]) => edit((d) => setRelated(d, eventIndex, next));
  const eventOptions = others.map((e) => ({ value: e.id, label: e.title || e.id }));
  return (
    <section aria-labelledby={`cu-related-${eventIndex}`}>
      <h4 id={`cu-related-${eventIndex}`}>Related events</h4>
      {related.map((link, r) => (
        <div key={r} className="cu-inline">
          <SelectField
            label="This event"
            path={['events', eventIndex, 'related', r, 'relation']}
            value={link.relation}
            options={optionsOf(RELATIONS)}
            onChange={(relation) => relation && set(related.map((l, i) => (i === r ? { ...l, relation } : l)))}
          />
          <SelectField
            label="Event"
            path={['events', eventIndex, 'related', r, 'event']}
            value={link.event}
            options={eventOptions}
            onChange={(id) => id && set(related.map((l, i) => (i === r ? { ...l, event: id } : l)))}
          />
          <button type="button" className="sl-button" onClick={() => set(related.filter((_, i) => i !== r))}>
            Remove the link
          </button>
        </div>
      ))}
      <button
        type="button"
        className="sl-button"
        disabled={others.length === 0}
        onClick={() => set([...related, { relation: 'responds-to', event: others[0]!.id }])}
      >
        Add a link to another event
      </button>
    </section>
  );
}
