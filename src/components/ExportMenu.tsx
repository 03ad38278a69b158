/**
 * Export the events the filters show: as a dataset (JSON, valid against the schema), as CSV (the
 * import layout, so it can come back in) and as iCalendar (all-day events for calendar dates).
 * The converters load only when asked for.
 */
import { useId, useState } from 'react';
import { slugify } from '../dataset/slugs';
import { useMatchedOrdinals } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useMenu } from './useMenu';

type Format = 'json' | 'csv' | 'ics';

const FORMATS: { format: Format; label: string; extension: string; mime: string }[] = [
  { format: 'json', label: 'Dataset (JSON)', extension: 'json', mime: 'application/json' },
  { format: 'csv', label: 'Spreadsheet (CSV)', extension: 'csv', mime: 'text/csv' },
  { format: 'ics', label: 'Calendar (iCalendar .ics)', extension: 'ics', mime: 'text/calendar' },
];

async function render(
  format: Format,
  ...args: Parameters<typeof import('../io/exportJson').exportDatasetJson>
): Promise<string> {
  if (format === 'json') return (await import('../io/exportJson')).exportDatasetJson(...args);
  if (format === 'csv') return (await import('../io/exportCsv')).exportCsv(...args);
  return (await import('../io/exportIcs')).exportIcs(...args);
}

export function ExportMenu() {
  const index = useAppStore((s) => s.index);
  const matched = useMatchedOrdinals();
  const { open, setOpen, rootRef, buttonRef, onKeyDown } = useMenu();
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  if (!index || !matched) return null;
  const count = matched.length;

  const download = async (format: (typeof FORMATS)[number]) => {
    setOpen(false);
    setError(null);
    const ids = Array.from(matched, (ordinal) => index.events[ordinal]!.id);
    let text: string;
    try {
      text = await render(format.format, index.dataset, ids);
    } catch (failure) {
      // Nothing half-written is offered; the reason is.
      setError(`The ${format.label} export failed: ${failure instanceof Error ? failure.message : String(failure)}.`);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: `${format.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${slugify(index.dataset.title, 'sourceline')}-${count}-events.${format.extension}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="sl-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="sl-button"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={count === 0}
        onClick={() => setOpen(!open)}
      >
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
