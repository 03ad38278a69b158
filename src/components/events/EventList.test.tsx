// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../details/EventDetails';
import { EventList } from './EventList';
import { inStore, isolateComponentTests, MARKUP, nextFrame, showDataset, store } from '../common/testing.test-utils';

isolateComponentTests();

// happy-dom lays nothing out: the list draws the rows that fit in its scroller, so it is given a height.
beforeEach(() => vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600));
afterEach(() => vi.restoreAllMocks());

const SPEC = {
  sides: [{ id: 'us' }],
  actors: [{ id: 'biden', side: 'us' }],
  // Listed out of order: the list is in time order.
  events: [
    { id: 'third', start: '2022-01-03', title: 'Third', actors: ['biden'] },
    { id: 'first', start: '2022-01-01', title: 'First', actors: ['biden'] },
    { id: 'second', start: '2022-01-02', title: 'Second' },
    { id: 'fourth', start: '2022-01-04', title: 'Fourth', status: 'scheduled' as const, actors: ['biden'] },
  ],
};

const list = () => screen.getByRole('list', { name: 'Events' });
const rowTitles = () => [...list().querySelectorAll('.sl-list__title')].map((title) => title.textContent);
const row = (id: string) => list().querySelector<HTMLButtonElement>(`button[data-event-id="${id}"]`)!;

describe('EventList', () => {
  it('lists the events the filters let through, in time order', () => {
    showDataset(SPEC);
    render(<EventList />);
    expect(rowTitles()).toEqual(['First', 'Second', 'Third', 'Fourth']);
    expect(within(row('fourth')).getByText('Scheduled')).toBeTruthy();
    inStore(() => store().setFacet('actors', ['biden']));
    expect(rowTitles()).toEqual(['First', 'Third', 'Fourth']);
  });

  it('moves through the events with the arrow keys, Home and End, focus following; Escape unselects', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    inStore(() => store().setFacet('actors', ['biden']));
    render(<EventList />);
    row('first').focus();
    // From the focused row to the next match ("Second" is filtered out).
    await user.keyboard('{ArrowDown}');
    expect(store().selectedId).toBe('third');
    // Focus moves to the row once it is drawn, in the next frame.
    await nextFrame();
    expect(document.activeElement).toBe(row('third'));
    expect(row('third').getAttribute('aria-current')).toBe('true');

    await user.keyboard('{End}');
    expect(store().selectedId).toBe('fourth');
    await nextFrame();
    expect(document.activeElement).toBe(row('fourth'));
    await user.keyboard('{ArrowUp}');
    expect(store().selectedId).toBe('third');
    await user.keyboard('{Home}');
    expect(store().selectedId).toBe('first');

    await user.keyboard('{Escape}');
    expect(store().selectedId).toBeNull();
  });

  it('opens an event in the details, with focus there, and Escape brings the reader back to its row', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(
      <>
        <EventList />
        <EventDetails />
      </>,
    );
    await user.click(row('second'));
    expect(store().selectedId).toBe('second');
    await nextFrame();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Second' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Event details' })).toBeNull();
    expect(document.activeElement).toBe(row('second'));
  });

  it('shows titles as text', () => {
    showDataset({ events: [{ id: 'x', start: '2022-01-01', title: MARKUP }] });
    render(<EventList />);
    expect(list().querySelector('img')).toBeNull();
    expect(rowTitles()).toEqual([MARKUP]);
  });
});
