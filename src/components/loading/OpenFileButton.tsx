/** "Open dataset…": a Sourceline dataset (.json), a CSV spreadsheet or a TimelineJS file. */
import { useRef } from 'react';
import { openFile } from '../../store/openDataset';

export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="sl-button" onClick={() => input.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.arrow,.csv,.tsv,.txt,application/json,text/csv"
        className="sl-visually-hidden"
        tabIndex={-1}
        aria-label="Open a dataset file (JSON, CSV or TimelineJS)"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the value lets the same file be chosen again after fixing it.
          event.target.value = '';
          if (file) void openFile(file);
        }}
      />
    </>
  );
}
