import { describe, expect, it } from 'vitest';
import { forgetSavedFile, readSavedFile, rememberFile, savedFileInfo, type KeyValueStore } from './savedDataset';

/** An in-memory store that records which keys were read, and can be made to fail. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const reads: string[] = [];
  let failing = false;
  const check = () => {
    if (failing) throw new Error('QuotaExceededError');
  };
  const store: KeyValueStore = {
    get: async (key) => (check(), reads.push(key), data.get(key)),
    set: async (key, value) => void (check(), data.set(key, value)),
    del: async (key) => void (check(), data.delete(key)),
  };
  return { store, data, reads, fail: () => (failing = true) };
}

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('the remembered file', () => {
  it('is offered from its name, size and date alone: the file itself is not read until reopened', async () => {
    const { store, reads } = memoryStore();
    await rememberFile(file('{"big": "dataset"}'), 'big.json', store, Date.UTC(2022, 0, 27));
    expect(await savedFileInfo(store)).toEqual({ name: 'big.json', size: 18, savedAt: Date.UTC(2022, 0, 27) });
    expect(reads).toEqual(['sourceline:last-file-info']);

    const reopened = await readSavedFile(store);
    expect(await reopened!.text()).toBe('{"big": "dataset"}');
  });

  it('keeps the file as it was opened (a CSV stays a CSV), replacing the one before', async () => {
    const { store } = memoryStore();
    await rememberFile(file('first'), 'a.json', store);
    await rememberFile(new Blob(['date,title\n2022,x']), 'b.csv', store);
    expect((await savedFileInfo(store))?.name).toBe('b.csv');
    expect(await (await readSavedFile(store))!.text()).toBe('date,title\n2022,x');
  });

  it('drops the record earlier versions kept (name and whole text together) without reading it', async () => {
    const { store, data, reads } = memoryStore({
      'sourceline:last-opened-file': { name: 'old.json', text: 'x'.repeat(1000), savedAt: 1 },
    });
    expect(await savedFileInfo(store)).toBeNull();
    await Promise.resolve();
    expect(data.has('sourceline:last-opened-file')).toBe(false);
    expect(reads).not.toContain('sourceline:last-opened-file');
  });

  it('forgets both parts', async () => {
    const { store, data } = memoryStore();
    await rememberFile(file('x'), 'x.json', store);
    await forgetSavedFile(store);
    expect(data.size).toBe(0);
    expect(await savedFileInfo(store)).toBeNull();
    expect(await readSavedFile(store)).toBeNull();
  });

  it('never fails the page where storage is unavailable (private browsing, a full disk)', async () => {
    const { store, fail } = memoryStore();
    fail();
    await expect(rememberFile(file('x'), 'x.json', store)).resolves.toBeUndefined();
    await expect(savedFileInfo(store)).resolves.toBeNull();
    await expect(readSavedFile(store)).resolves.toBeNull();
    await expect(forgetSavedFile(store)).resolves.toBeUndefined();
  });

  it('ignores a malformed info record rather than offering nonsense', async () => {
    const { store } = memoryStore({ 'sourceline:last-file-info': { name: 42 } });
    expect(await savedFileInfo(store)).toBeNull();
  });
});
