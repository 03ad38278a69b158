/** Whether the draft is saved in this browser, and what to do when it cannot be (storage full, another tab). */
import { useStore } from 'zustand';
import { curationSession, keepAsNewDraft, reloadDraft } from '../../curation/session';
import { useAppStore } from '../../store/store';

export function SaveStatusNote() {
  const status = useStore(curationSession().saver.status, (s) => s.status);
  switch (status.kind) {
    case 'idle':
    case 'saving':
      return (
        <p className="cu-save" role="status">
          Saving…
        </p>
      );
    case 'saved':
      return (
        <p className="cu-save" role="status">
          Saved in this browser at {new Date(status.at).toLocaleTimeString()}
        </p>
      );
    case 'failed':
      return (
        <p className="cu-save cu-save--problem" role="alert">
          {status.message}
        </p>
      );
    case 'conflict':
      return (
        <div className="cu-save cu-save--problem" role="alert">
          <p>
            This draft was changed in another tab (saved at {new Date(status.at).toLocaleTimeString()}). Changes made
            here since are not saved over it.
          </p>
          <button type="button" className="sl-button" onClick={() => void reloadDraft()}>
            Show the other tab’s version
          </button>{' '}
          <button
            type="button"
            className="sl-button"
            onClick={() => {
              const id = keepAsNewDraft();
              if (id) useAppStore.getState().setCurate(id);
            }}
          >
            Keep this tab’s version as a new draft
          </button>
        </div>
      );
  }
}
