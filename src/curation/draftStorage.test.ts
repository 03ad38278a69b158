import { describe, expect, it } from 'vitest';
import type { Draft, DraftData } from './draft';
import { createDraftStore } from './draftStore';
import { DraftSaver, type Channel, type SaveMessage } from './draftSaver';
import { DraftStorage, memoryDraftDb, type DraftDb } from './draftStorage';
import { setDatasetInfo } from './datasetEdits';
import { twoArticleDraft } from './testing.test-utils';

const draftOf = (data: DraftData, updatedAt = 1): Draft => ({ id: 'd1', data, updatedAt });

/** Two tabs' channels that deliver to each other, as BroadcastChannel does (never to the sender). */
function channels(): [Channel, Channel] {
  const a: Channel = { onmessage: null, postMessage: (m: SaveMessage) => b.onmessage?.({ data: m }) };
  const b: Channel = { onmessage: null, postMessage: (m: SaveMessage) => a.onmessage?.({ data: m }) };
  return [a, b];
}

describe('draft storage', () => {
  it('keeps a draft with its article texts, and lists it with its last change', async () => {
    const db = memoryDraftDb();
    const storage = new DraftStorage(db, 'tab-1');
    const data = await twoArticleDraft();
    expect(await storage.save(draftOf(data, 1234), 0)).toEqual({ ok: true, revision: 1 });
    const loaded = await new DraftStorage(db, 'tab-2').load('d1');
    expect(loaded?.draft.data).toEqual(data);
    expect(loaded?.revision).toBe(1);
    expect(await storage.list()).toEqual([{ id: 'd1', title: 'Phone call', updatedAt: 1234, events: 2, articles: 2 }]);
  });

  it('writes each article text once, however often the draft is saved', async () => {
    const db = memoryDraftDb();
    const writes: string[] = [];
    const counting: DraftDb = { ...db, set: (key, value) => (writes.push(key), db.set(key, value)) };
    const storage = new DraftStorage(counting, 'tab-1');
    const data = await twoArticleDraft();
    await storage.save(draftOf(data), 0);
    await storage.save(draftOf(setDatasetInfo(data, { title: 'Renamed' })), 1);
    expect(writes.filter((key) => key.startsWith('text:'))).toHaveLength(2);
  });

  it('refuses to write over a revision another tab saved, and keeps theirs', async () => {
    const db = memoryDraftDb();
    const mine = new DraftStorage(db, 'tab-1');
    const theirs = new DraftStorage(db, 'tab-2');
    const data = await twoArticleDraft();
    await mine.save(draftOf(data), 0);
    await theirs.save(draftOf(setDatasetInfo(data, { title: 'Theirs' }), 50), 1);
    const result = await mine.save(draftOf(setDatasetInfo(data, { title: 'Mine' })), 1);
    expect(result).toEqual({ ok: false, reason: 'conflict', theirs: { updatedAt: 50 } });
    expect((await mine.load('d1'))?.draft.data.dataset.title).toBe('Theirs');
  });

  it('says plainly when the storage is full', async () => {
    const db = memoryDraftDb();
    const full: DraftDb = { ...db, set: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const result = await new DraftStorage(full, 'tab-1').save(draftOf(await twoArticleDraft()), 0);
    expect(result).toMatchObject({ ok: false, reason: 'full', message: expect.stringContaining('storage is full') });
  });

  it('deletes a draft and the texts no other draft uses', async () => {
    const db = memoryDraftDb();
    const storage = new DraftStorage(db, 'tab-1');
    await storage.save(draftOf(await twoArticleDraft()), 0);
    await storage.remove('d1');
    expect([...db.entries.keys()]).toEqual([]);
  });
});

describe('saving at every change', () => {
  async function tab(db: DraftDb, name: string, channel: Channel | null) {
    const store = createDraftStore();
    const saver = new DraftSaver(store, new DraftStorage(db, name), channel, () => 99);
    return { store, saver };
  }

  it('saves each edit, undo and redo, and a reload finds the latest', async () => {
    const db = memoryDraftDb();
    const { store, saver } = await tab(db, 'tab-1', null);
    store.getState().open({ id: 'd1', data: await twoArticleDraft() });
    saver.follow('d1', 0);
    store.getState().edit((d) => setDatasetInfo(d, { title: 'One' }));
    store.getState().edit((d) => setDatasetInfo(d, { title: 'Two' }));
    store.getState().undo();
    await saver.settled();
    expect((await new DraftStorage(db, 'reload').load('d1'))?.draft.data.dataset.title).toBe('One');
    expect(saver.status.getState().status).toEqual({ kind: 'saved', at: 99 });
  });

  it('tells the later tab that the draft changed elsewhere, and overwrites nothing', async () => {
    const db = memoryDraftDb();
    const [channelA, channelB] = channels();
    const a = await tab(db, 'tab-a', channelA);
    const b = await tab(db, 'tab-b', channelB);
    const data = await twoArticleDraft();
    a.store.getState().open({ id: 'd1', data });
    a.saver.follow('d1', 0);
    await a.saver.settled();
    const loaded = await new DraftStorage(db, 'tab-b').load('d1');
    b.store.getState().open({ id: 'd1', data: loaded!.draft.data });
    b.saver.follow('d1', loaded!.revision);
    a.store.getState().edit((d) => setDatasetInfo(d, { title: 'From A' }));
    await a.saver.settled();
    expect(b.saver.status.getState().status.kind).toBe('conflict');
    b.store.getState().edit((d) => setDatasetInfo(d, { title: 'From B' }));
    await b.saver.settled();
    expect((await new DraftStorage(db, 'x').load('d1'))?.draft.data.dataset.title).toBe('From A');
  });

  it('finds the conflict on saving even without a message from the other tab', async () => {
    const db = memoryDraftDb();
    const a = await tab(db, 'tab-a', null);
    const b = await tab(db, 'tab-b', null);
    const data = await twoArticleDraft();
    a.store.getState().open({ id: 'd1', data });
    a.saver.follow('d1', 0);
    await a.saver.settled();
    b.store.getState().open({ id: 'd1', data });
    b.saver.follow('d1', 1);
    a.store.getState().edit((d) => setDatasetInfo(d, { title: 'From A' }));
    await a.saver.settled();
    b.store.getState().edit((d) => setDatasetInfo(d, { title: 'From B' }));
    await b.saver.settled();
    expect(b.saver.status.getState().status.kind).toBe('conflict');
    expect((await new DraftStorage(db, 'x').load('d1'))?.draft.data.dataset.title).toBe('From A');
  });

  it('keeps the draft in memory when the storage is full, and tries again at the next change', async () => {
    const db = memoryDraftDb();
    let full = true;
    const flaky: DraftDb = {
      ...db,
      update: (key, updater) =>
        full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : db.update(key, updater),
    };
    const { store, saver } = await tab(flaky, 'tab-1', null);
    store.getState().open({ id: 'd1', data: await twoArticleDraft() });
    saver.follow('d1', 0);
    await saver.settled();
    expect(saver.status.getState().status.kind).toBe('failed');
    expect(store.getState().data?.dataset.title).toBe('Phone call');
    full = false;
    store.getState().edit((d) => setDatasetInfo(d, { title: 'Kept' }));
    await saver.settled();
    expect(saver.status.getState().status.kind).toBe('saved');
    expect((await new DraftStorage(db, 'x').load('d1'))?.draft.data.dataset.title).toBe('Kept');
  });
});
