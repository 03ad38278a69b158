/**
 * An event's start and end at the precision the sources give: a year, a month, a day, or a day
 * and a clock time in the event's time zone (written with its offset, as the contract wants).
 */
import { useId } from 'react';
import { updateEvent } from '../../curation/eventEdits';
import { wallClockInZone } from '../../io/wallClock';
import { fieldId, setEditor } from './editorState';
import { edit, useDraftData } from './fields';

type Precision = 'year' | 'month' | 'day' | 'time';

const INPUT_TYPE: Record<Precision, string> = { year: 'text', month: 'month', day: 'date', time: 'datetime-local' };

function precisionOf(value: string): Precision {
  if (value.length === 4) return 'year';
  if (value.length === 7) return 'month';
  return value.length > 10 ? 'time' : 'day';
}

/** The value shown in the input of a precision (a clock time without its offset). */
function inputValue(value: string, precision: Precision): string {
  return precision === 'time' ? value.slice(0, 16) : value;
}

/** A partial date from an input's value at a precision. */
function fromInput(input: string, precision: Precision, zone: string | undefined): string {
  if (precision !== 'time' || input.length < 16) return input;
  const [date, clock] = input.split('T') as [string, string];
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  if (!zone) return `${input.slice(0, 16)}Z`;
  try {
    const result = wallClockInZone(date, hour, minute, undefined, zone);
    if (result.ok) return result.text;
    // A time the clocks skipped, or local mean time: said plainly; the checks then point at the date.
    setEditor({ message: result.message });
  } catch {
    setEditor({ message: `"${zone}" is not a time zone this browser knows: choose one from the list.` });
  }
  return `${input.slice(0, 16)}Z`;
}

/** The value kept when the precision changes: cut to a coarser one, or completed to a finer one. */
function changePrecision(value: string, to: Precision, zone: string | undefined): string {
  const day = value.slice(0, 10);
  if (to === 'year') return value.slice(0, 4);
  if (to === 'month') return value.slice(0, 7);
  if (to === 'day')
    return value.length >= 10 ? day : value.length === 7 ? `${value}-01` : value ? `${value}-01-01` : '';
  const base = value.length >= 10 ? day : value.length === 7 ? `${value}-01` : value ? `${value}-01-01` : '';
  return base ? fromInput(`${base}T12:00`, 'time', zone) : '';
}

function OneDate({ label, eventIndex, field }: { label: string; eventIndex: number; field: 'start' | 'end' }) {
  const data = useDraftData();
  const id = useId();
  const event = data?.dataset.events[eventIndex];
  if (!event) return null;
  const value = event[field] ?? '';
  const precision = precisionOf(value);
  const set = (next: string) =>
    edit((d) => updateEvent(d, eventIndex, { [field]: next }), `event-${eventIndex}-${field}`);
  return (
    <fieldset className="cu-date">
      <legend>{label}</legend>
      <div className="cu-field">
        <label htmlFor={`${id}-precision`}>Precision</label>
        <select
          id={`${id}-precision`}
          value={precision}
          onChange={(e) => set(changePrecision(value, e.target.value as Precision, event.timeZone))}
        >
          <option value="year">a year</option>
          <option value="month">a month</option>
          <option value="day">a day</option>
          <option value="time">a day and a clock time</option>
        </select>
      </div>
      <div className="cu-field">
        <label htmlFor={fieldId(['events', eventIndex, field])}>
          {precision === 'time' ? 'Date and time (where it happened)' : `The ${precision}`}
        </label>
        <input
          id={fieldId(['events', eventIndex, field])}
          type={INPUT_TYPE[precision]}
          inputMode={precision === 'year' ? 'numeric' : undefined}
          placeholder={precision === 'year' ? 'YYYY' : undefined}
          value={inputValue(value, precision)}
          onChange={(e) => set(fromInput(e.target.value, precision, event.timeZone))}
        />
      </div>
    </fieldset>
  );
}

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function DateField({ eventIndex }: { eventIndex: number }) {
  const data = useDraftData();
  const event = data?.dataset.events[eventIndex];
  if (!event) return null;
  const hasTime = (event.start?.length ?? 0) > 10 || (event.end?.length ?? 0) > 10;
  const zoneId = fieldId(['events', eventIndex, 'timeZone']);
  return (
    <div className="cu-dates">
      <OneDate label="When (start)" eventIndex={eventIndex} field="start" />
      <div className="cu-field cu-check">
        <input
          id={`cu-range-${eventIndex}`}
          type="checkbox"
          checked={event.end !== undefined}
          onChange={(e) => edit((d) => updateEvent(d, eventIndex, { end: e.target.checked ? event.start : undefined }))}
        />
        <label htmlFor={`cu-range-${eventIndex}`}>It spans a range (it has an end)</label>
      </div>
      {event.end !== undefined && <OneDate label="Until (end, inclusive)" eventIndex={eventIndex} field="end" />}
      {(hasTime || event.timeZone) && (
        <div className="cu-field">
          <label htmlFor={zoneId}>Time zone where it happened</label>
          <input
            id={zoneId}
            list="cu-zones"
            value={event.timeZone ?? ''}
            aria-describedby={`${zoneId}-hint`}
            onChange={(e) =>
              edit((d) => updateEvent(d, eventIndex, { timeZone: e.target.value }), `event-${eventIndex}-timeZone`)
            }
          />
          <p id={`${zoneId}-hint`} className="cu-hint">
            An IANA zone, e.g. Europe/Kyiv or America/New_York: needed for a clock time. Choose it before the time.
          </p>
          <datalist id="cu-zones">
            {ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
      )}
    </div>
  );
}
