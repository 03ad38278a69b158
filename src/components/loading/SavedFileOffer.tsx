/**
 * On a visit without a dataset link, offers the file opened last time (kept in this browser).
 * Only its name, size and date are read to offer it; the file itself is read on "Reopen".
 */
import { useEffect, useState } from 'react';
import { formatBytes } from '../../loading/download';
import { forgetSavedFile, savedFileInfo, type SavedFileInfo } from '../../loading/savedDataset';
import { openSaved } from '../../store/openDataset';
import { useAppStore } from '../../store/store';

export function SavedFileOffer() {
  const origin = useAppStore((s) => s.origin);
  const hasDataset = useAppStore((s) => s.index !== null);
  const [saved, setSaved] = useState<SavedFileInfo | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let live = true;
    void savedFileInfo().then((found) => {
      if (live) setSaved(found);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!saved || dismissed || !hasDataset || origin.kind === 'file') return null;
  const when = new Date(saved.savedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <div className="sl-notice sl-offer" role="region" aria-label="Your last file">
      <p>
        Reopen{' '}
        <strong>
          <bdi>{saved.name}</bdi>
        </strong>{' '}
        ({formatBytes(saved.size)}), which you opened on {when}? It is kept only in this browser.
      </p>
      <div className="sl-alert__actions">
        <button type="button" className="sl-button" onClick={() => void openSaved(saved.name)}>
          Reopen <bdi>{saved.name}</bdi>
        </button>
        <button
          type="button"
          className="sl-button sl-button--quiet"
          onClick={() => {
            void forgetSavedFile();
            setDismissed(true);
          }}
        >
          Forget it
        </button>
        <button type="button" className="sl-button sl-button--quiet" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </div>
    </div>
  );
}
