/**
 * Progress while a dataset opens: bytes while it downloads or is read, then the worker's step.
 * Cancel is there at every step; a download with no new bytes for a while says so, with Retry.
 */
import { formatBytes, STALL_MS } from '../../loading/download';
import { PREPARE_STEPS } from '../../loading/protocol';
import { cancelLoading } from '../../store/openDataset';
import type { LoadingState } from '../../store/store';

export function LoadingProgress({ loading }: { loading: LoadingState }) {
  const { progress, phase } = loading;
  const transferring = phase === 'downloading' || phase === 'reading';
  const fraction = transferring && progress?.total ? Math.min(1, progress.loaded / progress.total) : null;
  const [before, after] = describe(loading);
  const text = `${before} ${loading.label}${after}`;
  return (
    <div className="sl-loading" data-testid="loading">
      {/* The name is the file's or the link's own: isolated, so that its direction marks stay inside it. */}
      <label className="sl-loading__label" htmlFor="sl-loading-bar">
        {before} <bdi>{loading.label}</bdi>
        {after}
      </label>
      <progress
        id="sl-loading-bar"
        max={fraction === null ? undefined : 1}
        value={fraction === null ? undefined : fraction}
        aria-valuetext={text}
      />
      {loading.stalled && (
        <p className="sl-loading__stalled" role="alert">
          Nothing has arrived for {STALL_MS / 1000} seconds: the server may have stalled. You can keep waiting, try
          again or cancel.
        </p>
      )}
      <div className="sl-loading__actions">
        {loading.stalled && loading.retry && (
          <button type="button" className="sl-button" onClick={loading.retry}>
            Retry
          </button>
        )}
        <button type="button" className="sl-button sl-button--quiet" onClick={cancelLoading}>
          Cancel
          <span className="sl-visually-hidden">
            {' '}
            opening <bdi>{loading.label}</bdi>
          </span>
        </button>
      </div>
    </div>
  );
}

/** What is happening, as the words before and after the dataset's name. */
function describe({ phase, progress }: LoadingState): [string, string] {
  if (phase === 'checking' || phase === 'indexing') {
    const step = PREPARE_STEPS.indexOf(phase) + 1;
    const doing = phase === 'checking' ? 'Checking' : 'Indexing';
    return [doing, ` (step ${step} of ${PREPARE_STEPS.length})…`];
  }
  if (!progress) return ['Opening', '…'];
  const verb = phase === 'reading' ? 'Reading' : 'Downloading';
  return [verb, `: ${formatBytes(progress.loaded)}${progress.total ? ` of ${formatBytes(progress.total)}` : ''}`];
}
