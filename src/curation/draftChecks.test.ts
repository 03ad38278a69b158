import { describe, expect, it } from 'vitest';
import type { CheckReply, CheckRequest } from './checkJob';
import { runChecks } from './checkJob';
import { DraftChecker, type CheckWorker } from './draftChecks';
import { setDatasetInfo } from './datasetEdits';
import { twoArticleDraft } from './testing.test-utils';

/** A worker that answers only when told to, so that the test decides what is in flight. */
function fakeWorker() {
  const received: CheckRequest[] = [];
  const worker: CheckWorker = {
    postMessage: (request) => void received.push(request),
    onmessage: null,
    onerror: null,
    terminate: () => {},
  };
  const answer = () => {
    const request = received.shift()!;
    worker.onmessage?.({ data: runChecks(request) as CheckReply });
    return request;
  };
  return { worker, received, answer };
}

describe('the checks of a draft', () => {
  it('run one at a time, and after a check the latest change is checked, not those in between', async () => {
    const fake = fakeWorker();
    const checker = new DraftChecker(() => fake.worker);
    const base = await twoArticleDraft();
    const [a, b, c] = ['A', '', 'C'].map((title) => setDatasetInfo(base, { title }));
    checker.check(a!);
    checker.check(b!);
    checker.check(c!);
    expect(fake.received).toHaveLength(1);
    expect(fake.answer().dataset).toMatchObject({ title: 'A' });
    expect(checker.state.getState()).toMatchObject({ checked: a, running: true });
    expect(fake.answer().dataset).toMatchObject({ title: 'C' });
    expect(checker.state.getState()).toMatchObject({ checked: c, running: false, problems: [] });
  });

  it('report each problem with its JSON path, as the command-line tools do', async () => {
    const fake = fakeWorker();
    const checker = new DraftChecker(() => fake.worker);
    checker.check(setDatasetInfo(await twoArticleDraft(), { title: ' ' }));
    fake.answer();
    expect(checker.state.getState().problems).toEqual([
      { kind: 'schema', path: ['title'], message: 'must not be empty' },
    ]);
  });

  it('say so when the checks themselves fail', async () => {
    const fake = fakeWorker();
    const checker = new DraftChecker(() => fake.worker);
    checker.check(await twoArticleDraft());
    fake.worker.onerror?.({ message: 'out of memory' });
    expect(checker.state.getState()).toMatchObject({ running: false, failure: 'The checks failed: out of memory.' });
  });
});
