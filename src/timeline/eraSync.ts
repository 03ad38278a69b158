/**
 * Era bands on the timeline: vis-timeline background items (no lane: they span every lane, behind
 * the events), each labelled with an element built with textContent. Kept apart from the event
 * items' sync (itemSync.ts): bands change only with the dataset or the axis zone.
 */
import type { EraBand } from './types';

export interface EraVisItem {
  id: string;
  start: number;
  end: number;
  type: 'background';
  className: string;
  content: '';
}

/** The part of vis-data's DataSet that the sync uses. */
export interface EraStore {
  add(items: EraVisItem[]): unknown;
  remove(ids: string[]): unknown;
}

export class EraSync {
  private readonly elements = new Map<string, HTMLElement>();

  constructor(private readonly store: EraStore) {}

  /** Replaces the bands shown by `bands` (a handful: no diffing needed). */
  sync(bands: readonly EraBand[]): void {
    const old = [...this.elements.keys()];
    this.elements.clear();
    if (old.length) this.store.remove(old);
    for (const band of bands) this.elements.set(band.id, buildEraElement(band));
    if (bands.length)
      this.store.add(
        bands.map((band) => ({
          id: band.id,
          start: band.start,
          end: band.end,
          type: 'background',
          className: `sl-era sl-era--${band.tint}`,
          content: '',
        })),
      );
  }

  /** The label of an era's band, or undefined for an item that is not an era. */
  elementFor(id: string): HTMLElement | undefined {
    return this.elements.get(id);
  }
}

export function buildEraElement(band: EraBand): HTMLElement {
  const label = document.createElement('span');
  label.className = 'sl-era__label';
  label.textContent = band.title;
  label.title = `${band.title}: ${band.when}`;
  label.dir = 'auto';
  label.dataset.era = band.id;
  return label;
}
