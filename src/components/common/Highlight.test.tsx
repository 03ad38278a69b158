// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../details/EventDetails';
import { EventList } from '../events/EventList';
import { Highlight } from './Highlight';
import { inStore, isolateComponentTests, MARKUP, showDataset, store } from './testing.test-utils';

isolateComponentTests();
afterEach(() => vi.restoreAllMocks());

const marks = (root: ParentNode) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('Highlight', () => {
  it('marks the matches and keeps the text as text', () => {
    const { container } = render(<Highlight text={`${MARKUP} Erdoğan ${MARKUP}`} terms={['erdogan', 'img']} />);
    expect(marks(container)).toEqual(['img', 'Erdoğan', 'img']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(`${MARKUP} Erdoğan ${MARKUP}`);
  });
});

describe('search matches in the list and the details', () => {
  const SPEC = {
    sources: [{ id: 's' }],
    events: [
      {
        id: 'psaki',
        start: '2022-01-24',
        title: 'Psaki calls an invasion “imminent”',
        summary: 'The press secretary said an attack was imminent.',
        excerpts: [['s', 'It could be imminent, she said.'] as const],
      },
    ],
  };

  it('marks the words searched for in the title, the summary and the quotes', () => {
    showDataset(SPEC);
    inStore(() => {
      store().setQuery('Imminent');
      store().select('psaki');
    });
    render(<EventDetails />);
    const details = screen.getByRole('region', { name: 'Event details' });
    expect(marks(details.querySelector('h2')!)).toEqual(['imminent']);
    expect(marks(details.querySelector('.sl-details__summary')!)).toEqual(['imminent']);
    expect(marks(details.querySelector('blockquote')!)).toEqual(['imminent']);
  });

  it('marks them in the list, and nothing once the search is cleared', () => {
    // happy-dom lays nothing out: the list draws the rows that fit in its scroller, so it is given a height.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    showDataset(SPEC);
    inStore(() => store().setQuery('psak'));
    const { container } = render(<EventList />);
    expect(marks(container)).toEqual(['Psak']);
    inStore(() => store().setQuery(''));
    expect(marks(container)).toEqual([]);
  });
});
