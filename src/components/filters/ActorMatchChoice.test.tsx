// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from './FilterPanel';
import { ResultSummary } from './ResultSummary';
import { inStore, isolateComponentTests, showDataset, store } from '../common/testing.test-utils';

isolateComponentTests();
// happy-dom lays nothing out: the actor list draws the rows that fit in its scroller, so it is given a height.
beforeEach(() => vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400));
afterEach(() => vi.restoreAllMocks());

const SPEC = {
  sides: [{ id: 'us', name: 'United States' }],
  actors: [
    { id: 'biden', side: 'us', name: 'Joe Biden' },
    { id: 'zelensky', side: 'us', name: 'Volodymyr Zelensky' },
    { id: 'kuleba', side: 'us', name: 'Dmytro Kuleba' },
  ],
  events: [
    { id: 'call', start: '2022-01-27', actors: ['biden', 'zelensky'] },
    { id: 'remarks', start: '2022-01-28', actors: ['biden'] },
    { id: 'briefing', start: '2022-01-29', actors: ['zelensky', 'kuleba'] },
  ],
};

const choice = () => screen.queryByRole('group', { name: 'Show events with' });
const countOf = (name: string) =>
  [...screen.getByRole('group', { name: 'Actors' }).querySelectorAll('.sl-facet__option')]
    .find((option) => option.querySelector('.sl-facet__label')!.textContent === name)!
    .querySelector('.sl-count')!.textContent;
const chips = () =>
  [...screen.getByRole('list', { name: 'Active filters' }).querySelectorAll('button')].map((b) => b.textContent);

describe('any or all of the ticked actors', () => {
  it('is asked once two actors are ticked, in words, and changes the matches and the counts', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(
      <>
        <ResultSummary />
        <FilterPanel />
      </>,
    );
    inStore(() => store().setFacet('actors', ['biden']));
    expect(choice()).toBeNull();
    inStore(() => store().toggleFacet('actors', 'zelensky'));
    const any = within(choice()!).getByRole('radio', { name: 'any of the 2 ticked actors' }) as HTMLInputElement;
    expect(any.checked).toBe(true);
    expect(screen.getByTestId('result-count').textContent).toBe('3 of 3 events');
    expect(chips()).toEqual([
      'Actor: Joe Biden × (remove this filter)',
      'or Volodymyr Zelensky × (remove this filter)',
    ]);

    await user.click(within(choice()!).getByRole('radio', { name: 'all 2 of them together' }));
    expect(store().filters.actorMatch).toBe('all');
    expect(screen.getByTestId('result-count').textContent).toBe('1 of 3 events');
    expect(chips()).toEqual([
      'Actor: Joe Biden × (remove this filter)',
      'and Volodymyr Zelensky × (remove this filter)',
    ]);
    // Ticking Kuleba as well would leave no event with all three; Biden's count is the match.
    expect(countOf('Dmytro Kuleba')).toBe('0');
    expect(countOf('Joe Biden')).toBe('1');
  });
});
