// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterTimeline, DrawInSteps, STEPS, useReachedStep } from './DrawInSteps';
import { isolateComponentTests, showDataset } from '../common/testing.test-utils';

isolateComponentTests();

/** Says, on each render, whether the timeline's items may be drawn yet. */
function ItemsStep() {
  return <p data-testid="items">{useReachedStep(STEPS.timelineItems) ? 'drawn' : 'waiting'}</p>;
}

const renderItemsStep = () =>
  render(
    <DrawInSteps>
      <ItemsStep />
    </DrawInSteps>,
  );

const eventsOfCount = (count: number) => ({
  events: Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    start: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`,
  })),
});

describe('DrawInSteps', () => {
  it('draws a small dataset at once', () => {
    showDataset(eventsOfCount(64));
    renderItemsStep();
    expect(screen.getByTestId('items').textContent).toBe('drawn');
  });

  it("draws a small first dataset's timeline first, the panels once it has painted, then later ones at once", async () => {
    const page = () =>
      render(
        <DrawInSteps>
          <ItemsStep />
          <AfterTimeline placeholder={<p>place kept</p>}>
            <p>panels</p>
          </AfterTimeline>
        </DrawInSteps>,
      );
    showDataset(eventsOfCount(64));
    const first = page();
    expect(screen.getByTestId('items').textContent).toBe('drawn');
    expect(screen.queryByText('panels')).toBeNull();
    expect(screen.getByText('place kept')).toBeTruthy();
    act(() => void performance.mark('sourceline:timeline-painted'));
    expect(await screen.findByText('panels')).toBeTruthy();
    first.unmount();
    showDataset(eventsOfCount(10));
    page();
    expect(screen.getByText('panels')).toBeTruthy();
  });

  it('draws a large dataset in steps, the items last', async () => {
    showDataset(eventsOfCount(2_000));
    renderItemsStep();
    expect(screen.getByTestId('items').textContent).toBe('waiting');
    expect((await screen.findByText('drawn', {}, { timeout: 60_000 })).dataset.testid).toBe('items');
  });
});
