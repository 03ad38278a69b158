/** The page header: the product, the dataset shown, and how to get back to the bundled one. */
import { useEffect } from 'react';
import { openBundled } from '../store/openDataset';
import { ExportMenu } from './ExportMenu';
import { OpenFileButton } from './OpenFileButton';
import { useAppStore } from '../store/store';

export function Header() {
  const index = useAppStore((s) => s.index);
  const origin = useAppStore((s) => s.origin);
  const title = index?.meta.title;
  useEffect(() => {
    // document.title is text: a dataset title cannot inject markup here.
    document.title = title ? `${title} · Sourceline` : 'Sourceline';
  }, [title]);
  return (
    <header className="sl-header">
      <div className="sl-header__brand">
        <h1>Sourceline</h1>
        {title && (
          <p className="sl-header__dataset" data-testid="dataset-title">
            {title}
          </p>
        )}
      </div>
      <div className="sl-header__actions">
        <OpenFileButton />
        <ExportMenu />
        {origin.kind !== 'bundled' && (
          <button type="button" className="sl-button" onClick={() => void openBundled()}>
            Back to the bundled dataset
          </button>
        )}
      </div>
    </header>
  );
}
