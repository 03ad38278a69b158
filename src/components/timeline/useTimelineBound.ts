/**
 * How tall the timeline may be, as its stylesheet says: where its region has a bounded height (a
 * max-height on a phone, or `--sl-timeline-fit: fill` where it fills a fixed area, as in an embed),
 * the timeline is told the height left for it, and its lanes scroll inside under an axis that stays
 * put; elsewhere it is as tall as its lanes and the page scrolls (null).
 */
import { useCallback, useRef, useState } from 'react';

export function useTimelineBound(): [(region: HTMLElement | null) => void, number | null] {
  const [bound, setBound] = useState<number | null>(null);
  const stop = useRef<() => void>(() => {});
  const ref = useCallback((region: HTMLElement | null) => {
    stop.current();
    stop.current = () => {};
    if (!region) return;
    const measure = () => setBound(boundOf(region));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(region);
    // A media query can change the stylesheet's bound without changing the region's size.
    addEventListener('resize', measure);
    stop.current = () => {
      observer.disconnect();
      removeEventListener('resize', measure);
    };
  }, []);
  return [ref, bound];
}

/** The px the region's frame (`.sl-timeline__frame`) may fill, or null where nothing bounds it. */
function boundOf(region: HTMLElement): number | null {
  const style = getComputedStyle(region);
  const fill = style.getPropertyValue('--sl-timeline-fit').trim() === 'fill';
  const max = style.maxHeight.endsWith('px') ? parseFloat(style.maxHeight) : null;
  if (!fill && max === null) return null;
  const frame = region.querySelector<HTMLElement>('.sl-timeline__frame');
  // What else the region holds (the lane pager) and its borders take their share first.
  const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  let others = 0;
  for (const child of region.children) {
    if (child !== frame && child instanceof HTMLElement && getComputedStyle(child).position !== 'absolute')
      others += child.offsetHeight;
  }
  const height = fill ? region.clientHeight : max! - borders;
  return Math.max(120, Math.floor(height - others));
}
