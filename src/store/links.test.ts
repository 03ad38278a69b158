import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../engine/filter';
import { eventLink, pageBase, viewLink } from './links';
import { INITIAL_STATE, type AppState } from './store';

const BASE = 'https://example.org/timelines/crisis/';
const state = (changes: Partial<AppState> = {}): AppState => ({ ...INITIAL_STATE, ...changes });

describe('links', () => {
  it('take the page address without its query, under whatever sub-path it is served', () => {
    expect(pageBase('https://example.org/timelines/crisis/?embed=1&event=x#top')).toBe(BASE);
    expect(pageBase('http://localhost:4173/')).toBe('http://localhost:4173/');
  });

  it('link to the current view, full or embedded, with the dataset it shows', () => {
    const s = state({
      origin: { kind: 'url', url: 'data/events.json' },
      filters: { ...NO_FILTERS, actors: ['biden'] },
      selectedId: 'call',
      embed: true,
    });
    expect(viewLink(s, BASE)).toBe(`${BASE}?data=data/events.json&actor=biden&event=call`);
    expect(viewLink(s, BASE, true)).toBe(`${BASE}?data=data/events.json&actor=biden&event=call&embed=1`);
    expect(viewLink(state(), BASE)).toBe(BASE);
  });

  it('keep an embed’s choice to hide its controls in the embed, and never in the full view', () => {
    const s = state({ selectedId: 'call', embed: true, controls: false });
    expect(viewLink(s, BASE, true)).toBe(`${BASE}?event=call&embed=1&controls=0`);
    expect(viewLink(s, BASE)).toBe(`${BASE}?event=call`);
  });

  it('link to one event without the filters of the moment', () => {
    const s = state({ filters: { ...NO_FILTERS, query: 'troops' }, selectedId: 'other' });
    expect(eventLink(s, BASE, '2022-01-27-biden-zelensky-call')).toBe(`${BASE}?event=2022-01-27-biden-zelensky-call`);
    expect(eventLink(state({ origin: { kind: 'url', url: 'https://x.org/d.json' } }), BASE, 'e')).toBe(
      `${BASE}?data=https://x.org/d.json&event=e`,
    );
  });

  it('refuse to link to a dataset opened from a file, which a link would replace with the bundled one', () => {
    const s = state({ origin: { kind: 'file', name: 'mine.json' } });
    expect(viewLink(s, BASE)).toBeNull();
    expect(eventLink(s, BASE, 'e')).toBeNull();
  });
});
