// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from './FilterPanel';
import { inStore, isolateComponentTests, showDataset, store, type DatasetSpec } from '../common/testing.test-utils';

isolateComponentTests();

// happy-dom lays nothing out, so every element is 0 px high; the actor list draws the rows that fit
// in its scroller (all of them, for lists this short), and a scroller of no height fits none.
beforeEach(() => vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400));
afterEach(() => vi.restoreAllMocks());

/** Eleven actors (enough for the actor search box) on three sides; four events. */
const SPEC: DatasetSpec = {
  sides: [
    { id: 'us', name: 'United States' },
    { id: 'ua', name: 'Ukraine' },
    { id: 'tr', name: 'Turkey' },
  ],
  actors: [
    { id: 'biden', side: 'us', name: 'Joe Biden' },
    { id: 'blinken', side: 'us', name: 'Antony Blinken' },
    { id: 'austin', side: 'us', name: 'Lloyd Austin' },
    { id: 'psaki', side: 'us', name: 'Jen Psaki' },
    { id: 'sullivan', side: 'us', name: 'Jake Sullivan' },
    { id: 'zelensky', side: 'ua', name: 'Volodymyr Zelensky' },
    { id: 'kuleba', side: 'ua', name: 'Dmytro Kuleba' },
    { id: 'reznikov', side: 'ua', name: 'Oleksii Reznikov' },
    { id: 'yermak', side: 'ua', name: 'Andriy Yermak' },
    { id: 'shmyhal', side: 'ua', name: 'Denys Shmyhal' },
    { id: 'erdogan', side: 'tr', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoan'] },
  ],
  events: [
    { id: 'call', start: '2022-01-27', type: 'call', actors: ['biden', 'zelensky'] },
    { id: 'remarks', start: '2022-01-28', type: 'statement', actors: ['biden'] },
    { id: 'briefing', start: '2022-01-29', type: 'briefing', actors: ['zelensky', 'kuleba'] },
    { id: 'talks', start: '2022-02-10', type: 'talks', status: 'scheduled', actors: ['blinken'] },
  ],
};

const actorsFieldset = () => screen.getByRole('group', { name: 'Actors' });
// Found by label within their fieldset: role queries over the whole panel are slow in happy-dom.
const actorBox = (name: string) =>
  within(actorsFieldset()).getByLabelText(new RegExp(`^${name} \\d+$`)) as HTMLInputElement;
/** The count shown beside a checkbox. */
const countOf = (box: HTMLElement) => box.closest('.sl-facet__option')!.querySelector('.sl-count')!.textContent;
const actorNamesShown = () =>
  [...actorsFieldset().querySelectorAll('.sl-facet__label')].map((label) => label.textContent);
const sideNamesShown = () =>
  [...actorsFieldset().querySelectorAll('.sl-facet__group-name')].map((row) => row.textContent);

describe('ActorFilter', () => {
  it('lists the actors under their sides, each with its number of events', async () => {
    showDataset(SPEC);
    render(<FilterPanel />);
    expect(screen.getByLabelText('Joe Biden 2')).toBeTruthy();
    expect(sideNamesShown()).toEqual(['United States', 'Ukraine', 'Turkey']);
    expect(countOf(actorBox('Volodymyr Zelensky'))).toBe('2');
    expect(countOf(actorBox('Antony Blinken'))).toBe('1');
    expect(countOf(actorBox('Lloyd Austin'))).toBe('0');
  });

  it('checking an actor filters the store; "only" keeps that actor alone; Clear removes them all', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    await user.click(actorBox('Joe Biden'));
    expect(store().filters.actors).toEqual(['biden']);
    await user.click(actorBox('Dmytro Kuleba'));
    expect(store().filters.actors).toEqual(['biden', 'kuleba']);
    expect(actorBox('Joe Biden').checked).toBe(true);

    await user.click(actorBox('Dmytro Kuleba'));
    expect(store().filters.actors).toEqual(['biden']);

    await user.click(screen.getByRole('button', { name: 'only Volodymyr Zelensky' }));
    expect(store().filters.actors).toEqual(['zelensky']);
    expect(actorBox('Joe Biden').checked).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Clear actor filter' }));
    expect(store().filters.actors).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear actor filter' })).toBeNull();
  });

  it('shows a filter set from elsewhere (a link, the details) as checked', async () => {
    showDataset(SPEC);
    render(<FilterPanel />);
    inStore(() => store().setFacet('actors', ['kuleba']));
    expect(actorBox('Dmytro Kuleba').checked).toBe(true);
  });

  it('narrows the list to the actors whose name matches what is typed, ignoring case and accents', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    const find = screen.getByRole('searchbox', { name: 'Find an actor' });

    await user.type(find, 'KULE');
    expect(actorNamesShown()).toEqual(['Dmytro Kuleba']);
    expect(sideNamesShown()).toEqual(['Ukraine']);

    await user.clear(find);
    await user.type(find, 'erdogan');
    expect(actorNamesShown()).toEqual(['Recep Tayyip Erdoğan']);

    await user.clear(find);
    await user.type(find, 'nobody');
    expect(actorNamesShown()).toEqual([]);
    expect(within(actorsFieldset()).getByRole('status').textContent).toBe('No actor’s name matches “nobody”.');
    // Finding is not filtering.
    expect(store().filters.actors).toEqual([]);
  });
});

describe('the facet filters', () => {
  it('offers the event types and statuses the dataset has, with counts, and checking one filters the store', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    const types = screen.getByRole('group', { name: 'Event types' });
    expect(
      within(types)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label, li')!.textContent),
    ).toEqual(['Call 1', 'Briefing 1', 'Talks 1', 'Statement 1']);
    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(
      within(statuses)
        .getAllByRole('checkbox')
        .map((box) => box.closest('li')!.textContent),
    ).toEqual(['Occurred 3', 'Scheduled 1']);

    await user.click(within(types).getByRole('checkbox', { name: /^Call/ }));
    expect(store().filters.types).toEqual(['call']);
    await user.click(within(statuses).getByRole('checkbox', { name: /^Scheduled/ }));
    expect(store().filters.statuses).toEqual(['scheduled']);

    await user.click(within(types).getByRole('button', { name: 'Clear event types filter' }));
    expect(store().filters.types).toEqual([]);
  });

  it('counts each facet under the other filters: an actor checked changes the type counts', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    await user.click(actorBox('Joe Biden'));
    const types = screen.getByRole('group', { name: 'Event types' });
    expect(countOf(within(types).getByRole('checkbox', { name: /^Call/ }))).toBe('1');
    expect(countOf(within(types).getByRole('checkbox', { name: /^Briefing/ }))).toBe('0');
    expect(countOf(within(types).getByRole('checkbox', { name: /^Talks/ }))).toBe('0');
    // The actors' own counts do not narrow to the checked actor.
    expect(countOf(actorBox('Dmytro Kuleba'))).toBe('1');
  });
});

describe('only what the dataset has', () => {
  /** No actors, one source, no disputes, one status: as a TimelineJS import is. */
  const BARE: DatasetSpec = {
    events: [
      { id: 'a', start: '2022-01-27', type: 'call' },
      { id: 'b', start: '2022-01-28', type: 'statement' },
    ],
  };

  it('shows no actor finder, no "Disputed only", no one-source filter and no one-value facet for a dataset without them', () => {
    showDataset(BARE);
    render(<FilterPanel />);
    expect(screen.queryByRole('group', { name: 'Actors' })).toBeNull();
    expect(screen.queryByText(/No actor’s name matches/)).toBeNull();
    expect(screen.queryByRole('group', { name: 'Accounts' })).toBeNull();
    expect(screen.queryByLabelText(/^Disputed only/)).toBeNull();
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Source perspective' })).toBeNull();
    // What it has stays: two event types to choose between, and the dates.
    expect(screen.getByRole('group', { name: 'Event types' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Dates' })).toBeTruthy();
  });

  it('offers "Disputed only" once some event is disputed, and a filter a link checked stays to be unchecked', () => {
    showDataset({
      ...BARE,
      sources: [{ id: 's1' }, { id: 's2' }],
      events: [
        { id: 'a', start: '2022-01-27', excerpts: [{ source: 's1', quote: 'Q', stance: 'disputes' }] },
        { id: 'b', start: '2022-01-28' },
      ],
    });
    inStore(() => store().setFacet('statuses', ['occurred']));
    render(<FilterPanel />);
    expect(screen.getByLabelText(/^Disputed only/)).toBeTruthy();
    expect(screen.getByLabelText(/^Reported by one source only/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
  });
});
