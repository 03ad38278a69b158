// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountsByClaim } from '../../dataset/claims';
import { eventAt, type EventIndex } from '../../engine/eventIndex';
import { AccountList } from './AccountList';
import { Evidence } from './Evidence';
import {
  claimsOf,
  excerpt,
  indexOf,
  isolateComponentTests,
  MARKUP,
  sourcesByOutlet,
} from '../common/testing.test-utils';

isolateComponentTests();

/**
 * One event, two claims. "went badly" is contested (asserted twice, by two articles of one
 * outlet, and disputed once) but listed second in the dataset; "happened" is only asserted. One
 * account bears on both claims, one on none.
 */
const CLAIMS_INDEX = indexOf({
  sources: sourcesByOutlet({ 'cnn-1': 'CNN', 'cnn-2': 'CNN', wh: 'White House', tass: 'TASS' }),
  events: [
    {
      id: 'call',
      start: '2022-01-27',
      claims: claimsOf({ happened: 'The call took place', badly: 'The call went badly' }),
      excerpts: [
        excerpt('cnn-1', 'First CNN quote: it went badly', { badly: 'asserts', happened: 'asserts' }),
        excerpt('wh', 'White House: reports are false', { badly: 'disputes' }),
        excerpt('cnn-2', 'Second CNN quote: badly again', { badly: 'asserts' }),
        excerpt('tass', 'TASS reports on the weather'),
        excerpt('wh', 'White House: the leaders spoke', { happened: 'asserts' }),
      ],
    },
  ],
});

function renderEvidence(index: EventIndex, id = 'call') {
  const event = eventAt(index, index.eventOrdinal.get(id)!);
  return render(<Evidence event={event} index={index} grouped={event.claims ? accountsByClaim(event) : null} />);
}

/** The claims with every account of each, as "Show every account" gives them. */
async function renderEveryAccount(index: EventIndex) {
  renderEvidence(index);
  await userEvent.setup().click(screen.getByRole('button', { name: /^Show every account \(\d+\)$/ }));
}

const column = (claim: HTMLElement, label: 'Asserting' | 'Disputing') =>
  within(claim).getByRole('region', { name: new RegExp(`^${label}`) });

/** The quotes shown in a part of the page, in order. */
const quotesIn = (element: HTMLElement) => [...element.querySelectorAll('blockquote')].map((q) => q.textContent);

describe('Evidence with claims', () => {
  it('puts contested claims first, whatever their order in the dataset', () => {
    renderEvidence(CLAIMS_INDEX);
    const claims = screen.getAllByRole('article');
    expect(claims.map((claim) => claim.querySelector('h4')!.textContent)).toEqual([
      'Claim 1: Contested: The call went badly',
      'Claim 2: The call took place',
    ]);
    expect(screen.getByText(/^1 of 2 contested, shown first/)).toBeTruthy();
  });

  it('places each account in the column of its stance, and counts accounts and distinct outlets', async () => {
    await renderEveryAccount(CLAIMS_INDEX);
    const [badly, happened] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];

    expect(quotesIn(column(badly, 'Asserting'))).toEqual([
      'First CNN quote: it went badly',
      'Second CNN quote: badly again',
    ]);
    expect(quotesIn(column(badly, 'Disputing'))).toEqual(['White House: reports are false']);
    expect(column(badly, 'Asserting').querySelector('h5')!.textContent).toBe('Asserting (2)');
    expect(column(badly, 'Disputing').querySelector('h5')!.textContent).toBe('Disputing (1)');
    // Two articles of CNN are one outlet.
    expect(within(badly).getByText('asserted by 2 accounts in 1 outlet · disputed by 1 in 1')).toBeTruthy();

    expect(quotesIn(column(happened, 'Asserting'))).toEqual([
      'First CNN quote: it went badly',
      'White House: the leaders spoke',
    ]);
    expect(within(column(happened, 'Disputing')).getByText('No account disputes this.')).toBeTruthy();
    expect(within(happened).getByText('asserted by 2 accounts in 2 outlets · disputed by none')).toBeTruthy();
  });

  it('says under an account which other claim it bears on, and lists accounts on no claim apart', async () => {
    await renderEveryAccount(CLAIMS_INDEX);
    const [badly, happened] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];
    const firstCnn = within(column(badly, 'Asserting')).getByText('First CNN quote: it went badly').closest('figure')!;
    expect(firstCnn.textContent).toContain('Also cited under: “The call took place” (asserts)');
    const again = within(column(happened, 'Asserting')).getByText('First CNN quote: it went badly').closest('figure')!;
    expect(again.textContent).toContain('Also cited under: “The call went badly” (asserts)');

    const other = screen.getByRole('region', { name: 'Other accounts (1)' });
    expect(quotesIn(other)).toEqual(['TASS reports on the weather']);
    for (const claim of [badly, happened]) expect(quotesIn(claim)).not.toContain('TASS reports on the weather');
  });
});

describe('Evidence with claims: the digest, shown first', () => {
  it('shows the first account of each side in full, each quote once, and refers to it under other claims', () => {
    renderEvidence(CLAIMS_INDEX);
    const [badly, happened] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];
    expect(quotesIn(column(badly, 'Asserting'))).toEqual(['First CNN quote: it went badly']);
    expect(quotesIn(column(badly, 'Disputing'))).toEqual(['White House: reports are false']);
    // The column still counts all its accounts.
    expect(column(badly, 'Asserting').querySelector('h5')!.textContent).toBe('Asserting (2)');
    // Under the claim it also bears on, the quote is a link to where it is shown, not a repeat.
    expect(quotesIn(happened)).toEqual([]);
    const reference = within(column(happened, 'Asserting')).getByRole('link', { name: 'quoted under claim 1' });
    expect(reference.getAttribute('href')).toBe('#sl-account-0');
    expect(document.getElementById('sl-account-0')!.textContent).toContain('First CNN quote');
    // And the quote says which other claims it bears on, with links to them by number.
    expect(within(column(badly, 'Asserting')).getByText(/^Also bears on/).textContent).toBe(
      'Also bears on claim 2 (asserts)',
    );
    const also = within(column(badly, 'Asserting')).getByRole('link', { name: 'claim 2' });
    expect(also.getAttribute('href')).toBe('#sl-claim-happened');
    expect(document.getElementById('sl-claim-happened')).toBe(happened);
  });

  it('"+N more" shows every account of that claim; "Show every account" of every claim', async () => {
    const user = userEvent.setup();
    renderEvidence(CLAIMS_INDEX);
    const [badly, happened] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];
    await user.click(within(happened).getByRole('button', { name: '+1 more accounts of this claim' }));
    expect(quotesIn(column(happened, 'Asserting'))).toEqual([
      'First CNN quote: it went badly',
      'White House: the leaders spoke',
    ]);
    expect(quotesIn(column(badly, 'Asserting'))).toEqual(['First CNN quote: it went badly']);
    await user.click(screen.getByRole('button', { name: 'Show every account (5)' }));
    expect(quotesIn(column(screen.getAllByRole('article')[0]!, 'Asserting'))).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /more accounts of this claim/ })).toBeNull();
  });
});

describe('Evidence without claims', () => {
  it('lists every account once, each with its stance', () => {
    const index = indexOf({
      events: [
        {
          id: 'old',
          start: '2022-01-27',
          excerpts: [
            { source: 'src', quote: 'It happened', stance: 'supports' },
            { source: 'src', quote: 'It did not', stance: 'disputes' },
          ],
        },
      ],
    });
    renderEvidence(index, 'old');
    const accounts = screen.getByRole('region', { name: 'The accounts (2)' });
    const figures = [...accounts.querySelectorAll('figure')];
    expect(
      figures.map((f) => [f.querySelector('blockquote')!.textContent, f.querySelector('.sl-stance')?.textContent]),
    ).toEqual([
      ['It happened', 'Supports'],
      ['It did not', 'Disputes'],
    ]);
    expect(screen.queryByRole('article')).toBeNull();
  });
});

describe('Evidence: dataset text is text', () => {
  it('shows markup in a claim, quote, attribution or outlet as the characters written, creating no element', () => {
    const index = indexOf({
      sources: [{ id: 'x', outlet: MARKUP }],
      events: [
        {
          id: 'call',
          start: '2022-01-27',
          claims: [{ id: 'c', text: MARKUP }],
          excerpts: [
            { source: 'x', quote: MARKUP, attribution: MARKUP, claims: [{ claim: 'c', stance: 'asserts' }] },
            { source: 'x', quote: `${MARKUP} no`, claims: [{ claim: 'c', stance: 'disputes' }] },
          ],
        },
      ],
    });
    const { container } = renderEvidence(index);
    expect(container.querySelector('img')).toBeNull();
    const claim = screen.getByRole('article');
    expect(claim.querySelector('.sl-claim__text')!.textContent).toBe(MARKUP);
    expect(quotesIn(column(claim, 'Asserting'))).toEqual([MARKUP]);
    expect(quotesIn(column(claim, 'Disputing'))).toEqual([`${MARKUP} no`]);
    // Claim text, quote, attribution, and the outlet under each of the two accounts.
    expect(screen.getAllByText(MARKUP)).toHaveLength(5);
  });
});

describe('AccountList', () => {
  const numbered = (count: number) => Array.from({ length: count }, (_, i) => i);
  const shown = () => screen.getAllByRole('listitem').map((item) => Number(item.textContent));
  const renderList = (count: number) =>
    render(<AccountList items={numbered(count)} initial={30} renderItem={(i) => <span>{i}</span>} />);

  it('shows the first few, then all of them on "Show all" when they fit on one page', async () => {
    const user = userEvent.setup();
    renderList(45);
    expect(shown()).toEqual(numbered(30));
    await user.click(screen.getByRole('button', { name: 'Show all 45 accounts (15 more)' }));
    expect(shown()).toEqual(numbered(45));
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Pages of accounts' })).toBeNull();
  });

  it('reads a long list a page at a time, with Previous and Next', async () => {
    const user = userEvent.setup();
    renderList(250);
    await user.click(screen.getByRole('button', { name: /^Show all 250 accounts/ }));
    expect(screen.getByText('Accounts 1–100 of 250')).toBeTruthy();
    expect(shown()).toEqual(numbered(100));
    const previous = () => screen.getByRole('button', { name: 'Previous 100' }) as HTMLButtonElement;
    expect(previous().disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(screen.getByText('Accounts 101–200 of 250')).toBeTruthy();
    expect(shown()).toEqual(numbered(100).map((i) => i + 100));
    // The list's numbering goes on from the page before.
    expect(screen.getByRole('list').getAttribute('start')).toBe('101');

    await user.click(screen.getByRole('button', { name: 'Next 50' }));
    expect(screen.getByText('Accounts 201–250 of 250')).toBeTruthy();
    expect(shown()).toEqual(numbered(50).map((i) => i + 200));
    expect((screen.getByRole('button', { name: /^Next/ }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(previous());
    expect(screen.getByText('Accounts 101–200 of 250')).toBeTruthy();
  });
});
