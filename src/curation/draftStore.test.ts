import { describe, expect, it } from 'vitest';
import { emptyDataset, type DraftData } from './draft';
import { createDraftStore } from './draftStore';
import { setDatasetInfo } from './datasetEdits';

const start = (): DraftData => ({ dataset: emptyDataset('Start', ''), articles: [] });
const title = (store: ReturnType<typeof createDraftStore>) => store.getState().data?.dataset.title;

function opened() {
  const store = createDraftStore();
  store.getState().open({ id: 'd1', data: start() });
  return store;
}

describe('the draft store', () => {
  it('undoes and redoes each edit', () => {
    const store = opened();
    store.getState().edit((d) => setDatasetInfo(d, { title: 'One' }));
    store.getState().edit((d) => setDatasetInfo(d, { title: 'Two' }));
    store.getState().undo();
    expect(title(store)).toBe('One');
    store.getState().undo();
    expect(title(store)).toBe('Start');
    store.getState().redo();
    store.getState().redo();
    expect(title(store)).toBe('Two');
  });

  it('does not undo past the opening of a draft', () => {
    const store = opened();
    store.getState().undo();
    expect(title(store)).toBe('Start');
    expect(store.getState().id).toBe('d1');
  });

  it('makes typing in one field one step, and a different field a new one', () => {
    const store = opened();
    for (const typed of ['P', 'Ph', 'Pho', 'Phone'])
      store.getState().edit((d) => setDatasetInfo(d, { title: typed }), 'title');
    store.getState().edit((d) => setDatasetInfo(d, { description: 'About it' }), 'description');
    store.getState().undo();
    expect(store.getState().data?.dataset.description).toBeUndefined();
    expect(title(store)).toBe('Phone');
    store.getState().undo();
    expect(title(store)).toBe('Start');
  });

  it('starts a new step when the same field is typed in again after an undo', () => {
    const store = opened();
    store.getState().edit((d) => setDatasetInfo(d, { title: 'A' }), 'title');
    store.getState().undo();
    store.getState().edit((d) => setDatasetInfo(d, { title: 'B' }), 'title');
    store.getState().edit((d) => setDatasetInfo(d, { title: 'BC' }), 'title');
    store.getState().undo();
    expect(title(store)).toBe('Start');
    // The redo of "A" was dropped by the new edit.
    store.getState().redo();
    expect(title(store)).toBe('BC');
  });

  it('records nothing for an edit that changes nothing', () => {
    const store = opened();
    store.getState().edit((d) => d);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('replaces the data on every change, so that saving can follow it', () => {
    const store = opened();
    const seen: (DraftData | null)[] = [];
    store.subscribe((s, before) => s.data !== before.data && seen.push(s.data));
    store.getState().edit((d) => setDatasetInfo(d, { title: 'One' }));
    store.getState().undo();
    store.getState().redo();
    expect(seen.map((d) => d?.dataset.title)).toEqual(['One', 'Start', 'One']);
  });
});
