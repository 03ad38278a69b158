// @vitest-environment happy-dom
// The header's two menus, Share and Export, and what they share (useMenu.ts): Escape closes a menu
// and puts focus back on its button; a click anywhere outside closes it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from './ExportMenu';
import { ShareMenu } from './ShareMenu';
import {
  inStore,
  isolateComponentTests,
  searchIndexOf,
  showDataset,
  store,
  type DatasetSpec,
} from '../common/testing.test-utils';

isolateComponentTests();
afterEach(() => vi.restoreAllMocks());

const SPEC: DatasetSpec = {
  title: 'Border crisis, Jan 2022',
  sides: [{ id: 'us' }],
  actors: [{ id: 'biden', side: 'us' }],
  events: [
    { id: 'call', start: '2022-01-27', actors: ['biden'] },
    { id: 'remarks', start: '2022-01-28', actors: ['biden'] },
    { id: 'other', start: '2022-01-29' },
  ],
};

const shareButton = () => screen.getByRole('button', { name: 'Share' });
const shareList = () => screen.queryByRole('list', { name: 'Share' });

/** The menu in a page with something else on it, and a parent that would act on an Escape it gets. */
function renderShareMenu() {
  const parentEscapes = vi.fn();
  render(
    <>
      <button type="button">Elsewhere on the page</button>
      <div onKeyDown={(event) => event.key === 'Escape' && parentEscapes(event.key)}>
        <ShareMenu />
      </div>
    </>,
  );
  return { parentEscapes };
}

describe('a header menu (Share)', () => {
  it('opens on its button, and Escape inside it closes it with focus back on the button', async () => {
    const user = userEvent.setup();
    showDataset(SPEC, { kind: 'url', url: 'https://example.org/d.json' });
    const { parentEscapes } = renderShareMenu();
    expect(shareList()).toBeNull();
    await user.click(shareButton());
    expect(shareButton().getAttribute('aria-expanded')).toBe('true');
    // Into the menu, as a keyboard reader goes.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy link to this view' }));

    await user.keyboard('{Escape}');
    expect(shareList()).toBeNull();
    expect(shareButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(shareButton());
    // The menu took that Escape: what is behind it (the event details) must not close as well.
    expect(parentEscapes).not.toHaveBeenCalled();

    // With the menu closed, Escape is not the menu's.
    await user.keyboard('{Escape}');
    expect(parentEscapes).toHaveBeenCalledWith('Escape');
  });

  it('closes on a click outside it, and stays open on a click inside it', async () => {
    const user = userEvent.setup();
    showDataset(SPEC, { kind: 'url', url: 'https://example.org/d.json' });
    renderShareMenu();
    await user.click(shareButton());
    fireEvent.pointerDown(within(shareList()!).getByText(/Print or save as PDF/));
    expect(shareList()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Elsewhere on the page' }));
    expect(shareList()).toBeNull();
  });

  it('copies a link to the view on screen: the dataset’s address and the filters', async () => {
    const user = userEvent.setup();
    showDataset(SPEC, { kind: 'url', url: 'https://example.org/d.json' });
    inStore(() => store().setFacet('actors', ['biden']));
    renderShareMenu();
    await user.click(shareButton());
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?data=https://example.org/d.json&actor=biden`,
    );
    expect(shareList()).toBeNull();
  });

  it('offers no link to a dataset opened from a file, and says why', async () => {
    const user = userEvent.setup();
    showDataset(SPEC, { kind: 'file', name: 'mine.json' });
    renderShareMenu();
    await user.click(shareButton());
    expect((screen.getByRole('button', { name: 'Copy link to this view' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Embed…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(shareList()!).getByText(/opened from a file on your computer, so no link can open it/)).toBeTruthy();
  });

  it('offers the system’s share sheet where the browser has one, with the link to this view', async () => {
    const user = userEvent.setup();
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      showDataset(SPEC, { kind: 'url', url: 'https://example.org/d.json' });
      inStore(() => store().select('call'));
      renderShareMenu();
      await user.click(shareButton());
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith({
        title: SPEC.title,
        url: `${window.location.origin}/?data=https://example.org/d.json&event=call`,
      });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
    // Without one, it is not offered.
    await user.click(shareButton());
    await user.click(shareButton());
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it('Embed… makes the code to measure (height, the event it opens on, the toolbar) and previews it', async () => {
    const user = userEvent.setup();
    showDataset(SPEC, { kind: 'url', url: 'https://example.org/d.json' });
    inStore(() => store().select('call'));
    renderShareMenu();
    await user.click(shareButton());
    await user.click(screen.getByRole('button', { name: 'Embed…' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed this view' });
    const code = () => (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
    const preview = () => within(dialog).getByTitle('Preview of the embedded view') as HTMLIFrameElement;
    // By default: the open event, 640 px, and no toolbar for readers (the editor's framing kept).
    const base = `${window.location.origin}/?data=https://example.org/d.json`;
    expect(code()).toContain(`src="${base}&amp;event=call&amp;embed=1&amp;controls=0"`);
    expect(code()).toContain('height="640"');
    expect(preview().getAttribute('src')).toBe(`${base}&event=call&embed=1&controls=0`);

    const height = within(dialog).getByLabelText('Height (px)');
    await user.clear(height);
    await user.type(height, '480');
    await user.selectOptions(within(dialog).getByLabelText('Opens on'), '');
    await user.click(within(dialog).getByRole('checkbox', { name: /Readers get the toolbar/ }));
    expect(code()).toContain(`src="${base}&amp;embed=1"`);
    expect(code()).toContain('height="480"');
    expect(preview().getAttribute('src')).toBe(`${base}&embed=1`);
    expect(preview().getAttribute('height')).toBe('480');
  });
});

describe('ExportMenu', () => {
  const exportButton = () => screen.getByRole('button', { name: /^Export/ }) as HTMLButtonElement;

  it('names how many events the filters show, and is disabled when they show none', () => {
    const index = showDataset(SPEC);
    render(<ExportMenu />);
    expect(exportButton().textContent).toBe('Export 3 events');
    inStore(() => store().setFacet('actors', ['biden']));
    expect(exportButton().textContent).toBe('Export 2 events');
    inStore(() => store().setSearchIndex(index, searchIndexOf(index)));
    inStore(() => store().setQuery('nowhere'));
    expect(exportButton().textContent).toBe('Export 0 events');
    expect(exportButton().disabled).toBe(true);
  });

  it('Escape closes it and focus returns to its button', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<ExportMenu />);
    await user.click(exportButton());
    await user.tab();
    expect(document.activeElement!.textContent).toBe('Dataset (JSON)');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Export format' })).toBeNull();
    expect(document.activeElement).toBe(exportButton());
  });

  it('downloads the events the filters show, in a file named after the dataset', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // The converter is imported when asked for: the download comes when it has loaded, however long that takes.
    let downloaded!: (name: string) => void;
    const download = new Promise<string>((resolve) => (downloaded = resolve));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded(this.download);
    });
    showDataset(SPEC);
    inStore(() => store().setFacet('actors', ['biden']));
    render(<ExportMenu />);
    await user.click(exportButton());
    await user.click(screen.getByRole('button', { name: 'Dataset (JSON)' }));
    expect(await act(() => download)).toBe('border-crisis-jan-2022-2-events.json');
    expect(blobs).toHaveLength(1);
    const written = JSON.parse(await blobs[0]!.text());
    expect(written.events.map((event: { id: string }) => event.id)).toEqual(['call', 'remarks']);
  });
});
