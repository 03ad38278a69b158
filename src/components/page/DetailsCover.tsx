/**
 * Where the details drawer covers the timeline, measured before it opens: an invisible ruler laid
 * out as the drawer is (components/page/layout.css), and how much of the timeline's time axis lies
 * under it, published to the viewport (setCoveredShare). Opening an event then brings it into the
 * part of the timeline left in sight the first time, not after a second move. Where the details
 * open as a sheet the ruler is not laid out, and nothing is covered.
 */
import { useLayoutEffect, useRef } from 'react';
import { setCoveredShare } from '../../store/viewport';
import { timeAxisRect } from '../../timeline/timeAxis';
import { TIMELINE_ID } from '../common/focus';

export function DetailsCover() {
  const ruler = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ruler.current!;
    const timeline = document.getElementById(TIMELINE_ID);
    const measure = () => {
      // offsetParent is null where the ruler is not laid out (display: none: the sheet layout).
      if (!timeline || element.offsetParent === null) return setCoveredShare(0);
      const axis = timeAxisRect(timeline) ?? timeline.getBoundingClientRect();
      const cover = axis.right - element.getBoundingClientRect().left;
      setCoveredShare(axis.width > 0 ? Math.min(1, Math.max(0, cover / axis.width)) : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (timeline) observer.observe(timeline);
    addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      removeEventListener('resize', measure);
      setCoveredShare(0);
    };
  }, []);
  return <div ref={ruler} className="sl-drawer-ruler" aria-hidden="true" />;
}
