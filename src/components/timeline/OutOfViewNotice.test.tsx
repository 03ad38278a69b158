// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OutOfViewNotice } from './OutOfViewNotice';
import { inStore, isolateComponentTests, showDataset, store, utc } from '../common/testing.test-utils';

isolateComponentTests();

const SPEC = {
  sides: [{ id: 'us' }],
  actors: [{ id: 'biden', side: 'us' }],
  events: [
    { id: 'jan-1', start: '2022-01-01', actors: ['biden'] },
    { id: 'jan-10', start: '2022-01-10' },
    { id: 'jan-20', start: '2022-01-20', actors: ['biden'] },
    { id: 'feb-15', start: '2022-02-15', actors: ['biden'] },
  ],
};

/** The first half of January: one of Biden's three events is in view. */
const EARLY_JANUARY = { start: utc(2021, 12, 31), end: utc(2022, 1, 15) };

describe('OutOfViewNotice', () => {
  it('says nothing while no filter is on, however many events are out of view', () => {
    showDataset(SPEC);
    inStore(() => store().setWindow(EARLY_JANUARY));
    render(<OutOfViewNotice />);
    expect(screen.queryByTestId('out-of-view')).toBeNull();
  });

  it('while a filter is on, counts the matches outside the window, and fits the window to all of them', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    inStore(() => store().setWindow(EARLY_JANUARY));
    render(<OutOfViewNotice />);
    inStore(() => store().setFacet('actors', ['biden']));
    expect(screen.getByTestId('out-of-view').textContent).toBe('2 of 3 matches are outside the view.Show all matches');

    await user.click(screen.getByRole('button', { name: 'Show all matches' }));
    const window = store().window!;
    expect(window.start).toBeLessThanOrEqual(utc(2022, 1, 1));
    expect(window.end).toBeGreaterThanOrEqual(utc(2022, 2, 16));
    // The window now holds every match: nothing left to say.
    expect(screen.queryByTestId('out-of-view')).toBeNull();
  });

  it('speaks of one match in the singular', async () => {
    showDataset(SPEC);
    inStore(() => store().setWindow(EARLY_JANUARY));
    render(<OutOfViewNotice />);
    inStore(() => store().setDateRange('2022-02-01', null));
    expect(screen.getByTestId('out-of-view').querySelector('p')!.textContent).toBe('1 of 1 match is outside the view.');
  });
});
