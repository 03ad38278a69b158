/** A polite live region that tells screen-reader users which event is selected. */
import { useAppStore } from '../../store/store';
import { clipText } from '../../format/clip';
import { formatWhen, displayZone } from '../../format/dates';
import { endDateOf, startDateOf, timeZoneOf, titleOf } from '../../engine/eventIndex';

export function Announcer() {
  const message = useAppStore((state) => {
    const { index, selectedId, zone } = state;
    if (!index || selectedId === null) return '';
    const ordinal = index.eventOrdinal.get(selectedId);
    if (ordinal === undefined) return '';
    const zoneShown = displayZone(zone, timeZoneOf(index, ordinal));
    const when = formatWhen(startDateOf(index, ordinal), endDateOf(index, ordinal), zoneShown);
    // A title may be megabytes long; laying that out, even hidden, froze the page for seconds.
    return `Selected: ${clipText(titleOf(index, ordinal), 300).text}, ${when}.`;
  });
  return (
    <div className="sl-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
