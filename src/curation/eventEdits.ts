/** Edits of events: new ones, their fields, their links to other events, their removal. */
import type { Related, TimelineEvent } from '../dataset/types';
import type { EventStatus, EventType } from '../dataset/vocabulary';
import { takenIds, uniqueId, type DraftData } from './draft';
import { patched, withDataset, withEvent, type Patch } from './editHelpers';

// Events -------------------------------------------------------------------------------------

export interface NewEvent {
  title: string;
  start: string;
  type?: EventType;
  status?: EventStatus;
  dateNote?: string;
}

export function addEvent(data: DraftData, fields: NewEvent): [DraftData, number] {
  const id = uniqueId(
    fields.title ? `${fields.start} ${fields.title}` : `event ${data.dataset.events.length + 1}`,
    takenIds(data.dataset),
    'event',
  );
  const event = patched<TimelineEvent>(
    {
      id,
      title: fields.title,
      type: fields.type ?? 'other',
      status: fields.status ?? 'occurred',
      start: fields.start,
      actors: [],
      excerpts: [],
    },
    { dateNote: fields.dateNote },
    ['title'],
  );
  return [withDataset(data, (d) => ({ ...d, events: [...d.events, event] })), data.dataset.events.length];
}

export type EventFields = Pick<
  TimelineEvent,
  'id' | 'title' | 'type' | 'status' | 'start' | 'end' | 'timeZone' | 'dateNote' | 'summary' | 'actors'
>;

export function updateEvent(data: DraftData, index: number, patch: Patch<EventFields>): DraftData {
  const before = data.dataset.events[index];
  let next = withEvent(data, index, (event) =>
    patched(event, patch, ['id', 'title', 'type', 'status', 'start', 'actors']),
  );
  // A renamed event keeps its links: the events that refer to it follow.
  if (before && patch.id !== undefined && patch.id !== before.id) {
    next = withDataset(next, (d) => ({
      ...d,
      events: d.events.map((event) =>
        event.related?.some((r) => r.event === before.id)
          ? { ...event, related: event.related.map((r) => (r.event === before.id ? { ...r, event: patch.id! } : r)) }
          : event,
      ),
    }));
  }
  return next;
}

/** Removes an event, and the links other events had to it. */
export function removeEvent(data: DraftData, index: number): DraftData {
  const removed = data.dataset.events[index];
  if (!removed) return data;
  return withDataset(data, (d) => ({
    ...d,
    events: d.events
      .filter((_, i) => i !== index)
      .map((event) =>
        event.related?.some((r) => r.event === removed.id)
          ? patched(event, { related: event.related.filter((r) => r.event !== removed.id) })
          : event,
      ),
  }));
}

export function setRelated(data: DraftData, index: number, related: Related[]): DraftData {
  return withEvent(data, index, (event) => patched(event, { related }));
}
