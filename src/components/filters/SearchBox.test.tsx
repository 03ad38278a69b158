// @vitest-environment happy-dom
// What the address bar does with a search being typed (one history entry per search, replaced while
// typing) lives in store/urlSync.ts and is tested there; this is the box itself.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { DEFAULT_URL_STATE } from '../../store/urlState';
import { SearchBox } from './SearchBox';
import { inStore, isolateComponentTests, searchIndexOf, showDataset, store } from '../common/testing.test-utils';

isolateComponentTests();

const SPEC = { events: [{ id: 'a', start: '2022-01-27', title: 'Sanctions announced' }] };
const box = () => screen.getByRole('searchbox', { name: 'Search events' }) as HTMLInputElement;
const hint = () => document.getElementById(box().getAttribute('aria-describedby')!)!.textContent;

describe('SearchBox', () => {
  it('puts what is typed into the store’s query, letter by letter', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<SearchBox />);
    const typed: string[] = [];
    const unsubscribe = useAppStore.subscribe((state, before) => {
      if (state.filters.query !== before.filters.query) typed.push(state.filters.query);
    });
    await user.type(box(), 'sanct');
    unsubscribe();
    expect(typed).toEqual(['s', 'sa', 'san', 'sanc', 'sanct']);
    expect(box().value).toBe('sanct');

    await user.clear(box());
    expect(store().filters.query).toBe('');
  });

  it('shows a query restored from elsewhere (back, forward, a link)', () => {
    showDataset(SPEC);
    render(<SearchBox />);
    inStore(() => store().applyUrlState({ ...DEFAULT_URL_STATE, filters: { ...store().filters, query: 'troops' } }));
    expect(box().value).toBe('troops');
  });

  it('says the search waits while the text is still being indexed, and stops saying so once it is ready', () => {
    const index = showDataset(SPEC);
    render(<SearchBox />);
    expect(hint()).toBe('Words match titles, summaries, quotes and actor names.');
    inStore(() => store().setQuery('sanctions'));
    expect(hint()).toBe('Indexing the text… search applies in a moment.');
    inStore(() => store().setSearchIndex(index, searchIndexOf(index)));
    expect(hint()).toBe('Words match titles, summaries, quotes and actor names.');
  });
});
