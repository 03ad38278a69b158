// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmptyTimeline } from './EmptyTimeline';
import { inStore, isolateComponentTests, searchIndexOf, showDataset, store } from '../common/testing.test-utils';

isolateComponentTests();

const SPEC = {
  sides: [{ id: 'ru' }, { id: 'us' }],
  actors: [
    { id: 'putin', side: 'ru', name: 'Vladimir Putin' },
    { id: 'biden', side: 'us', name: 'Joe Biden' },
  ],
  events: [
    {
      id: 'call',
      start: '2022-01-27',
      type: 'call' as const,
      title: 'Putin and Biden speak',
      actors: ['putin', 'biden'],
    },
    { id: 'sanctions', start: '2022-01-28', title: 'Sanctions pledged', actors: ['biden'] },
    { id: 'more', start: '2022-01-29', title: 'More sanctions', actors: ['biden'] },
  ],
};

function showWithSearch() {
  const index = showDataset(SPEC);
  inStore(() => store().setSearchIndex(index, searchIndexOf(index)));
}

const empty = () => screen.queryByTestId('timeline-empty');

describe('EmptyTimeline', () => {
  it('is not there while something matches', () => {
    showWithSearch();
    inStore(() => store().setQuery('sanctions'));
    render(<EmptyTimeline />);
    expect(empty()).toBeNull();
  });

  it('names the filters that match nothing, offers to drop the one in the way, with what that gives', async () => {
    const user = userEvent.setup();
    showWithSearch();
    inStore(() => {
      store().setFacet('actors', ['putin']);
      store().setQuery('sanctions');
    });
    render(<EmptyTimeline />);
    expect(within(empty()!).getByRole('status').textContent).toBe('No events with Vladimir Putin and “sanctions”.');
    const offers = within(empty()!)
      .getAllByRole('button')
      .map((button) => button.textContent);
    // The one that gives the most events first.
    expect(offers).toEqual(['Remove Vladimir Putin: 2 events', 'Remove “sanctions”: 1 event', 'Reset filters']);

    await user.click(screen.getByRole('button', { name: 'Remove “sanctions”: 1 event' }));
    expect(store().filters.query).toBe('');
    expect(store().filters.actors).toEqual(['putin']);
    expect(empty()).toBeNull();
  });

  it('offers only Reset filters when no one filter is in the way, and says "together" for all of the actors', () => {
    showWithSearch();
    inStore(() => {
      store().setFacet('actors', ['putin', 'biden']);
      store().setActorMatch('all');
      store().setFacet('types', ['other']);
      store().setQuery('nonsense');
    });
    render(<EmptyTimeline />);
    expect(within(empty()!).getByRole('status').textContent).toBe(
      'No events with Vladimir Putin and Joe Biden together and type Other and “nonsense”.',
    );
    expect(
      within(empty()!)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Reset filters']);
  });
});
