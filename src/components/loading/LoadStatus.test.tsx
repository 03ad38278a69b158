// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelLoading, openFile } from '../../store/openDataset';
import type { LoadingState } from '../../store/store';
import { LoadStatus } from './LoadStatus';
import { inStore, isolateComponentTests, MARKUP, showDataset, store, untilStore } from '../common/testing.test-utils';

isolateComponentTests();
afterEach(() => cancelLoading());

const SHOWN = { title: 'Shown before', events: [{ id: 'a', start: '2022-01-27' }] };

/** A 2 KB file of which the first half arrives and the rest never does: a load held open. */
function halfArrivedFile(name: string) {
  const status = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new Uint8Array(1024).fill(32)),
    cancel: () => void (status.cancelled = true),
  });
  const file = { name, size: 2048, stream: () => stream } as unknown as Blob & { name: string };
  return { file, status };
}

const loading = (change: Partial<LoadingState> = {}): LoadingState => ({
  label: 'big.json',
  phase: 'downloading',
  progress: { loaded: 3 * 1024 * 1024, total: 10 * 1024 * 1024 },
  stalled: false,
  retry: null,
  ...change,
});

describe('LoadStatus while a dataset opens', () => {
  it('shows the bytes read, and Cancel stops the load and keeps the dataset shown before', async () => {
    const user = userEvent.setup();
    showDataset(SHOWN);
    render(<LoadStatus />);
    const { file, status } = halfArrivedFile('big.json');
    let opening!: Promise<boolean>;
    act(() => void (opening = openFile(file)));

    await untilStore((s) => s.loading?.progress?.loaded === 1024);
    const bar = screen.getByLabelText('Reading big.json: 1 KB of 2 KB') as HTMLProgressElement;
    expect(bar.value).toBe(0.5);

    await user.click(screen.getByRole('button', { name: 'Cancel opening big.json' }));
    expect(store().loading).toBeNull();
    expect(screen.queryByTestId('loading')).toBeNull();
    expect(await opening).toBe(false);
    expect(status.cancelled).toBe(true);
    // Nothing lost: the page shows what it showed, and there is nothing to report.
    expect(store().index?.meta.title).toBe('Shown before');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with nothing shown, a cancelled load says so, leaving the way back to the header (once, not twice)', async () => {
    const user = userEvent.setup();
    render(<LoadStatus />);
    act(() => void openFile(halfArrivedFile('big.json').file));
    await user.click(screen.getByRole('button', { name: 'Cancel opening big.json' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not open big.json. Opening it was cancelled.');
    expect(within(alert).queryByRole('button', { name: /bundled dataset/ })).toBeNull();
  });

  it('a download that has stalled says so, with Retry and Cancel', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    render(<LoadStatus />);
    inStore(() => store().setLoading(loading({ stalled: true, retry })));
    expect(screen.getByRole('alert').textContent).toMatch(/^Nothing has arrived for 15 seconds/);
    expect(screen.getByLabelText('Downloading big.json: 3.0 MB of 10 MB')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Cancel opening big.json' })).toBeTruthy();
  });

  it('a download going on offers Cancel only; the worker’s steps are named', () => {
    render(<LoadStatus />);
    inStore(() => store().setLoading(loading({ retry: () => {} })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel opening big.json' })).toBeTruthy();
    inStore(() => store().setLoading(loading({ phase: 'checking', progress: null })));
    expect(screen.getByLabelText('Checking big.json (step 1 of 2)…')).toBeTruthy();
  });

  it('shows a file’s name as text', () => {
    render(<LoadStatus />);
    inStore(() => store().setLoading(loading({ label: MARKUP })));
    expect(screen.getByTestId('loading').querySelector('img')).toBeNull();
    expect(screen.getByTestId('loading').querySelector('label')!.textContent).toContain(MARKUP);
  });
});

describe('LoadStatus when a dataset could not be opened', () => {
  const problems = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      kind: 'schema' as const,
      path: ['events', i, 'start'],
      message: 'not a date',
    }));

  it('lists the first 50 problems with their paths, says how many more, and copies them all as text', async () => {
    const user = userEvent.setup();
    showDataset(SHOWN);
    render(<LoadStatus />);
    const kept = problems(60);
    inStore(() =>
      store().setFailure({
        label: 'bad.json',
        message: 'It is not valid.',
        problems: kept,
        totalProblems: 75,
        retry: null,
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.sl-alert__title')!.textContent).toBe(
      'Could not open bad.json. It is not valid. The dataset shown before is still shown. 75 problems:',
    );
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]!.textContent).toBe('events[0].start: not a date');
    expect(within(alert).getByText('… and 25 more.')).toBeTruthy();
    // The dataset shown stays: no need to offer the bundled one.
    expect(within(alert).queryByRole('button', { name: 'Open the bundled dataset' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Copy the problems' }));
    expect(await within(alert).findByRole('button', { name: 'Copied' })).toBeTruthy();
    const copied = (await navigator.clipboard.readText()).split('\n');
    expect(copied).toHaveLength(1 + 60 + 1);
    expect(copied[1]).toBe('events[0].start: not a date');
    expect(copied.at(-1)).toMatch(/^… and 15 more, not listed: only the first 60 are kept/);
  });

  it('shows invisible characters in a message as escapes, offers Retry where it can help, and Dismiss clears it', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    render(<LoadStatus />);
    inStore(() =>
      store().setFailure({
        label: 'x.json',
        message: 'The server said \u202eno',
        problems: [],
        totalProblems: 0,
        retry,
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The server said \\u202eno');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(store().failure).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an import notice lists what was left out, and Dismiss clears it', async () => {
    const user = userEvent.setup();
    render(<LoadStatus />);
    inStore(() =>
      store().setNotice({ message: '2 rows were skipped.', details: ['row 3: no date', 'row 8: no quote'] }),
    );
    const notice = screen.getByTestId('import-notice');
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['row 3: no date', 'row 8: no quote']);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(store().notice).toBeNull();
  });
});
