/**
 * The draft's bar: its title, whether it is saved, undo and redo (also Ctrl+Z and Ctrl+Shift+Z),
 * the preview in the reader, and the downloads.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { draftStore } from '../../curation/draftStore';
import { buildZip, zipName } from '../../curation/publishZip';
import { closeDraft, curationSession } from '../../curation/session';
import { useAppStore } from '../../store/store';
import { previewDraft } from './preview';
import { SaveStatusNote } from './SaveStatusNote';
import { setEditor } from './editorState';

export function EditorBar() {
  const data = useStore(draftStore, (s) => s.data);
  const canUndo = useStore(draftStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(draftStore.temporal, (s) => s.futureStates.length > 0);
  const checks = useStore(curationSession().checker.state);
  const upToDate = checks.checked === data && !checks.running && !checks.failure;
  const publishable = upToDate && checks.problems.length === 0;
  useUndoKeys();
  if (!data) return null;

  const download = (publishing: boolean) => {
    if (publishing && !publishable) {
      setEditor({
        message: 'The draft still has problems (listed under Checks): it can be published once there are none.',
      });
      return;
    }
    const url = URL.createObjectURL(new Blob([buildZip(data) as BlobPart], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = publishing ? zipName(data.dataset) : zipName(data.dataset).replace(/\.zip$/, '-draft.zip');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setEditor({ message: `Downloaded ${link.download}.` });
  };

  return (
    <div className="cu-bar" role="toolbar" aria-label="Draft">
      <h2 className="cu-bar__title">
        <bdi>{data.dataset.title || 'Untitled draft'}</bdi>
      </h2>
      <SaveStatusNote />
      <div className="cu-bar__actions">
        <button
          type="button"
          className="sl-button"
          disabled={!canUndo}
          onClick={() => draftStore.getState().undo()}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="sl-button"
          disabled={!canRedo}
          onClick={() => draftStore.getState().redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button type="button" className="sl-button" onClick={() => void previewDraft()}>
          Preview in the reader
        </button>
        <button
          type="button"
          className="sl-button cu-primary"
          aria-disabled={!publishable}
          onClick={() => download(true)}
        >
          Download for publishing
        </button>
        <button type="button" className="sl-button" onClick={() => download(false)}>
          Download a copy of the draft
        </button>
        <button
          type="button"
          className="sl-button"
          onClick={() => {
            closeDraft();
            useAppStore.getState().setCurate('');
          }}
        >
          Close the draft
        </button>
      </div>
    </div>
  );
}

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, in a text field too: the draft's history
 * holds the field's edit as one step, and the browser's own undo would not know the draft's.
 */
function useUndoKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) draftStore.getState().undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') draftStore.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
