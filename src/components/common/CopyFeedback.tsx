/** What became of a copy: a confirmation, or the text to copy by hand. Always mounted, so screen readers hear it. */
import type { CopyOutcome } from './useCopy';

export function CopyFeedback({ outcome, label }: { outcome: CopyOutcome; label: string }) {
  return (
    <div className="sl-copy-feedback">
      <p role="status" className={outcome.status === 'copied' ? 'sl-copy-feedback__done' : undefined}>
        {outcome.status === 'idle' ? '' : outcome.message}
      </p>
      {outcome.status === 'failed' && (
        <textarea
          className="sl-copy-feedback__text"
          aria-label={label}
          readOnly
          value={outcome.text}
          rows={4}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
