/** Links from an event to the events it relates to (and those that relate to it), which select them. */
import { eventAt, idOf, incomingLinksOf, titleOf, type EventIndex } from '../engine/eventIndex';
import { useAppStore } from '../store/store';
import { encodeUrlState } from '../store/urlState';
import { urlStateOf } from '../store/urlSync';
import { showEvent } from '../store/viewActions';
import { clipText } from '../format/clip';
import { focusEventDetails } from './focus';

const RELATION_LABELS: Record<string, string> = {
  'responds-to': 'Responds to',
  disputes: 'Disputes',
  supports: 'Supports',
  follows: 'Follows',
  precedes: 'Precedes',
  'part-of': 'Part of',
  'context-for': 'Context for',
};

const INVERSE_LABELS: Record<string, string> = {
  'responds-to': 'Response',
  disputes: 'Disputed by',
  supports: 'Supported by',
  follows: 'Followed by',
  precedes: 'Preceded by',
  'part-of': 'Includes',
  'context-for': 'Context',
};

export function RelatedEvents({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  const event = eventAt(index, ordinal);
  const links: { label: string; id: string }[] = (event.related ?? []).map((link) => ({
    label: RELATION_LABELS[link.relation] ?? link.relation,
    id: link.event,
  }));
  for (const link of incomingLinksOf(index, ordinal)) {
    links.push({ label: INVERSE_LABELS[link.relation] ?? link.relation, id: idOf(index, link.from) });
  }
  if (links.length === 0) return null;
  const open = (id: string) => {
    if (!index.eventOrdinal.has(id)) return;
    showEvent(id);
    focusEventDetails();
  };
  return (
    <>
      <h3 className="sl-details__section">Related events</h3>
      <ul className="sl-related">
        {links.map((link, i) => {
          const target = index.eventOrdinal.get(link.id);
          const title = target === undefined ? link.id : titleOf(index, target);
          return (
            <li key={`${link.id}-${i}`}>
              <span className="sl-related__relation">{link.label}:</span>{' '}
              <a
                dir="auto"
                href={`?${encodeUrlState({ ...urlStateOf(useAppStore.getState()), event: link.id })}`}
                onClick={(e) => {
                  e.preventDefault();
                  open(link.id);
                }}
              >
                <bdi>{clipText(title, 300).text}</bdi>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
