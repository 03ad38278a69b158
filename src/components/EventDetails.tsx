/**
 * The event details panel: what happened, when (at its true precision), who was involved, and
 * every account of it, verbatim, with its citation. Competing accounts stand side by side.
 */
import { hasClockTime } from '../dataset/dates';
import type { EventIndex } from '../engine/eventIndex';
import { endDateOf, eventAt, isDisputed, startDateOf, statusOf, typeOf } from '../engine/eventIndex';
import { typeLabel } from '../engine/lanes';
import { displayZone, formatPartialDate, precisionNote, ZONE_MODE_LABELS } from '../format/dates';
import { useSelectedOrdinal } from '../store/selectors';
import { useAppStore } from '../store/store';
import { Account } from './Account';
import { EVENT_DETAILS_HEADING_ID } from './focus';
import { RelatedEvents } from './RelatedEvents';
import { STATUS_LABELS } from './labels';

export function EventDetails() {
  const index = useAppStore((s) => s.index);
  const ordinal = useSelectedOrdinal();
  const select = useAppStore((s) => s.select);
  if (!index || ordinal === null) return null;
  const event = eventAt(index, ordinal);

  return (
    <section className="sl-details" role="region" aria-label="Event details">
      <header className="sl-details__header">
        <p className="sl-details__kicker">
          <span className={`sl-type-dot sl-type-${typeOf(index, ordinal)}`} aria-hidden="true" />
          {typeLabel(typeOf(index, ordinal))}
          <span className={`sl-status-tag sl-status-tag--${statusOf(index, ordinal)}`}>
            {STATUS_LABELS[statusOf(index, ordinal)]}
          </span>
          {isDisputed(index, ordinal) && <span className="sl-disputed-tag">Disputed</span>}
        </p>
        <h2 id={EVENT_DETAILS_HEADING_ID} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="sl-button sl-button--quiet sl-details__close" onClick={() => select(null)}>
          Close<span className="sl-visually-hidden"> event details</span>
        </button>
      </header>
      <EventWhen index={index} ordinal={ordinal} />
      <ActorList index={index} ordinal={ordinal} />
      {event.summary && <p className="sl-details__summary">{event.summary}</p>}
      <h3 className="sl-details__section">
        {event.excerpts.length === 1 ? 'The account' : `The accounts (${event.excerpts.length})`}
      </h3>
      <ol className="sl-accounts">
        {event.excerpts.map((excerpt, i) => (
          <li key={i}>
            <Account excerpt={excerpt} index={index} />
          </li>
        ))}
      </ol>
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
          <p>{event.dateNote}</p>
        </details>
      )}
    </div>
  );
}

function ActorList({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  const onlyActor = useAppStore((s) => s.onlyActor);
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
              title={actor.role ? `${actor.name}, ${actor.role}` : actor.name}
              onClick={() => onlyActor(actor.id)}
            >
              {actor.name}
              <span className="sl-visually-hidden">: show only events involving {actor.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
