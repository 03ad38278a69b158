/**
 * What a printed page (or a PDF) shows: a clean chronology of the events the filters show, each
 * with its date, title, summary and every account with its citation, links written out in full,
 * and no controls. The screen layout is hidden by the print stylesheet; this takes its place.
 */
import { accountsByClaim } from '../../dataset/claims';
import type { TimelineEvent } from '../../dataset/types';
import {
  endDateOf,
  eventAt,
  isDisputed,
  startDateOf,
  statusOf,
  typeOf,
  type EventIndex,
} from '../../engine/eventIndex';
import { isFiltering } from '../../engine/filter';
import { typeLabel } from '../../engine/lanes';
import { sourceCitation } from '../../format/citation';
import { displayZone, formatWhen } from '../../format/dates';
import { eventLink, pageBase, seenView, viewLink } from '../../store/links';
import { useViewport } from '../../store/viewport';
import { useMatchedOrdinals } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { STATUS_LABELS } from '../common/labels';
import { chipsFor, chipText } from '../filters/ResultSummary';
import { usePrinting } from './usePrinting';

/** A print run of more would be hundreds of pages; the note says how to print the rest. */
export const MAX_PRINTED_EVENTS = 1000;

export function PrintChronology() {
  const printing = usePrinting();
  return printing ? <Chronology /> : null;
}

function Chronology() {
  const index = useAppStore((s) => s.index);
  const filters = useAppStore((s) => s.filters);
  const matched = useMatchedOrdinals();
  if (!index || !matched) return null;
  const base = pageBase(window.location.href);
  const state = useAppStore.getState();
  const link = viewLink(seenView(state, useViewport.getState().shown), base);
  const printed = matched.subarray(0, MAX_PRINTED_EVENTS);
  const filtered = isFiltering(filters);
  return (
    <section className="sl-print" aria-label="Printable chronology">
      <h1>{index.meta.title}</h1>
      <p className="sl-print__meta">
        Sourceline chronology: {matched.length.toLocaleString('en-US')}
        {filtered ? ` of ${index.count.toLocaleString('en-US')}` : ''} events
        {filtered && `, filtered by ${chipsFor(filters, index, state).map(chipText).join('; ')}`}.
        {link && ` This view: ${link}`}
      </p>
      {matched.length > printed.length && (
        <p className="sl-print__meta">
          Only the first {printed.length.toLocaleString('en-US')} are printed: narrow the filters to print the rest.
        </p>
      )}
      <ol className="sl-print__events">
        {Array.from(printed, (ordinal) => (
          <PrintedEvent key={ordinal} index={index} ordinal={ordinal} base={base} />
        ))}
      </ol>
    </section>
  );
}

function PrintedEvent({ index, ordinal, base }: { index: EventIndex; ordinal: number; base: string }) {
  const zoneMode = useAppStore((s) => s.zone);
  // Parsed only while printing, and only the events printed.
  const event = eventAt(index, ordinal);
  const when = formatWhen(
    startDateOf(index, ordinal),
    endDateOf(index, ordinal),
    displayZone(zoneMode, event.timeZone),
    'long',
  );
  const link = eventLink(useAppStore.getState(), base, event.id);
  const status = statusOf(index, ordinal);
  const claimText = new Map((event.claims ?? []).map((claim) => [claim.id, claim.text]));
  return (
    <li className="sl-print__event">
      <p className="sl-print__when">
        {when} · {typeLabel(typeOf(index, ordinal))}
        {status !== 'occurred' && ` · ${STATUS_LABELS[status]}`}
        {isDisputed(index, ordinal) && ' · Disputed'}
      </p>
      <h2>{event.title}</h2>
      {event.summary && <p>{event.summary}</p>}
      <PrintedClaims event={event} />
      <ol className="sl-print__accounts">
        {event.excerpts.map((excerpt, i) => {
          const source = index.sourceById.get(excerpt.source);
          const speaker =
            excerpt.speaker === undefined ? undefined : index.actors[index.actorOrdinal.get(excerpt.speaker) ?? -1];
          const who = [speaker?.name, excerpt.attribution].filter(Boolean).join(', ');
          return (
            <li key={i}>
              <blockquote>“{excerpt.quote}”</blockquote>
              <p className="sl-print__cite">
                {who && `${who}. `}
                {source ? sourceCitation(source) : excerpt.source}
                {excerpt.stance === 'disputes' && ' (disputes)'}
              </p>
              {excerpt.claims?.map((reference) => (
                <p key={reference.claim} className="sl-print__cite">
                  {reference.stance === 'asserts' ? 'Asserts: ' : 'Disputes: '}
                  {claimText.get(reference.claim) ?? reference.claim}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
      {link && <p className="sl-print__link">Sourceline: {link}</p>}
    </li>
  );
}

/** The event's claims, contested first, each with how many accounts assert and dispute it. */
function PrintedClaims({ event }: { event: TimelineEvent }) {
  if (!event.claims?.length) return null;
  const { claims } = accountsByClaim(event);
  return (
    <>
      <h3>Claims</h3>
      <ul className="sl-print__claims">
        {claims.map(({ claim, asserting, disputing }) => (
          <li key={claim.id}>
            {claim.text} (asserted by {accountCount(asserting.length)}
            {disputing.length > 0 ? `; disputed by ${accountCount(disputing.length)}` : ''})
          </li>
        ))}
      </ul>
    </>
  );
}

function accountCount(n: number): string {
  return `${n.toLocaleString('en-US')} account${n === 1 ? '' : 's'}`;
}
