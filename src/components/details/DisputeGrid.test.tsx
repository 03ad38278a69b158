// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountsByClaim } from '../../dataset/claims';
import { eventAt } from '../../engine/eventIndex';
import { DisputeGrid } from './DisputeGrid';
import { claimsOf, excerpt, indexOf, isolateComponentTests, MARKUP } from '../common/testing.test-utils';

isolateComponentTests();

/** Three sources, two claims: CNN asserts and disputes "badly", TASS is silent on it, the WH disputes both. */
const INDEX = indexOf({
  sources: [
    { id: 'cnn', outlet: 'CNN', label: 'CNN live blog' },
    { id: 'wh', outlet: 'The White House' },
    { id: 'tass', outlet: 'TASS' },
  ],
  events: [
    {
      id: 'call',
      start: '2022-01-27',
      claims: claimsOf({ happened: 'The call took place', badly: 'The call went badly' }),
      excerpts: [
        excerpt('cnn', 'It went badly', { badly: 'asserts', happened: 'asserts' }),
        excerpt('cnn', 'It went fine, said another', { badly: 'disputes' }),
        excerpt('wh', 'Reports are false', { badly: 'disputes' }),
        excerpt('tass', 'They spoke', { happened: 'asserts' }),
      ],
    },
  ],
});

function renderGrid(index = INDEX) {
  const event = eventAt(index, index.eventOrdinal.get('call')!);
  return render(<DisputeGrid grouped={accountsByClaim(event)} event={event} index={index} />);
}

const rowOf = (claim: RegExp) =>
  screen.getAllByRole('row').find((row) => within(row).queryByRole('rowheader', { name: claim }))!;

describe('DisputeGrid', () => {
  it('has a numbered row per claim, contested first, and a column per source by its label', () => {
    renderGrid();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Claim',
      'CNN live blog',
      'The White House',
      'TASS',
      'Tally',
    ]);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      '1Contested: The call went badly',
      '2The call took place',
    ]);
  });

  it('marks what each source says on each claim, silence included, with the tally', () => {
    renderGrid();
    const badly = rowOf(/went badly/);
    expect(within(badly).getByRole('button', { name: 'CNN live blog: asserts (1 account) and disputes (1 account)' }));
    expect(within(badly).getByRole('button', { name: 'The White House: disputes (1 account)' }));
    expect(within(badly).getByText('TASS: silent')).toBeTruthy();
    expect(within(badly).queryByRole('button', { name: /^TASS/ })).toBeNull();
    expect(badly.querySelector('td.sl-dispute__tally')!.textContent).toBe(
      '✓1 ✗2 (1 account asserts it, 2 accounts dispute it)',
    );
  });

  it('shows the accounts of the mark chosen, focused, until it is closed or chosen again', async () => {
    const user = userEvent.setup();
    renderGrid();
    const mark = within(rowOf(/went badly/)).getByRole('button', { name: /^CNN live blog/ });
    await user.click(mark);
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    const heading = screen.getByRole('heading', { level: 4 });
    expect(heading.textContent).toBe('CNN live blog on “The call went badly”');
    expect(document.activeElement).toBe(heading);
    const panel = heading.closest('.sl-outlet') as HTMLElement;
    expect([...panel.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
      'It went badly',
      'It went fine, said another',
    ]);
    expect([...panel.querySelectorAll('.sl-outlet__stance')].map((p) => p.textContent)).toEqual([
      'Asserts',
      'Disputes',
    ]);
    await user.click(mark);
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull();
    await user.click(mark);
    await user.click(within(panel.isConnected ? panel : document.body).getByRole('button', { name: /^Close/ }));
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull();
  });

  it('shows a claim and a source label that hold markup as the characters written', () => {
    const index = indexOf({
      sources: [{ id: 'x', outlet: 'X', label: MARKUP.slice(0, 60) }],
      events: [
        {
          id: 'call',
          start: '2022-01-27',
          claims: [{ id: 'c', text: MARKUP }],
          excerpts: [excerpt('x', 'Q', { c: 'asserts' })],
        },
      ],
    });
    const { container } = renderGrid(index);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('columnheader')[1]!.textContent).toBe(MARKUP.slice(0, 60));
    expect(container.querySelector('.sl-dispute__claim-text')!.textContent).toBe(MARKUP);
  });
});
