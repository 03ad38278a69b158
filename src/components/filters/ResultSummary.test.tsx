// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResultSummary } from './ResultSummary';
import {
  inStore,
  isolateComponentTests,
  MARKUP,
  showDataset,
  store,
  type DatasetSpec,
} from '../common/testing.test-utils';

isolateComponentTests();

const SPEC: DatasetSpec = {
  sides: [{ id: 'us', name: 'United States' }],
  sources: [
    { id: 'cnn', kind: 'live-blog', outlet: 'CNN' },
    { id: 'tass', kind: 'state-media', outlet: 'TASS' },
  ],
  actors: [
    { id: 'biden', side: 'us', name: 'Joe Biden' },
    { id: 'odd', side: 'us', name: MARKUP },
  ],
  events: [
    { id: 'call', start: '2022-01-27', type: 'call', actors: ['biden'], excerpts: [['cnn', 'A call.']] },
    { id: 'talks', start: '2022-02-10', type: 'talks', status: 'scheduled', actors: ['odd'] },
    { id: 'remarks', start: '2022-02-11', type: 'troop-report', excerpts: [['tass', 'Remarks.']] },
  ],
};

const count = () => screen.getByTestId('result-count').textContent;
const chips = () =>
  screen.queryByRole('list', { name: 'Active filters' })
    ? within(screen.getByRole('list', { name: 'Active filters' }))
        .getAllByRole('button')
        .map((chip) => chip.textContent)
    : [];

describe('ResultSummary', () => {
  it('shows the count and no chips or reset while nothing is filtered', () => {
    showDataset(SPEC);
    render(<ResultSummary />);
    expect(count()).toBe('3 of 3 events');
    expect(chips()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });

  it('names each active filter in the app’s words, with the dataset’s names as text', () => {
    showDataset(SPEC);
    render(<ResultSummary />);
    inStore(() => {
      store().toggleFacet('actors', 'odd');
      store().toggleFacet('types', 'troop-report');
      store().toggleFacet('statuses', 'scheduled');
      store().toggleFacet('kinds', 'state-media');
      store().setQuery('  talks ');
    });
    expect(chips()).toEqual([
      `Actor: ${MARKUP} × (remove this filter)`,
      'Type: Troop report × (remove this filter)',
      'Status: Scheduled × (remove this filter)',
      'Source: State media × (remove this filter)',
      'Search: “talks” × (remove this filter)',
    ]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('removes only the filter whose chip is pressed, and the count follows', async () => {
    showDataset(SPEC);
    render(<ResultSummary />);
    inStore(() => {
      store().toggleFacet('actors', 'biden');
      store().toggleFacet('types', 'call');
    });
    expect(count()).toBe('1 of 3 events');
    await userEvent.click(screen.getByRole('button', { name: /^Actor: Joe Biden/ }));
    expect(store().filters.actors).toEqual([]);
    expect(store().filters.types).toEqual(['call']);
    expect(chips()).toEqual(['Type: Call × (remove this filter)']);
  });

  it('resets every filter at once', async () => {
    showDataset(SPEC);
    render(<ResultSummary />);
    inStore(() => {
      store().toggleFacet('kinds', 'live-blog');
      store().setDisputedOnly(true);
    });
    expect(count()).toBe('0 of 3 events');
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(count()).toBe('3 of 3 events');
    expect(chips()).toEqual([]);
  });
});
