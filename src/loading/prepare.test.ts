import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventAt, eventSourceOrdinals, idOf, isDisputed, openIndex } from '../engine/eventIndex';
import { toOrdinals } from '../engine/bitset';
import { matchTerm } from '../engine/searchIndex';
import { claimsOf, dataset as makeDataset, excerpt } from '../engine/testing.test-utils';
import { InProcessWorker, startPreparing, type WorkerLike } from './prepare';
import type { PrepareReply, PrepareRequest } from './protocol';
import type { Problem } from '../dataset/problems';

/** A worker whose replies the test sends, recording what the page posted and whether it was ended. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: { message: PrepareRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: PrepareRequest, transfer: Transferable[] = []): void {
    this.posted.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: PrepareReply): void {
    this.onmessage?.({ data });
  }
}

const encoder = new TextEncoder();
const chunksOf = (text: string, size: number) => {
  const bytes = encoder.encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
};

describe('the worker protocol (page side, with a fake worker)', () => {
  it('sends the chunks in order with their buffers transferred, then asks to open the named file', () => {
    const worker = new FakeWorker();
    const preparation = startPreparing({ worker });
    const chunks = chunksOf('{"a":1}', 3);
    for (const chunk of chunks) preparation.append(chunk);
    void preparation.finish('data.json');
    expect(worker.posted.map((p) => p.message.type)).toEqual(['chunk', 'chunk', 'chunk', 'open']);
    expect(worker.posted[0]!.transfer).toEqual([chunks[0]!.buffer]);
    expect(worker.posted[3]!.message).toEqual({ type: 'open', name: 'data.json' });
  });

  it('reports the steps, then settles with the columns; the worker lives on for the search index, then ends', async () => {
    const worker = new FakeWorker();
    const steps: string[] = [];
    const preparation = startPreparing({ worker, onStep: (step) => steps.push(step) });
    const outcome = preparation.finish('x.json');
    worker.reply({ type: 'step', step: 'checking' });
    worker.reply({ type: 'step', step: 'indexing' });
    const columns = { marker: true } as never;
    worker.reply({ type: 'ready', columns, notice: null });
    expect(await outcome).toEqual({ kind: 'ready', columns, notice: null });
    expect(steps).toEqual(['checking', 'indexing']);
    expect(worker.terminated).toBe(false);

    const search = preparation.indexSearch();
    expect(worker.posted.at(-1)!.message).toEqual({ type: 'index-search' });
    const data = {
      words: 'alpha\nbeta',
      postingStart: Uint32Array.of(0, 1, 2),
      postings: Uint32Array.of(0, 1),
      actorWords: '',
      actorPostingStart: Uint32Array.of(0),
      actorPostings: new Uint32Array(0),
    };
    worker.reply({ type: 'search', search: data, count: 2 });
    expect((await search).words).toEqual(['alpha', 'beta']);
    expect(worker.terminated).toBe(true);
  });

  it('settles with the problems of a rejected file, and ends the worker', async () => {
    const worker = new FakeWorker();
    const preparation = startPreparing({ worker });
    const outcome = preparation.finish('bad.json');
    const problems: Problem[] = [{ kind: 'missing', path: ['events', 0, 'id'], message: 'is required' }];
    worker.reply({ type: 'rejected', message: 'It is not a valid Sourceline dataset.', problems, total: 7 });
    expect(await outcome).toEqual({
      kind: 'rejected',
      message: 'It is not a valid Sourceline dataset.',
      problems,
      total: 7,
    });
    expect(worker.terminated).toBe(true);
  });

  it('turns a worker crash into a rejection that says so', async () => {
    const worker = new FakeWorker();
    const outcome = startPreparing({ worker }).finish('x.json');
    worker.onerror?.({ message: 'out of memory' });
    const settled = await outcome;
    expect(settled).toMatchObject({
      kind: 'rejected',
      problems: [{ kind: 'internal', message: 'the dataset could not be checked: out of memory' }],
    });
    expect(worker.terminated).toBe(true);
  });

  it('cancelled at any point: ends the worker, settles as cancelled, ignores late replies, sends nothing more', async () => {
    const worker = new FakeWorker();
    const preparation = startPreparing({ worker });
    preparation.append(encoder.encode('{'));
    preparation.cancel();
    expect(worker.terminated).toBe(true);
    const outcome = preparation.finish('x.json');
    preparation.append(encoder.encode('}'));
    expect(await outcome).toEqual({ kind: 'cancelled' });
    expect(worker.posted.map((p) => p.message.type)).toEqual(['chunk']);
    await expect(preparation.indexSearch()).rejects.toThrow();
  });

  it('cancelled while the search index is built: the waiting promise is rejected, not left hanging', async () => {
    const worker = new FakeWorker();
    const preparation = startPreparing({ worker });
    const outcome = preparation.finish('x.json');
    worker.reply({ type: 'ready', columns: {} as never, notice: null });
    await outcome;
    const search = preparation.indexSearch();
    preparation.cancel();
    await expect(search).rejects.toThrow('cancelled');
  });
});

describe('the worker job (run in-process)', () => {
  const prepareBytes = async (bytes: Uint8Array, name: string, chunkSize = 1000) => {
    const preparation = startPreparing({ worker: new InProcessWorker() });
    for (let at = 0; at < bytes.length; at += chunkSize) preparation.append(bytes.slice(at, at + chunkSize));
    return { preparation, outcome: await preparation.finish(name) };
  };
  const prepareText = (text: string, name: string, chunkSize = 1000) =>
    prepareBytes(encoder.encode(text), name, chunkSize);

  it('opens a dataset sent in many chunks: its events read back exactly as validated, and search works', async () => {
    const text = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
    const { preparation, outcome } = await prepareText(text, 'events.json', 4096);
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    const index = openIndex(outcome.columns);
    const original = new Map((JSON.parse(text).events as { id: string }[]).map((event) => [event.id, event]));
    expect(index.count).toBe(original.size);
    for (let ordinal = 0; ordinal < index.count; ordinal++) {
      expect(eventAt(index, ordinal)).toEqual(original.get(idOf(index, ordinal)));
    }
    const search = await preparation.indexSearch();
    expect(search.size).toBe(index.count);
    expect(search.words.length).toBeGreaterThan(100);
  });

  it("indexes search words by the index's own ordinals when the file lists events out of time order", async () => {
    const dataset = makeDataset({
      events: [
        { id: 'late', start: '2022-03-01', title: 'Zebra crossing' },
        { id: 'early', start: '2022-01-01', title: 'Aardvark sighting' },
        { id: 'middle', start: '2022-02-01', title: 'Mongoose rally' },
      ],
    });
    const { preparation, outcome } = await prepareText(JSON.stringify(dataset), 'x.json');
    if (outcome.kind !== 'ready') throw new Error('not ready');
    const index = openIndex(outcome.columns);
    const search = await preparation.indexSearch();
    const noActors = () => [];
    for (const [word, id] of [
      ['zebra', 'late'],
      ['aardvark', 'early'],
      ['mongoose', 'middle'],
    ] as const) {
      expect(
        [...toOrdinals(matchTerm(search, word, noActors))].map((o) => idOf(index, o)),
        word,
      ).toEqual([id]);
    }
  });

  it('gives the validated event, not the file text, for an event with keys the contract does not have', async () => {
    const valid = makeDataset({
      events: [
        { id: 'a', start: '2022-01-01' },
        { id: 'b', start: '2022-01-02' },
      ],
    });
    const raw = JSON.parse(JSON.stringify(valid));
    raw.events[1].unknownKey = 'dropped by the validator';
    raw.events[1].excerpts[0].__proto__ = { polluted: true };
    const { outcome } = await prepareText(JSON.stringify(raw), 'x.json');
    if (outcome.kind !== 'ready') throw new Error('not ready');
    const index = openIndex(outcome.columns);
    expect(eventAt(index, index.eventOrdinal.get('b')!)).toEqual(valid.events[1]);
    expect(eventAt(index, index.eventOrdinal.get('a')!)).toEqual(valid.events[0]);
  });

  it('rejects a malformed file with a syntax problem at its line and column, and an empty one', async () => {
    const malformed = await prepareText('{\n  "title": "x",\n  oops\n}', 'x.json');
    expect(malformed.outcome).toEqual({
      kind: 'rejected',
      message: 'It is not valid JSON.',
      problems: [{ kind: 'syntax', position: { line: 3, column: 3 }, message: 'unexpected character' }],
      total: 1,
    });
    const empty = await prepareText('  \n ', 'x.json');
    expect(empty.outcome).toMatchObject({ kind: 'rejected', message: 'The file is empty.' });
  });

  it('rejects an invalid dataset with each problem at its path, as keys and indexes', async () => {
    const dataset = makeDataset({ events: [{ id: 'a', start: '2022-01-01' }] });
    const raw = JSON.parse(JSON.stringify(dataset));
    raw.events[0].actors = ['ghost'];
    delete raw.events[0].title;
    const { outcome } = await prepareText(JSON.stringify(raw), 'x.json');
    expect(outcome).toEqual({
      kind: 'rejected',
      message: 'It is not a valid Sourceline dataset.',
      problems: [
        { kind: 'integrity', path: ['events', 0, 'actors', 0], message: 'no actor with id "ghost"' },
        { kind: 'missing', path: ['events', 0, 'title'], message: 'is required' },
      ],
      total: 2,
    });
  });

  it.each([
    ['[1, 2]', 'a list'],
    ['{"title": "T"}', 'an object without "events" and "sides"'],
  ])('says a file that is JSON but no dataset does not look like one: %s (%s)', async (text) => {
    const { outcome } = await prepareText(text, 'x.json');
    expect(outcome).toMatchObject({
      kind: 'rejected',
      message: 'It does not look like a Sourceline dataset (there is no "events" list).',
    });
  });

  it('a file with only "events" missing is an invalid dataset, not something else', async () => {
    const raw = JSON.parse(JSON.stringify(makeDataset({ events: [] })));
    delete raw.events;
    const { outcome } = await prepareText(JSON.stringify(raw), 'x.json');
    expect(outcome).toMatchObject({ kind: 'rejected', message: 'It is not a valid Sourceline dataset.' });
  });

  it('a TimelineJS file that is not JSON: a syntax problem too', async () => {
    const { outcome } = await prepareText('{"events": [{"start_date": {"year": 2022}}', 'tl.json');
    expect(outcome).toMatchObject({
      kind: 'rejected',
      message: 'It is not valid JSON.',
      problems: [{ kind: 'syntax', position: { line: 1, column: 43 } }],
    });
  });

  it('a CSV of which nothing converts: one import problem per row, each naming its row', async () => {
    const csv = ['date,title,source,quote', 'soon,Call,CNN,Quote', '2022-02-30,Impossible day,CNN,Quote'].join('\n');
    const { outcome } = await prepareText(csv, 'sheet.csv');
    if (outcome.kind !== 'rejected') throw new Error(`not rejected: ${JSON.stringify(outcome)}`);
    expect(outcome.message).toBe('No event in this CSV spreadsheet could be converted.');
    expect(outcome.problems.map((p) => p.kind)).toEqual(['import', 'import']);
    expect(outcome.problems.map((p) => p.message.slice(0, 6))).toEqual(['row 2:', 'row 3:']);
  });

  it('imports a CSV spreadsheet here too, with a notice of what could not be converted', async () => {
    const csv = [
      'date,title,source,quote',
      '2022-01-27,Call,CNN,"They spoke, at length."',
      '2022-02-30,Impossible day,CNN,Quote',
    ].join('\n');
    const { outcome } = await prepareText(csv, 'sheet.csv', 7);
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    expect(outcome.columns.order.length).toBe(1);
    expect(outcome.notice?.message).toContain('Imported 1 event from the CSV spreadsheet sheet.csv');
    expect(outcome.notice?.details.join('\n')).toContain('2022-02-30');
  });

  it('reads the encoding as decodeText does: a Windows-1252 CSV keeps its letters and says how it was read', async () => {
    // "Zürich" and "café" as Windows-1252 bytes (one byte each for ü and é), cut into chunks mid-file.
    const latin = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const csv = latin('date,title,source,quote\n2022-01-27,Z\u00fcrich talks,CNN,"A caf\u00e9 quote"\n');
    const { outcome } = await prepareBytes(csv, 'excel.csv', 16);
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    const index = openIndex(outcome.columns);
    expect(eventAt(index, 0).title).toBe('Z\u00fcrich talks');
    expect(JSON.stringify(eventAt(index, 0))).not.toContain('\ufffd');
    expect(outcome.notice?.message).toContain('not UTF-8, so it was read as Windows-1252');
  });

  it('opens a UTF-16 dataset (byte-order mark, then two bytes a character), its records intact', async () => {
    const text = JSON.stringify({
      ...makeDataset({ events: [{ id: 'a', start: '2022-01-01' }] }),
      title: 'Erdo\u011fan in UTF-16',
    });
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const { outcome } = await prepareBytes(bytes, 'unicode.json', 5);
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    expect(outcome.columns.meta.title).toBe('Erdo\u011fan in UTF-16');
    expect(eventAt(openIndex(outcome.columns), 0).id).toBe('a');
    expect(outcome.notice).toBeNull();
  });

  it("refuses two byte-order marks and a binary file with decodeText's message", async () => {
    const twoMarks = Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...encoder.encode('{}')]);
    expect((await prepareBytes(twoMarks, 'x.json')).outcome).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('two byte-order marks'),
    });
    const workbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
    expect((await prepareBytes(workbook, 'x.csv')).outcome).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('Excel workbook (.xlsx)'),
    });
  });

  it('opens a columnar (Arrow) dataset sent in chunks, reads its events back, and builds its search index', async () => {
    const { columnarEventReader, datasetToArrow } = await import('../io/columnar');
    const dataset = makeDataset({
      events: [
        { id: 'late', start: '2022-03-01', title: 'Zebra crossing' },
        { id: 'early', start: '2022-01-01', title: 'Aardvark sighting' },
      ],
    });
    const { preparation, outcome } = await prepareBytes(datasetToArrow(dataset), 'x.arrow', 100);
    if (outcome.kind !== 'ready' || !('ipc' in outcome.columns.records)) throw new Error('not ready, or not columnar');
    const index = openIndex(outcome.columns, columnarEventReader(outcome.columns.records.ipc));
    expect(eventAt(index, 0)).toEqual(dataset.events[1]);
    const search = await preparation.indexSearch();
    expect([...toOrdinals(matchTerm(search, 'zebra', () => []))].map((o) => idOf(index, o))).toEqual(['late']);
  });

  it('indexes what claims need: the sources of each event and the disputed flag of isEventDisputed', async () => {
    const raw = makeDataset({
      sources: [{ id: 'first' }, { id: 'second' }],
      events: [
        { id: 'plain', start: '2022-01-01', excerpts: [['first', 'One account.']] },
        {
          id: 'contested',
          start: '2022-01-02',
          claims: claimsOf({ c1: 'It happened.' }),
          excerpts: [
            excerpt('second', 'It did.', { c1: 'asserts' }),
            excerpt('first', 'It did not.', { c1: 'disputes' }),
          ],
        },
      ],
    });
    const { outcome } = await prepareText(JSON.stringify(raw), 'x.json');
    if (outcome.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    const index = openIndex(outcome.columns);
    const at = (id: string) => index.eventOrdinal.get(id)!;
    expect(isDisputed(index, at('contested'))).toBe(true);
    expect(isDisputed(index, at('plain'))).toBe(false);
    expect([...eventSourceOrdinals(index, at('contested'))]).toEqual([0, 1]);
    expect([...eventSourceOrdinals(index, at('plain'))]).toEqual([0]);
  });
});
