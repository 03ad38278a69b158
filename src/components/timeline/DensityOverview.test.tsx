// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fitWindowOf } from '../../store/viewActions';
import { setLiveWindow } from '../../store/viewport';
import { DensityOverview } from './DensityOverview';
import { inStore, isolateComponentTests, showDataset, startingOn, store, utc } from '../common/testing.test-utils';

isolateComponentTests();

/** The overview is 400 px wide: happy-dom lays nothing out, so its width is given here. */
const WIDTH = 400;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, WIDTH, 40));
});
afterEach(() => vi.restoreAllMocks());

const SPEC = {
  sides: [{ id: 'us' }],
  actors: [{ id: 'biden', side: 'us' }],
  events: [
    { id: 'jan-1', start: '2022-01-01', actors: ['biden'] },
    ...startingOn({ 'jan-1-too': '2022-01-01', 'mar-31': '2022-03-31' }),
  ],
};

const DAY = 86_400_000;
/** Ten days from 1 January. */
const TEN_DAYS = { start: utc(2022, 1, 1), end: utc(2022, 1, 11) };
const slider = () => screen.getByRole('slider', { name: 'Density overview: where the timeline is looking' });
const center = () => (store().window!.start + store().window!.end) / 2;
const span = () => store().window!.end - store().window!.start;

function setUp() {
  const index = showDataset(SPEC);
  inStore(() => store().setWindow(TEN_DAYS));
  render(<DensityOverview />);
  return { range: fitWindowOf(index.span)! };
}

describe('DensityOverview', () => {
  it('names the window the timeline shows, and follows the timeline while it is dragged', () => {
    setUp();
    expect(slider().getAttribute('aria-valuetext')).toBe('Showing 1 Jan 2022 to 11 Jan 2022');
    act(() => setLiveWindow({ start: utc(2022, 2, 1), end: utc(2022, 2, 11) }));
    expect(slider().getAttribute('aria-valuetext')).toBe('Showing 1 Feb 2022 to 11 Feb 2022');
  });

  it('moves the window with the keys, a quarter of its width at a time, or to either end', async () => {
    const user = userEvent.setup();
    const { range } = setUp();
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expect(center()).toBe(utc(2022, 1, 6) + 2.5 * DAY);
    expect(span()).toBe(10 * DAY);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(center()).toBe(utc(2022, 1, 6) - 2.5 * DAY);
    await user.keyboard('{End}');
    expect(store().window!.end).toBe(range.end);
    await user.keyboard('{Home}');
    expect(store().window!.start).toBe(range.start);
    expect(span()).toBe(10 * DAY);
  });

  it('moves the window to where it is clicked, and follows a drag until the pointer is let go', () => {
    const { range } = setUp();
    const at = (x: number) => range.start + (x / WIDTH) * (range.end - range.start);
    fireEvent.pointerDown(slider(), { clientX: 300, pointerId: 1 });
    expect(center()).toBeCloseTo(at(300), -3);
    fireEvent.pointerMove(slider(), { clientX: 200, pointerId: 1 });
    expect(center()).toBeCloseTo(at(200), -3);
    fireEvent.pointerUp(slider(), { clientX: 200, pointerId: 1 });
    fireEvent.pointerMove(slider(), { clientX: 100, pointerId: 1 });
    expect(center()).toBeCloseTo(at(200), -3);
    expect(span()).toBe(10 * DAY);
  });

  it('draws the matching events over all events while a filter is on', () => {
    setUp();
    const layers = () => [...slider().querySelectorAll('g')].map((g) => g.querySelectorAll('rect').length);
    // One bar for the two events of 1 January, one for 31 March; then Biden's one event over them.
    expect(layers()).toEqual([2]);
    expect(slider().querySelector('title')!.textContent).toMatch(/^Events over time/);
    inStore(() => store().setFacet('actors', ['biden']));
    expect(layers()).toEqual([2, 1]);
    expect(slider().querySelector('title')!.textContent).toMatch(/^Matching events over all events/);
  });
});
