/**
 * The first stops for the Tab key: straight to the timeline, or to the events list, past the
 * header and the view controls. Hidden until focused. They move focus themselves rather than
 * follow the `#` link, which would put a fragment in the address (the address is the view).
 */
import type { MouseEvent } from 'react';
import { EVENTS_LIST_ID, TIMELINE_ID } from '../common/focus';

const LINKS = [
  { target: TIMELINE_ID, label: 'Skip to timeline' },
  { target: EVENTS_LIST_ID, label: 'Skip to events list' },
];

export function SkipLinks() {
  const skip = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="sl-skip-links" aria-label="Skip links">
      {LINKS.map(({ target, label }) => (
        <a key={target} href={`#${target}`} className="sl-skip-link" onClick={(event) => skip(event, target)}>
          {label}
        </a>
      ))}
    </nav>
  );
}
