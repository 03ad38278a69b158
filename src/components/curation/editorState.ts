/**
 * Where the curator is in the editor: the tab, the event and article open, the passage selected.
 * Kept outside the components (module state), so that coming back from the preview finds the
 * editor as it was left.
 */
import { create } from 'zustand';
import type { JsonPath } from '../../dataset/problems';
import type { Span } from '../../curation/quoteSelection';

export type EditorTab = 'dataset' | 'articles' | 'events';

export interface EditorState {
  tab: EditorTab;
  /** The event being edited (its index in the dataset). */
  eventIndex: number | null;
  /** The source whose article is shown beside the event. */
  readerSource: string | null;
  /** The passage selected in that article (offsets in its text). */
  selection: Span | null;
  /** A field to move the focus to once it is drawn (a problem was chosen). */
  focusPath: JsonPath | null;
  /** What an action had to say (a refused file, a quote no longer found), for the live region. */
  message: string | null;
}

const INITIAL_EDITOR: EditorState = {
  tab: 'articles',
  eventIndex: null,
  readerSource: null,
  selection: null,
  focusPath: null,
  message: null,
};

export const useEditor = create<EditorState>()(() => INITIAL_EDITOR);

export const setEditor = (change: Partial<EditorState>) => useEditor.setState(change);

/** The element id of the field at a JSON path, e.g. events[2].title → "cf-events-2-title". */
export function fieldId(path: JsonPath): string {
  return `cf-${path.join('-') || 'root'}`;
}

/** Opens the place of a problem: its tab, its event or article, then its field. */
export function goToPath(path: JsonPath): void {
  const [head, index] = path;
  if (head === 'events' && typeof index === 'number') setEditor({ tab: 'events', eventIndex: index, focusPath: path });
  else if (head === 'sources' && typeof index === 'number') setEditor({ tab: 'articles', focusPath: path });
  else setEditor({ tab: 'dataset', focusPath: path });
}

export function resetEditor(): void {
  useEditor.setState(INITIAL_EDITOR);
}
