import { tzOffset } from '@date-fns/tz';

const validity = new Map<string, boolean>();

/** Whether `zone` is an IANA time zone this runtime knows (e.g. "Europe/Kyiv", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  let known = validity.get(zone);
  if (known === undefined) {
    // Offsets such as "+02:00" are accepted by Intl but are not IANA names.
    known = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) && canFormatIn(zone);
    validity.set(zone, known);
  }
  return known;
}

function canFormatIn(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets only change at transitions, which fall on quarter hours: within a quarter hour a zone's
 * offset is one value. Caching by quarter hour saves an Intl round trip per timed event.
 */
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** The zone's offset from UTC in minutes (east positive) at an instant. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const key = `${zone} ${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(ms));
    if (offsetCache.size > 100_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The viewer's own zone, as the browser (or the `TZ` of a test run) reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
