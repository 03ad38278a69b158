/**
 * "Open dataset…": a menu to choose a file (a Sourceline dataset, a CSV or TSV spreadsheet in
 * Sourceline's layout, the TimelineJS template or an ACLED export, or a TimelineJS file), with the
 * spreadsheet template and a filled example to start from, and a word on opening a published sheet
 * by link. The file input stays in the page whether the menu is open or not.
 */
import { useRef } from 'react';
import { openFile } from '../../store/openDataset';
import { useMenu } from '../common/useMenu';
import type { RovingItemProps } from '../common/useRovingFocus';

/** In the build's templates/ folder (public/templates/), beside the page: they work under any sub-path. */
const TEMPLATES = [
  { href: 'templates/sourceline-template.csv', label: 'Spreadsheet template (CSV)' },
  { href: 'templates/sourceline-example.csv', label: 'Filled example (CSV)' },
];

/** `toolbarItem`: its place in the header's toolbar (one tab stop, the arrow keys inside). */
export function OpenFileButton({ toolbarItem }: { toolbarItem?: RovingItemProps }) {
  const input = useRef<HTMLInputElement>(null);
  const { open, setOpen, menuId, rootProps, buttonProps } = useMenu();
  return (
    <div className="sl-menu" {...rootProps}>
      <button {...buttonProps} {...toolbarItem}>
        Open dataset…
      </button>
      {open && (
        <div id={menuId} className="sl-menu__list sl-open-menu">
          <button
            type="button"
            className="sl-button"
            onClick={() => {
              setOpen(false);
              input.current?.click();
            }}
          >
            Choose a file…
          </button>
          <p className="sl-hint">
            A Sourceline dataset (JSON), a spreadsheet saved as CSV or TSV (Sourceline’s layout, the TimelineJS
            template, or an ACLED export), or a TimelineJS file (JSON).
          </p>
          <ul aria-label="Templates">
            {TEMPLATES.map((template) => (
              <li key={template.href}>
                <a href={template.href} download>
                  {template.label}
                </a>
              </li>
            ))}
          </ul>
          <p className="sl-hint">
            A sheet published to the web as CSV opens by link, and the timeline follows the sheet: add{' '}
            <code>?data=</code> and its address to this page’s address.
          </p>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,.arrow,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
        className="sl-visually-hidden"
        tabIndex={-1}
        aria-label="Open a dataset file (JSON, CSV, TSV or TimelineJS)"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the value lets the same file be chosen again after fixing it.
          event.target.value = '';
          if (file) void openFile(file);
        }}
      />
    </div>
  );
}
