/**
 * The preview: the draft opened in the reader through the store's one door (openFile, with the
 * same checks as any file), its article texts in memory for "Read in context". The editor's
 * place is kept (editorState.ts), so "Back to the editor" returns to it.
 */
import { draftStore } from '../../curation/draftStore';
import { ARTICLES_FOLDER, DATASET_FILE, publishedFiles } from '../../curation/publishZip';
import { openFile } from '../../store/openDataset';
import { useAppStore } from '../../store/store';
import { setEditor } from './editorState';

export async function previewDraft(): Promise<void> {
  const { id, data } = draftStore.getState();
  if (!id || !data) return;
  const files = publishedFiles(data);
  const articles = new Map<string, string>();
  for (const [path, content] of files)
    if (path.startsWith(ARTICLES_FOLDER)) articles.set(path.slice(ARTICLES_FOLDER.length), content);
  const name = `${data.dataset.title || 'Untitled'} (draft)`;
  const blob = new Blob([files.get(DATASET_FILE)!], { type: 'application/json' });
  useAppStore.getState().setCurate(null);
  const opened = await openFile(blob, { name, remember: false, draft: { draftId: id, articles } });
  // A draft with problems does not open (the reader shows why); the editor says so too.
  if (!opened) setEditor({ message: 'The preview could not open the draft: see the problems under Checks.' });
}
