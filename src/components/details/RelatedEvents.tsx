/** Links from an event to the events it relates to (and those that relate to it), which select them. */
import { titleOf, type EventIndex } from '../../engine/eventIndex';
import { relatedLinks } from '../../engine/related';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store';
import { encodeUrlState, urlStateOf } from '../../store/urlState';
import { showEvent } from '../../store/viewActions';
import { clipText } from '../../format/clip';
import { focusEventDetails } from '../common/focus';
import { RELATION_LABELS } from '../common/labels';

/** Related events listed before "Show all": the evidence comes first. */
const INITIAL_RELATED = 2;

export function RelatedEvents({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  // Subscribed, so that each link (to open in a new tab, or to copy) carries the view as it is now.
  const view = useAppStore(useShallow(urlStateOf));
  const [all, setAll] = useState(false);
  const links = relatedLinks(index, ordinal);
  if (links.length === 0) return null;
  const shown = all ? links : links.slice(0, INITIAL_RELATED);
  const open = (id: string) => {
    if (!index.eventOrdinal.has(id)) return;
    showEvent(id);
    focusEventDetails();
  };
  return (
    <>
      <div className="sl-related__head">
        <h3 className="sl-details__section">Related events ({links.length.toLocaleString('en-US')})</h3>
        {shown.length < links.length && (
          <button type="button" className="sl-button sl-button--link" onClick={() => setAll(true)}>
            Show all {links.length.toLocaleString('en-US')} related events
          </button>
        )}
      </div>
      <ul className="sl-related">
        {shown.map((link, i) => {
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
