/**
 * Where the timeline's time axis lies on screen: the panel of its items, right of the lane names.
 * For layout read-outs outside this folder (what the details' drawer covers), which must not know
 * vis-timeline's markup. Null before the timeline is drawn.
 */
export function timeAxisRect(container: Element): DOMRect | null {
  return container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect() ?? null;
}
