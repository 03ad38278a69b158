/** Links from an event to the events it relates to (and those that relate to it), which select them. */
import { titleOf, type EventIndex } from '../../engine/eventIndex';
import { relatedLinks } from '../../engine/related';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store';
import { encodeUrlState, urlStateOf } from '../../store/urlState';
import { showEvent } from '../../store/viewActions';
import { clipText } from '../../format/clip';
import { focusEventDetails } from '../common/focus';
import { RELATION_LABELS } from '../common/labels';

export function RelatedEvents({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  // Subscribed, so that each link (to open in a new tab, or to copy) carries the view as it is now.
  const view = useAppStore(useShallow(urlStateOf));
  const links = relatedLinks(index, ordinal);
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
          const title = link.ordinal === undefined ? link.eventId : titleOf(index, link.ordinal);
          return (
            <li key={`${link.eventId}-${i}`}>
              <span className="sl-related__relation">{RELATION_LABELS[link.direction][link.relation]}:</span>{' '}
              <a
                dir="auto"
                href={`?${encodeUrlState({ ...view, event: link.eventId })}`}
                onClick={(e) => {
                  e.preventDefault();
                  open(link.eventId);
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
