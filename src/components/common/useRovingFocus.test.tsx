// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventList } from '../events/EventList';
import { FilterPanel } from '../filters/FilterPanel';
import { inStore, isolateComponentTests, showDataset, store } from './testing.test-utils';

isolateComponentTests();
// happy-dom lays nothing out: the lists draw the rows that fit in their scrollers, so they are given a height.
beforeEach(() => vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600));
afterEach(() => vi.restoreAllMocks());

const SPEC = {
  sides: [{ id: 'us', name: 'United States' }],
  actors: [
    { id: 'biden', side: 'us', name: 'Joe Biden' },
    { id: 'blinken', side: 'us', name: 'Antony Blinken' },
  ],
  events: [
    { id: 'call', start: '2022-01-27', type: 'call' as const, title: 'Call', actors: ['biden'] },
    { id: 'talks', start: '2022-01-28', type: 'talks' as const, title: 'Talks', actors: ['blinken'] },
    { id: 'brief', start: '2022-01-29', type: 'briefing' as const, title: 'Briefing', status: 'scheduled' as const },
  ],
};

/** The controls of `group` that the Tab key stops at. */
const tabStops = (group: HTMLElement) =>
  [...group.querySelectorAll<HTMLElement>('input, button')].filter((control) => control.tabIndex >= 0);

describe('one tab stop per group, the arrow keys inside it', () => {
  it('event types: one stop; the arrows move focus and the stop with it; Space ticks', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    const types = screen.getByRole('group', { name: 'Event types' });
    // In the vocabulary's order.
    const [call, briefing, talks] = within(types).getAllByRole('checkbox');
    expect(tabStops(types)).toEqual([call]);

    call!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(briefing);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(talks);
    expect(tabStops(types)).toEqual([talks]);
    await user.keyboard(' ');
    expect(store().filters.types).toEqual(['talks']);
    await user.keyboard('{Home}{ArrowUp}');
    expect(document.activeElement).toBe(call);
  });

  it('actors: one stop for the list; up and down keep to a column, left and right cross to "only"', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    const list = screen.getByRole('list', { name: 'Actors by side' });
    const [biden, blinken] = within(list).getAllByRole('checkbox');
    expect(tabStops(list)).toEqual([biden]);
    biden!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'only Joe Biden' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'only Antony Blinken' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(blinken);
    expect(tabStops(list)).toEqual([blinken]);
  });

  it('Tab goes from one group to the next, not through every box', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<FilterPanel />);
    screen.getByRole('group', { name: 'Event types' }).querySelector('input')!.focus();
    await user.tab();
    expect(screen.getByRole('group', { name: 'Status' }).contains(document.activeElement)).toBe(true);
  });

  it('the events list: one stop, the selected row once there is one', () => {
    showDataset(SPEC);
    const { container } = render(<EventList />);
    const rows = () => [...container.querySelectorAll<HTMLElement>('button[data-event-id]')];
    expect(tabStops(container as HTMLElement).map((row) => row.dataset.eventId)).toEqual(['call']);
    expect(rows()).toHaveLength(3);
    inStore(() => store().select('talks'));
    expect(tabStops(container as HTMLElement).map((row) => row.dataset.eventId)).toEqual(['talks']);
  });
});
