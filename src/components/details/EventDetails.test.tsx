// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetails } from './EventDetails';
import { TIMELINE_ID } from '../common/focus';
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
  sources: [{ id: 'a', outlet: 'Outlet A' }, { id: 'b' }],
  actors: [{ id: 'biden', side: 'us', name: 'Joe Biden' }],
  events: [
    {
      id: 'call',
      start: '2022-01-27',
      title: 'The call',
      summary: 'They spoke.',
      dateNote: 'From the article.',
      actors: ['biden'],
      excerpts: [['a', 'It went well.']],
    },
    { id: 'later', start: '2022-01-28', title: 'Later' },
  ],
};

interface PageProps {
  withRow?: boolean;
  rowKey?: string;
  withElsewhere?: boolean;
}

/**
 * The page around the details, as the reader meets it: a control outside them (an events list
 * row, or any button) and the timeline, which takes focus when there is nowhere better.
 */
function Page({ withRow = true, rowKey = 'row', withElsewhere = true }: PageProps) {
  return (
    <>
      {withElsewhere && <button type="button">Elsewhere</button>}
      {withRow && (
        <div className="sl-list">
          <button key={rowKey} type="button" data-event-id="call">
            The call (row)
          </button>
        </div>
      )}
      <div id={TIMELINE_ID} tabIndex={-1} data-testid="timeline" />
      <EventDetails />
    </>
  );
}

/** Opens the event and moves focus into its details from `from`, as opening from the list or a link does. */
function openFrom(from: HTMLElement) {
  from.focus();
  inStore(() => store().select('call'));
  screen.getByRole('heading', { level: 2, name: 'The call' }).focus();
}

const details = () => screen.queryByRole('region', { name: 'Event details' });

/** Shows the page with no list row and opens the event from the "Elsewhere" button. */
function openFromElsewhere() {
  showDataset(SPEC);
  const { rerender } = render(<Page withRow={false} />);
  const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
  openFrom(elsewhere);
  return { elsewhere, rerender };
}

describe('EventDetails: closing', () => {
  it('closes on Escape pressed deep inside, and focus returns to the element the reader came from', async () => {
    const user = userEvent.setup();
    const { elsewhere } = openFromElsewhere();
    // From the heading to a control further in: the date's derivation.
    await user.click(screen.getByText('How this date was worked out'));
    expect(details()).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(store().selectedId).toBeNull();
    expect(details()).toBeNull();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('the Close button does the same', async () => {
    const user = userEvent.setup();
    const { elsewhere } = openFromElsewhere();
    await user.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(store().selectedId).toBeNull();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('returns focus to the closed event’s list row, even when the list has drawn that row anew', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    const { rerender } = render(<Page />);
    openFrom(screen.getByRole('button', { name: 'The call (row)' }));
    // The list scrolls while the details are open: the row is a new element now.
    rerender(<Page rowKey="redrawn" />);
    const redrawn = screen.getByRole('button', { name: 'The call (row)' });
    await user.keyboard('{Escape}');
    expect(details()).toBeNull();
    expect(document.activeElement).toBe(redrawn);
  });

  it('sends focus to the timeline, never the page body, when the element it came from is gone', async () => {
    const user = userEvent.setup();
    const { rerender } = openFromElsewhere();
    rerender(<Page withRow={false} withElsewhere={false} />);
    await user.keyboard('{Escape}');
    expect(details()).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('timeline'));
  });

  it('leaves an Escape that something inside has already taken (a menu closing) alone', () => {
    openFromElsewhere();
    const taken = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    taken.preventDefault();
    inStore(() => void screen.getByRole('button', { name: 'Copy citation' }).dispatchEvent(taken));
    expect(store().selectedId).toBe('call');
    expect(details()).not.toBeNull();
  });
});

describe('EventDetails: content', () => {
  it('shows the event’s title, summary, actors and account; an actor chip filters to that actor', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    render(<Page withRow={false} />);
    inStore(() => store().select('call'));
    const region = details()!;
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('The call');
    expect(within(region).getByText('They spoke.')).toBeTruthy();
    expect(within(region).getByText('It went well.')).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: /show only events involving Joe Biden/ }));
    expect(store().filters.actors).toEqual(['biden']);
  });

  it('renders every dataset string as text: markup in a title, summary, name or quote creates no element', () => {
    showDataset({
      sides: [{ id: 'us' }],
      sources: [{ id: 'a', outlet: MARKUP }],
      actors: [{ id: 'x', side: 'us', name: MARKUP }],
      events: [
        {
          id: 'call',
          start: '2022-01-27',
          title: MARKUP,
          summary: MARKUP,
          actors: ['x'],
          excerpts: [{ source: 'a', quote: MARKUP, attribution: MARKUP }],
        },
      ],
    });
    render(<EventDetails />);
    inStore(() => store().select('call'));
    const region = details()!;
    expect(region.querySelector('img')).toBeNull();
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(MARKUP);
    // Title, summary, actor chip, speaker line, quote, outlet: each shows the characters as written.
    expect(within(region).getAllByText(MARKUP).length).toBeGreaterThanOrEqual(5);
  });
});
