/**
 * The event details panel: what happened and when (at its true precision); for an event with
 * claims, who says what at a glance (the dispute grid) before anything else; who was involved; and
 * its accounts, verbatim, with their citations, competing accounts side by side. Where it is shown
 * (a drawer, a sheet, an overlay in an embed) is the layout's to decide; only "Close" reads "Back"
 * where the details cover the page.
 */
import { useMemo, type ReactNode } from 'react';
import { accountsByClaim } from '../../dataset/claims';
import { hasClockTime } from '../../dataset/dates';
import type { EventIndex } from '../../engine/eventIndex';
import { endDateOf, eventAt, isDisputed, startDateOf, statusOf, typeOf } from '../../engine/eventIndex';
import { typeLabel } from '../../engine/lanes';
import { displayZone, formatPartialDate, precisionNote } from '../../format/dates';
import { useSelectedOrdinal } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { CopyCitation } from './CopyCitation';
import { Coverage } from './Coverage';
import { Evidence } from './Evidence';
import { EVENT_DETAILS_HEADING_ID } from '../common/focus';
import { LongText } from '../common/LongText';
import { useSearchTerms } from '../common/Highlight';
import { RelatedEvents } from './RelatedEvents';
import { clipText } from '../../format/clip';
import { STATUS_LABELS, ZONE_MODE_LABELS } from '../common/labels';
import { useDetailsDismissal } from './useDetailsDismissal';
import { DisputeGrid } from './DisputeGrid';
import { useDetailsPresentation } from '../common/useDetailsPresentation';
import { Provenance } from '../loading/Provenance';

/** The summary shows this much before "Show all": the dispute and the accounts come first. */
const SUMMARY_LIMIT = 200;

/** `actions`: links the layout adds beside Close (an embed's "Open full view", which the overlay covers). */
export function EventDetails({ actions }: { actions?: ReactNode }) {
  const index = useAppStore((s) => s.index);
  const ordinal = useSelectedOrdinal();
  const covers = useDetailsPresentation() !== 'drawer';
  const origin = useAppStore((s) => s.origin);
  const dismissal = useDetailsDismissal(covers);
  const terms = useSearchTerms();
  const event = useMemo(() => (index && ordinal !== null ? eventAt(index, ordinal) : null), [index, ordinal]);
  const grouped = useMemo(() => (event?.claims?.length ? accountsByClaim(event) : null), [event]);
  if (!index || ordinal === null || !event) return null;

  return (
    // Keyed by event, so that nothing expanded in one event ("Show all") carries over to the next.
    <section
      key={event.id}
      className={`sl-details${covers ? ' sl-details--covers' : ''}`}
      role="region"
      aria-label="Event details"
      onKeyDown={dismissal.onKeyDown}
      onFocus={dismissal.onFocus}
    >
      {/* Where the details cover the page, they cover its notice of whose data this is: so it is here too. */}
      {covers && origin.kind !== 'bundled' && <Provenance origin={origin} compact />}
      <header className="sl-details__header">
        <p className="sl-details__kicker">
          <span className={`sl-type-dot sl-type-${typeOf(index, ordinal)}`} aria-hidden="true" />
          {typeLabel(typeOf(index, ordinal))}
          <span className={`sl-status-tag sl-status-tag--${statusOf(index, ordinal)}`}>
            {STATUS_LABELS[statusOf(index, ordinal)]}
          </span>
          {isDisputed(index, ordinal) && <span className="sl-disputed-tag">Disputed</span>}
        </p>
        <LongText
          as="h2"
          id={EVENT_DETAILS_HEADING_ID}
          tabIndex={-1}
          text={event.title}
          limit={400}
          noun="title"
          highlight={terms}
        />
        {actions && <p className="sl-details__actions">{actions}</p>}
        <button type="button" className="sl-button sl-button--quiet sl-details__close" onClick={dismissal.close}>
          {covers ? (
            <>
              <span aria-hidden="true">← </span>Back<span className="sl-visually-hidden">: close event details</span>
            </>
          ) : (
            <>
              Close<span className="sl-visually-hidden"> event details</span>
            </>
          )}
        </button>
      </header>
      <EventWhen index={index} ordinal={ordinal} />
      {grouped && <DisputeGrid grouped={grouped} event={event} index={index} />}
      <div className="sl-details__row">
        <ActorList index={index} ordinal={ordinal} />
        <CopyCitation key={event.id} index={index} ordinal={ordinal} />
      </div>
      {event.summary && (
        <LongText
          className="sl-details__summary"
          text={event.summary}
          limit={SUMMARY_LIMIT}
          noun="summary"
          highlight={terms}
        />
      )}
      <Coverage index={index} ordinal={ordinal} besideGrid={grouped !== null} />
      <Evidence event={event} index={index} grouped={grouped} />
      <RelatedEvents index={index} ordinal={ordinal} />
    </section>
  );
}

function EventWhen({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  const zoneMode = useAppStore((s) => s.zone);
  const event = eventAt(index, ordinal);
  const start = startDateOf(index, ordinal);
  const end = endDateOf(index, ordinal);
  const zone = displayZone(zoneMode, event.timeZone);
  const timed = hasClockTime(start) || (end !== undefined && hasClockTime(end));
  const note = precisionNote(start);
  return (
    <div className="sl-details__when">
      {event.displayDate && (
        // How the file wrote the date (TimelineJS's Display Date), beside the date it stands for.
        <p className="sl-details__display-date">
          <span className="sl-details__precision">As written: </span>
          <LongText as="bdi" text={event.displayDate} limit={300} noun="date as written" />
        </p>
      )}
      <p>
        <time dateTime={start.text}>{formatPartialDate(start, zone, 'long')}</time>
        {end && (
          <>
            {' – '}
            <time dateTime={end.text}>{formatPartialDate(end, zone, 'long')}</time>
          </>
        )}
        {note && <span className="sl-details__precision"> ({note})</span>}
      </p>
      {timed && (
        <p className="sl-details__zone">
          Times shown: {ZONE_MODE_LABELS[zoneMode].toLowerCase()}
          {zoneMode === 'event' && event.timeZone ? ` (${event.timeZone})` : ''}.
        </p>
      )}
      {event.dateNote && (
        <details className="sl-details__derivation">
          <summary>How this date was worked out</summary>
          <LongText text={event.dateNote} limit={3_000} noun="note" />
        </details>
      )}
    </div>
  );
}

function ActorList({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  const setFacet = useAppStore((s) => s.setFacet);
  const event = eventAt(index, ordinal);
  const actors = event.actors.map((id) => index.actors[index.actorOrdinal.get(id)!]!).filter(Boolean);
  if (actors.length === 0) return null;
  return (
    <div className="sl-details__actors">
      <h3 className="sl-visually-hidden">Actors</h3>
      <ul className="sl-chips" aria-label="Actors">
        {actors.map((actor) => (
          <li key={actor.id}>
            <button
              type="button"
              className="sl-chip sl-chip--actor"
              title={clipText(actor.role ? `${actor.name}, ${actor.role}` : actor.name, 300).text}
              onClick={() => setFacet('actors', [actor.id])}
            >
              <bdi>{clipText(actor.name, 200).text}</bdi>
              <span className="sl-visually-hidden">: show only events involving </span>
              <bdi className="sl-visually-hidden">{clipText(actor.name, 200).text}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
