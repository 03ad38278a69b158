// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lanePage } from '../../engine/aggregate';
import { lanesFor } from '../../engine/lanes';
import { LanePager } from './LanePager';
import { indexOf, isolateComponentTests } from '../common/testing.test-utils';

isolateComponentTests();

/** Five sides, one event each: five lanes by side. */
const SIDES = ['a', 'b', 'c', 'd', 'e'];
const INDEX = indexOf({
  sides: SIDES.map((id) => ({ id })),
  actors: SIDES.map((side) => ({ id: `actor-${side}`, side })),
  events: SIDES.map((side, i) => ({ id: `event-${side}`, start: `2022-01-0${i + 1}`, actors: [`actor-${side}`] })),
});
const LANES = lanesFor(INDEX, 'side');
/** The page of lanes the timeline draws, two at a time, starting at `first`. */
const pageFrom = (first: number) => lanePage(INDEX, 'side', LANES, first, 2);

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('LanePager', () => {
  it('shows nothing when every lane is drawn', () => {
    render(<LanePager page={lanePage(INDEX, 'side', LANES, 0, 5)} onShow={() => {}} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says which lanes are drawn and where the others are, and moves to the next ones', async () => {
    const user = userEvent.setup();
    const onShow = vi.fn();
    render(<LanePager page={pageFrom(0)} onShow={onShow} />);
    expect(screen.getByRole('navigation', { name: 'Lanes' }).querySelector('p')!.textContent).toBe(
      'Lanes 1–2 of 5; the events of the other 3 are in the last row.',
    );
    expect(button(/^Previous/).disabled).toBe(true);
    await user.click(button(/^Next 2 lanes$/));
    expect(onShow).toHaveBeenCalledWith(2);
  });

  it('at the last lanes, goes back a page and no further forward', async () => {
    const user = userEvent.setup();
    const onShow = vi.fn();
    render(<LanePager page={pageFrom(4)} onShow={onShow} />);
    expect(screen.getByText(/^Lanes 4–5 of 5;/)).toBeTruthy();
    expect(button(/^Next/).disabled).toBe(true);
    await user.click(button(/^Previous 2 lanes$/));
    expect(onShow).toHaveBeenCalledWith(1);
  });
});
