/** From/to calendar days; an event shows when any part of it falls inside. */
import { useId } from 'react';
import type { EventIndex } from '../../engine/eventIndex';
import { useAppStore } from '../../store/store';

/** The day as a date input takes it; none before year 1 (a date input has no years before it). */
function isoDay(ms: number): string | undefined {
  const day = new Date(ms).toISOString().split('T')[0]!;
  return /^\d{4}-/.test(day) && !day.startsWith('0000') ? day : undefined;
}

export function DateRangeFilter({ index }: { index: EventIndex }) {
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const setDateRange = useAppStore((s) => s.setDateRange);
  const id = useId();
  const min = index.span ? isoDay(index.span.start) : undefined;
  const max = index.span ? isoDay(index.span.end - 1) : undefined;
  const valid = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  return (
    <fieldset className="sl-facet sl-dates">
      <legend className="sl-facet__legend">Dates</legend>
      <div className="sl-dates__row">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          min={min}
          max={to ?? max}
          value={from ?? ''}
          onChange={(e) => setDateRange(valid(e.target.value), to)}
        />
      </div>
      <div className="sl-dates__row">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          min={from ?? min}
          max={max}
          value={to ?? ''}
          onChange={(e) => setDateRange(from, valid(e.target.value))}
        />
      </div>
    </fieldset>
  );
}
