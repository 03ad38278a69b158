/**
 * The DOM of a timeline item and a lane label. Every string from a dataset goes in through
 * `textContent` or an attribute value: vis-timeline would render strings as HTML, so it is only
 * ever handed elements.
 */
import type { ItemSpec } from './types';

export function buildItemElement(spec: ItemSpec): HTMLElement {
  const root = document.createElement('div');
  fillItemElement(root, spec);
  return root;
}

/** Writes `spec` into an item's element, replacing what it showed (the element stays the same). */
export function fillItemElement(root: HTMLElement, spec: ItemSpec): void {
  root.className = spec.cluster ? 'sl-item sl-item--cluster' : 'sl-item';
  // The full title and what it is, on hover (title) and to assistive technology (a labelled mark).
  root.title = spec.description;
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', spec.description);
  root.dataset.itemId = spec.id;
  if (spec.eventId !== null) root.dataset.eventId = spec.eventId;
  else delete root.dataset.eventId;

  const title = document.createElement('span');
  title.className = 'sl-item__title';
  title.textContent = spec.title;
  // Isolated: a title's own direction marks cannot reorder the tags after it.
  title.dir = 'auto';
  const parts: (Node | string)[] = [title];
  for (const tag of spec.tags) {
    const badge = document.createElement('span');
    badge.className = tag === 'Disputed' ? 'sl-item__tag sl-item__tag--disputed' : 'sl-item__tag';
    badge.textContent = tag;
    parts.push(' ', badge);
  }
  root.replaceChildren(...parts);
}

export function buildLaneElement(label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'sl-lane';
  element.textContent = label;
  element.dir = 'auto';
  return element;
}
