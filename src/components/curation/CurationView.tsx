/**
 * The curation view (`?curate`): start or pick a draft, then edit it. Loaded as a chunk of its own
 * (App.tsx imports it on demand), so that the reader's first paint does not carry it.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { curationSession, openSavedDraft } from '../../curation/session';
import { draftStore } from '../../curation/draftStore';
import { useAppStore } from '../../store/store';
import { DraftEditor } from './DraftEditor';
import { DraftPicker } from './DraftPicker';
import './curation.css';

export default function CurationView() {
  const curate = useAppStore((s) => s.curate);
  const setCurate = useAppStore((s) => s.setCurate);
  const openId = useStore(draftStore, (s) => s.id);
  curationSession();

  // The address names the draft: a reload, or back and forward, opens it again.
  useEffect(() => {
    if (!curate || curate === draftStore.getState().id) return;
    void openSavedDraft(curate).then((opened) => {
      if (!opened) useAppStore.getState().setCurate('');
    });
  }, [curate]);

  useEffect(() => {
    document.title = 'Curate · Sourceline';
  }, []);

  const editing = openId !== null && openId === curate;
  return (
    <div className="cu-app">
      <header className="sl-header cu-header">
        <div className="sl-header__brand">
          <h1>Sourceline</h1>
          <p className="sl-header__dataset">Curate a dataset</p>
        </div>
        <div className="sl-header__actions">
          <button type="button" className="sl-button" onClick={() => setCurate(null)}>
            Back to the reader
          </button>
        </div>
      </header>
      <main className="cu-main">{editing ? <DraftEditor /> : <DraftPicker />}</main>
    </div>
  );
}
