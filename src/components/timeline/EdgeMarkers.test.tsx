// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { frameSpan } from '../../engine/initialWindow';
import { setShownWindow } from '../../store/viewport';
import { EdgeMarkers } from './EdgeMarkers';
import { inStore, isolateComponentTests, showDataset, store, utc } from '../common/testing.test-utils';

isolateComponentTests();

const SPEC = {
  events: [
    { id: 'crimea', start: '2014', type: 'military-action' as const },
    { id: 'trident', start: '2014-09-15', type: 'exercise' as const },
    { id: 'call', start: '2022-01-27' },
    { id: 'olympics', start: '2022-02-04' },
  ],
};

describe('EdgeMarkers', () => {
  it('names the events wholly outside the view on each side, and shows them', async () => {
    const user = userEvent.setup();
    showDataset(SPEC);
    inStore(() => setShownWindow({ start: utc(2022, 1, 20), end: utc(2022, 2, 1) }));
    render(<EdgeMarkers />);
    const before = screen.getByTestId('edge-marker-before');
    expect(before.textContent).toBe('← 2014: 2 events before the view: show them');
    expect(screen.getByTestId('edge-marker-after').textContent).toBe('Feb 2022: 1 event → after the view: show them');
    await user.click(before);
    expect(store().window).toEqual(frameSpan({ start: utc(2014, 1, 1), end: utc(2015, 1, 1) }, 0));
  });

  it('follows the filters, and shows nothing when every match is in view', () => {
    showDataset(SPEC);
    inStore(() => {
      setShownWindow({ start: utc(2022, 1, 20), end: utc(2022, 3, 1) });
      store().setFacet('types', ['exercise']);
    });
    render(<EdgeMarkers />);
    expect(screen.getByTestId('edge-marker-before').textContent).toMatch(/^← Sep 2014: 1 event /);
    inStore(() => setShownWindow({ start: utc(2013, 1, 1), end: utc(2023, 1, 1) }));
    expect(screen.queryByTestId('edge-marker-before')).toBeNull();
    expect(screen.queryByTestId('edge-marker-after')).toBeNull();
  });
});
