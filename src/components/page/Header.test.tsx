// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../loading/bundledDataset';
import type { DatasetOrigin } from '../../store/store';
import { Header } from './Header';
import { isolateComponentTests, MARKUP, showDataset, store, untilStore } from '../common/testing.test-utils';

isolateComponentTests();
// Fetched once, before any test waits for it: going back then takes only the steps after the download.
beforeAll(() => loadBundledDataset());

const SPEC = { title: 'Someone else’s timeline', events: [{ id: 'a', start: '2022-01-27' }] };
const provenance = () => screen.queryByRole('note', { name: 'Where this dataset comes from' });

function renderWith(origin: DatasetOrigin) {
  showDataset(SPEC, origin);
  render(<Header />);
  return provenance();
}

describe('Header: whose dataset this is', () => {
  it('says nothing of the kind for the bundled dataset', () => {
    expect(renderWith({ kind: 'bundled' })).toBeNull();
  });

  it('names the file a dataset was opened from', () => {
    const note = renderWith({ kind: 'file', name: 'mine.json' })!;
    expect(note.querySelector('p')!.textContent).toBe(
      'Not the bundled dataset. Opened from your file mine.json: its events, quotes and links are that file’s, not checked by Sourceline.',
    );
  });

  it('names the host a dataset was downloaded from, with the full address on hover', () => {
    const note = renderWith({ kind: 'url', url: 'https://data.example.org/crisis/events.json' })!;
    const source = note.querySelector('bdi')!;
    expect(source.textContent).toBe('data.example.org');
    expect(source.title).toBe('https://data.example.org/crisis/events.json');
    expect(note.textContent).toContain('Downloaded from data.example.org:');
  });

  it('names the path of a dataset on this same site', () => {
    const note = renderWith({ kind: 'url', url: 'data/mine.json' })!;
    expect(note.textContent).toContain('Downloaded from /data/mine.json on this site:');
  });

  it('goes back to the bundled dataset, and then says no more', async () => {
    const user = userEvent.setup();
    const note = renderWith({ kind: 'file', name: 'mine.json' })!;
    await user.click(within(note).getByRole('button', { name: 'Back to the bundled dataset' }));
    await untilStore((s) => s.origin.kind === 'bundled' && s.index?.meta.title !== SPEC.title);
    expect(provenance()).toBeNull();
    expect(screen.getByTestId('dataset-title').textContent).not.toBe(SPEC.title);
    expect(store().index!.meta.title).toBe(screen.getByTestId('dataset-title').textContent);
  });

  it('offers the way back when a link failed and nothing is shown at all', async () => {
    const user = userEvent.setup();
    render(<Header />);
    await user.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    await untilStore((s) => s.index !== null);
    expect(store().origin).toEqual({ kind: 'bundled' });
    expect(screen.getByTestId('dataset-title').textContent).toBe(store().index!.meta.title);
    expect(screen.queryByRole('button', { name: 'Back to the bundled dataset' })).toBeNull();
  });
});

describe('Header: the dataset’s title', () => {
  it('is shown, and names the page, as text', () => {
    showDataset({ ...SPEC, title: MARKUP }, { kind: 'file', name: MARKUP });
    const { container } = render(<Header />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('dataset-title').textContent).toBe(MARKUP);
    expect(provenance()!.querySelector('bdi')!.textContent).toBe(MARKUP);
    expect(document.title).toBe(`${MARKUP} · Sourceline`);
  });
});

describe('Header: its actions are one tab stop', () => {
  it('takes one Tab press for Curate, Open, Export and Share, the arrow keys moving between them', async () => {
    const user = userEvent.setup();
    renderWith({ kind: 'bundled' });
    const toolbar = screen.getByRole('toolbar', { name: 'Dataset' });
    const names = ['Curate', 'Open dataset…', 'Export 1 event', 'Share'];
    const buttons = names.map((name) => within(toolbar).getByRole('button', { name }));
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1]);

    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(buttons[2]);
    // The last one focused is the stop the next Tab into the toolbar lands on.
    expect(buttons.map((button) => button.tabIndex)).toEqual([-1, -1, 0, -1]);
    await user.tab();
    expect(toolbar.contains(document.activeElement)).toBe(false);
  });
});
