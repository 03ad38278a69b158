/**
 * Keeping the selected event in sight: the window glides to it (briefly, and not at all for
 * readers who ask for reduced motion), and the page scrolls to its lane once the timeline has drawn
 * it, unless that would take away what the reader has focused (a row of the events list, say).
 */
import type { TimelineAnimationType } from 'vis-timeline/esnext';

/** What waiting for a redraw needs of the timeline. */
interface Redraws {
  on(event: 'changed', handler: () => void): void;
  off(event: 'changed', handler: () => void): void;
}

const GLIDE_MS = 350;
/** Room kept between the item and the edge of the screen when scrolling to it. */
const MARGIN_PX = 24;
/** How long to follow the item as the timeline redraws (a glide redraws on every frame until it ends). */
const WAIT_MS = 2_000;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function glideOptions(): TimelineAnimationType {
  return prefersReducedMotion() ? false : { duration: GLIDE_MS, easingFunction: 'easeInOutQuad' };
}

/**
 * Scrolls the page to the selected item once it is drawn, and again after each of the timeline's
 * redraws for a moment (WAIT_MS): while the window glides to the event, clusters open and lanes
 * change height, so where the item first appears is not where it ends up. Returns a function that
 * stops following it.
 */
export function scrollSelectionIntoView(timeline: Redraws, container: HTMLElement): () => void {
  const started = performance.now();
  let done = false;
  const attempt = () => {
    if (done) return;
    const item = nearestSelectedItem(container);
    if (item) scrollToShow(item, container);
    if (performance.now() - started > WAIT_MS) {
      done = true;
      timeline.off('changed', attempt);
    }
  };
  timeline.on('changed', attempt);
  const frame = requestAnimationFrame(attempt);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    timeline.off('changed', attempt);
  };
}

/** Of the selected items (an event has a copy in each of its lanes), the one nearest the screen. */
function nearestSelectedItem(container: HTMLElement): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  for (const item of container.querySelectorAll<HTMLElement>('.vis-item.vis-selected:not(.vis-line):not(.vis-dot)')) {
    const rect = item.getBoundingClientRect();
    if (rect.height === 0) continue;
    const distance = Math.max(0, -rect.top, rect.bottom - innerHeight);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

function scrollToShow(item: HTMLElement, container: HTMLElement): void {
  if (underFixedLayer(container)) return;
  const rect = item.getBoundingClientRect();
  let delta = 0;
  if (rect.top < MARGIN_PX) delta = rect.top - MARGIN_PX;
  else if (rect.bottom > innerHeight - MARGIN_PX)
    delta = Math.min(rect.bottom - innerHeight + MARGIN_PX, rect.top - MARGIN_PX);
  if (Math.abs(delta) < 1 || !keepsFocusInSight(delta, container)) return;
  scrollBy({ top: delta, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** Whether scrolling the page by `delta` leaves the focused element (outside the timeline) on screen. */
function keepsFocusInSight(delta: number, container: HTMLElement): boolean {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || focused.contains(container)) return true;
  if (container.contains(focused) || staysPut(focused)) return true;
  const rect = focused.getBoundingClientRect();
  return rect.bottom - delta > 0 && rect.top - delta < innerHeight;
}

/**
 * Whether a fixed layer (a sheet, a dialog) covers the middle of the screen: the page behind it is
 * not scrolled, since nothing would show, and the reader must find it where it was once the layer goes.
 */
function underFixedLayer(container: HTMLElement): boolean {
  const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  for (let node = top instanceof HTMLElement ? top : null; node; node = node.parentElement) {
    if (node.contains(container)) return false;
    if (getComputedStyle(node).position === 'fixed') return true;
  }
  return false;
}

/** Whether the element sits in a fixed or sticky panel, which does not scroll away with the page. */
function staysPut(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}
