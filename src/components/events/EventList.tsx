/**
 * The events list: the same filtered events as the timeline, in time order. It is the accessible
 * alternative to the timeline and the main view on narrow screens. Only the rows in view are
 * rendered, so it stays fast at any size; it follows the selection.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  endDateOf,
  idOf,
  isDisputed,
  startDateOf,
  statusOf,
  timeZoneOf,
  titleOf,
  typeOf,
} from '../../engine/eventIndex';
import { typeLabel } from '../../engine/lanes';
import { clipText } from '../../format/clip';
import { displayZone, formatWhen } from '../../format/dates';
import { lowerBound } from '../../engine/binarySearch';
import { stepSelection, type Step } from '../../store/navigation';
import { selectMatchedOrdinals, useSelectedOrdinal } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { showEvent } from '../../store/viewActions';
import { STEPS, useReachedStep } from '../page/DrawInSteps';
import { focusEventDetails } from '../common/focus';
import { STATUS_LABELS } from '../common/labels';
import { Highlight, useSearchTerms } from '../common/Highlight';
import { useRovingFocus } from '../common/useRovingFocus';
import { listScrollOptions, useListScrollsWithPage } from './listScroll';

/** A row shows this much of a title (a dataset may hold megabyte-long ones); the details show it all. */
const TITLE_LIMIT = 300;

const NO_ROWS = new Uint32Array(0);

const KEY_STEPS: Record<string, Step> = {
  ArrowDown: 'next',
  ArrowRight: 'next',
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

export function EventList() {
  const index = useAppStore((s) => s.index);
  const zone = useAppStore((s) => s.zone);
  const select = useAppStore((s) => s.select);
  // The rows follow the rest of the page in a task of their own (see DrawInSteps): at 100,000
  // events, listing the matches and placing every row take a good part of drawing the page.
  const listed = useReachedStep(STEPS.list);
  const matched = useAppStore((s) => (listed ? selectMatchedOrdinals(s) : null)) ?? NO_ROWS;
  const selected = useSelectedOrdinal();
  const terms = useSearchTerms();
  const scroller = useRef<HTMLDivElement>(null);
  const count = matched.length;
  // Stable between renders: the virtualizer redoes every row's position when it changes.
  const rowKey = useCallback((row: number) => matched[row] ?? row, [matched]);
  // On a phone the list scrolls with the page: its rows are placed from its distance to the page's top.
  const withPage = useListScrollsWithPage();
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const list = scroller.current;
    if (!withPage || !list) return;
    // What lies above the list (the lede, the timeline) changes the page's height when it moves it.
    const measure = () => setTop(Math.round(list.getBoundingClientRect().top + scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [withPage]);
  // The virtualizer's API is not memoisable by design; it is only used inside this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: rowKey,
    ...listScrollOptions(withPage, () => scroller.current, top),
  });
  const selectedRow = selected !== null ? lowerBound(matched, selected) : -1;
  const selectedIsListed = selectedRow >= 0 && matched[selectedRow] === selected;
  // The list is one tab stop (the selected row, else the row last focused): the arrow keys do the rest.
  const rows = virtualizer.getVirtualItems();
  const roving = useRovingFocus(
    index ? rows.map((row) => idOf(index, matched[row.index]!)) : [],
    index && selected !== null ? idOf(index, selected) : null,
  );

  // Follow the selection made elsewhere (timeline, related links, keyboard) in the list's own box.
  // Not the page: an event opened on a phone is a sheet over it, and Back must find the page where it was.
  useEffect(() => {
    if (selectedIsListed && !withPage) virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedIsListed, selectedRow, virtualizer, withPage]);

  if (!index) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = KEY_STEPS[event.key];
    if (step) {
      event.preventDefault();
      // With nothing selected yet, the row that has focus is where the reader is.
      const focusedRow = (event.target as HTMLElement).closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
      const id = stepSelection(step, focusedRow);
      if (id !== null) focusRow(id);
    } else if (event.key === 'Escape' && selected !== null) {
      event.preventDefault();
      select(null);
    }
  };

  const focusRow = (id: string) =>
    requestAnimationFrame(() => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(`button[data-event-id="${CSS.escape(id)}"]`);
      button?.focus();
    });

  return (
    <div className={`sl-list${withPage ? ' sl-list--page' : ''}`} ref={scroller} data-testid="event-list-scroller">
      <ul
        className="sl-list__items"
        aria-label="Events"
        role="list"
        onKeyDown={onKeyDown}
        onFocus={roving.onFocus}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const ordinal = matched[row.index]!;
          const event = { id: idOf(index, ordinal), title: titleOf(index, ordinal) };
          const status = statusOf(index, ordinal);
          const zoneShown = displayZone(zone, timeZoneOf(index, ordinal));
          const when = formatWhen(startDateOf(index, ordinal), endDateOf(index, ordinal), zoneShown);
          const isSelected = ordinal === selected;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              className="sl-list__row"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
            >
              <button
                type="button"
                className={`sl-list__button${isSelected ? ' is-selected' : ''}`}
                aria-current={isSelected ? 'true' : undefined}
                data-event-id={event.id}
                {...roving.itemProps(event.id)}
                onClick={() => {
                  showEvent(event.id);
                  focusEventDetails();
                }}
              >
                <span className="sl-list__title" dir="auto">
                  <Highlight text={clipText(event.title, TITLE_LIMIT).text} terms={terms} />
                </span>
                <span className="sl-list__meta">
                  <span className={`sl-type-dot sl-type-${typeOf(index, ordinal)}`} aria-hidden="true" />
                  <span>{typeLabel(typeOf(index, ordinal))}</span>
                  <span aria-hidden="true"> · </span>
                  <span>{when}</span>
                  {status !== 'occurred' && (
                    <span className={`sl-status-tag sl-status-tag--${status}`}>{STATUS_LABELS[status]}</span>
                  )}
                  {isDisputed(index, ordinal) && <span className="sl-disputed-tag">Disputed</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
