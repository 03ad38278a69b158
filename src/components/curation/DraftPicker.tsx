/**
 * The curation view's start: a new dataset, the dataset shown in the reader (with its article
 * texts), a file (a published .zip, a dataset, a CSV or TimelineJS file), or a saved draft.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { ArticleHome } from '../../articles/articleHome';
import { readArticleFile } from '../../loading/articleContext';
import { emptyDataset } from '../../curation/draft';
import { draftFromDataset, draftFromFile, type Opened } from '../../curation/draftSources';
import { curationSession, deleteDraft, refreshDrafts, startDraft } from '../../curation/session';
import { datasetOf } from '../../engine/eventIndex';
import { useAppStore, type DatasetOrigin } from '../../store/store';
import { resetEditor } from './editorState';

function homeOf(origin: DatasetOrigin): ArticleHome | null {
  if (origin.kind === 'bundled') return { kind: 'bundled' };
  if (origin.kind === 'url') return { kind: 'url', datasetUrl: origin.url };
  return origin.draft ? { kind: 'memory', files: origin.draft.articles } : null;
}

export function DraftPicker() {
  const session = curationSession();
  const drafts = useStore(session.state, (s) => s.drafts);
  const failure = useStore(session.state, (s) => s.failure);
  const index = useAppStore((s) => s.index);
  const origin = useAppStore((s) => s.origin);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void refreshDrafts();
  }, []);

  const start = (opened: Opened) => {
    if (!opened.ok) return setMessage(opened.message);
    resetEditor();
    useAppStore.getState().setCurate(startDraft(opened.data, opened.notices));
  };
  const editShown = async () => {
    if (!index) return;
    const home = homeOf(origin);
    setMessage('Reading the dataset and its article texts…');
    start(
      await draftFromDataset(datasetOf(index), (file) => (home ? readArticleFile(home, file) : Promise.resolve(null))),
    );
  };
  const openFile = async (file: File) => {
    setMessage(`Reading ${file.name}…`);
    start(await draftFromFile(file.name, new Uint8Array(await file.arrayBuffer())));
  };

  return (
    <div className="cu-picker">
      <p role="status" className="cu-status">
        {message ?? failure}
      </p>
      <section aria-labelledby="cu-new">
        <h2 id="cu-new">New dataset</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            start({ ok: true, data: { dataset: emptyDataset(title.trim(), description), articles: [] }, notices: [] });
          }}
        >
          <div className="cu-field">
            <label htmlFor="cu-new-title">Title</label>
            <input id="cu-new-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="cu-field">
            <label htmlFor="cu-new-description">Description</label>
            <textarea
              id="cu-new-description"
              rows={2}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <button type="submit" className="sl-button cu-primary">
            Create the dataset
          </button>
        </form>
      </section>
      <section aria-labelledby="cu-existing">
        <h2 id="cu-existing">Start from a dataset</h2>
        {index && (
          <button type="button" className="sl-button" onClick={() => void editShown()}>
            Edit this dataset ({index.meta.title})
          </button>
        )}
        <button type="button" className="sl-button" onClick={() => fileInput.current?.click()}>
          Open a published .zip, a dataset, a CSV or TimelineJS file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,.json,.csv,.tsv,application/zip,application/json,text/csv"
          className="sl-visually-hidden"
          tabIndex={-1}
          aria-label="Open a file for curation"
          data-testid="curate-open-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void openFile(file);
          }}
        />
      </section>
      <section aria-labelledby="cu-drafts">
        <h2 id="cu-drafts">Your drafts</h2>
        {drafts === null ? (
          <p>Looking for drafts saved in this browser…</p>
        ) : drafts.length === 0 ? (
          <p>No drafts are saved in this browser yet.</p>
        ) : (
          <ul className="cu-drafts">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <button
                  type="button"
                  className="sl-button sl-button--link"
                  onClick={() => {
                    resetEditor();
                    useAppStore.getState().setCurate(draft.id);
                  }}
                >
                  <bdi>{draft.title || 'Untitled'}</bdi>
                </button>{' '}
                <span className="cu-hint">
                  {draft.events} events, {draft.articles} articles · last changed{' '}
                  {new Date(draft.updatedAt).toLocaleString()}
                </span>{' '}
                <button
                  type="button"
                  className="sl-button sl-button--link"
                  aria-label={`Delete the draft ${draft.title || 'Untitled'}`}
                  onClick={() =>
                    window.confirm(`Delete the draft "${draft.title}"? This cannot be undone.`) &&
                    void deleteDraft(draft.id)
                  }
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
