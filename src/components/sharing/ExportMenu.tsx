/**
 * Export the events the filters show: as a dataset (JSON, valid against the schema), as CSV (the
 * import layout, so it can come back in) and as iCalendar (all-day events for calendar dates).
 * The converters load only when asked for.
 */
import { useState } from 'react';
import type { Dataset } from '../../dataset/types';
import { datasetOf } from '../../engine/eventIndex';
import { slugify } from '../../dataset/slugs';
import { selectMatchedOrdinals, useFilterResult } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useMenu } from '../common/useMenu';
import type { RovingItemProps } from '../common/useRovingFocus';

type Format = 'json' | 'csv' | 'ics';

const FORMATS: { format: Format; label: string; extension: string; mime: string }[] = [
  { format: 'json', label: 'Dataset (JSON)', extension: 'json', mime: 'application/json' },
  { format: 'csv', label: 'Spreadsheet (CSV)', extension: 'csv', mime: 'text/csv' },
  { format: 'ics', label: 'Calendar (iCalendar .ics)', extension: 'ics', mime: 'text/calendar' },
];

/** `dataset` holds the matched events only; `totalEvents` is how many the whole dataset has. */
async function serialize(format: Format, dataset: Dataset, totalEvents: number): Promise<string> {
  const ids = dataset.events.map((event) => event.id);
  if (format === 'json') return (await import('../../io/exportJson')).exportDatasetJson(dataset, ids, totalEvents);
  if (format === 'csv') return (await import('../../io/exportCsv')).exportCsv(dataset, ids);
  return (await import('../../io/exportIcs')).exportIcs(dataset, ids);
}

/** `toolbarItem`: its place in the header's toolbar (one tab stop, the arrow keys inside). */
export function ExportMenu({ toolbarItem }: { toolbarItem?: RovingItemProps }) {
  const index = useAppStore((s) => s.index);
  const count = useFilterResult()?.count;
  const { open, setOpen, menuId, rootProps, buttonProps } = useMenu();
  const [error, setError] = useState<string | null>(null);
  if (!index || count === undefined) return null;

  const download = async (format: (typeof FORMATS)[number]) => {
    setOpen(false);
    setError(null);
    let text: string;
    try {
      // Only the matched events' records are parsed (listed now: at 100,000 events that is no small list).
      const dataset = datasetOf(index, selectMatchedOrdinals(useAppStore.getState()) ?? []);
      text = await serialize(format.format, dataset, index.count);
    } catch (failure) {
      // Nothing half-written is offered; the reason is.
      setError(`The ${format.label} export failed: ${failure instanceof Error ? failure.message : String(failure)}.`);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: `${format.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${slugify(index.meta.title, 'sourceline')}-${count}-events.${format.extension}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="sl-menu" {...rootProps}>
      <button {...buttonProps} {...toolbarItem} disabled={count === 0}>
        Export {count.toLocaleString('en-US')} event{count === 1 ? '' : 's'}
      </button>
      {open && (
        <ul id={menuId} className="sl-menu__list" aria-label="Export format">
          {FORMATS.map((format) => (
            <li key={format.format}>
              <button type="button" className="sl-button sl-button--quiet" onClick={() => void download(format)}>
                {format.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="sl-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
