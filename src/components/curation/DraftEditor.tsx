/**
 * The editor of one draft: its bar (saving, undo, preview, download), three tabs (the dataset's
 * sides and actors, its articles, its events with the article beside them) and the live checks.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { curationSession } from '../../curation/session';
import { ArticlesTab } from './ArticlesTab';
import { ChecksPanel } from './ChecksPanel';
import { DatasetTab } from './DatasetTab';
import { EditorBar } from './EditorBar';
import { fieldId, setEditor, useEditor, type EditorTab } from './editorState';
import { EventsTab } from './EventsTab';

const TABS: { id: EditorTab; label: string }[] = [
  { id: 'articles', label: 'Articles' },
  { id: 'events', label: 'Events' },
  { id: 'dataset', label: 'Dataset, sides and actors' },
];

export function DraftEditor() {
  const tab = useEditor((s) => s.tab);
  const message = useEditor((s) => s.message);
  const notices = useStore(curationSession().state, (s) => s.notices);
  useFocusRequested();
  return (
    <div className="cu-editor">
      <EditorBar />
      {notices.length > 0 && (
        <ul className="cu-notices" aria-label="Notes from opening the draft">
          {notices.map((notice, i) => (
            <li key={i}>{notice}</li>
          ))}
        </ul>
      )}
      <p role="status" className="cu-status">
        {message}
      </p>
      <div className="cu-layout">
        <div className="cu-work">
          <nav className="cu-tabs" aria-label="Parts of the draft">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                className="sl-button"
                aria-current={tab === t.id ? 'page' : undefined}
                onClick={() => setEditor({ tab: t.id })}
              >
                {t.label}
              </button>
            ))}
          </nav>
          {tab === 'articles' && <ArticlesTab />}
          {tab === 'events' && <EventsTab />}
          {tab === 'dataset' && <DatasetTab />}
        </div>
        <ChecksPanel />
      </div>
    </div>
  );
}

/** Moves the focus to the field of a chosen problem once it is drawn: the field itself, or the nearest part of it shown. */
function useFocusRequested() {
  const focusPath = useEditor((s) => s.focusPath);
  const tab = useEditor((s) => s.tab);
  const eventIndex = useEditor((s) => s.eventIndex);
  useEffect(() => {
    if (!focusPath) return;
    for (let length = focusPath.length; length > 0; length--) {
      const element = document.getElementById(fieldId(focusPath.slice(0, length)));
      if (element) {
        element.scrollIntoView({ block: 'center' });
        element.focus();
        break;
      }
    }
    setEditor({ focusPath: null });
  }, [focusPath, tab, eventIndex]);
}
