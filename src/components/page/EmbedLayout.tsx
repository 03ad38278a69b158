/**
 * The compact layout for an iframe (`?embed=1`): the dataset's title, its key moments, the timeline
 * (or, at the reader's choice, the events list) filling the frame, and an event opened as an overlay inside
 * the frame, its dispute first, that Back or Escape closes. The frame's page never scrolls: the
 * timeline's lanes, the list and the overlay each scroll inside. No filter panel or file controls;
 * `controls=0` hides the toolbar too (the count and its Reset, lanes and zoom), so that readers keep
 * the editor's framing. "Open full view" opens the same view in Sourceline's full layout, in a new
 * tab. Whoever embeds writes the address, dataset included: one that is not the site's own says so
 * under the title, at every width, and the full view it opens says so too (its link keeps `data`).
 */
import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { useFullViewLink } from './useFullViewLink';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { PageServices } from './PageServices';
import { Toolbar } from './Toolbar';
import { KeyMoments } from './KeyMoments';
import { EventDetails } from '../details/EventDetails';
import { EventsSection } from '../events/EventsSection';
import { LoadStatus } from '../loading/LoadStatus';
import { Provenance } from '../loading/Provenance';
import { TimelinePanel } from '../timeline/TimelinePanel';

type View = 'timeline' | 'list';

export function EmbedLayout() {
  const title = useAppStore((s) => s.index?.meta.title);
  const origin = useAppStore((s) => s.origin);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  const controls = useAppStore((s) => s.controls);
  const [view, setView] = useState<View>('timeline');
  const fullView = useFullViewLink();
  return (
    <div className={`sl-app sl-embed${hasSelection ? ' has-details' : ''}`}>
      {/* The overlay covers the frame: what it covers is inert, so that focus stays in it. */}
      <div className="sl-embed__page" inert={hasSelection}>
        <header className="sl-embed__header">
          <h1 className="sl-embed__title">{title ?? 'Sourceline'}</h1>
          {fullView && <FullViewLink href={fullView} />}
          {origin.kind !== 'bundled' && <Provenance origin={origin} compact />}
        </header>
        <LoadStatus />
        {title !== undefined && (
          <main className="sl-embed__main">
            {controls && <Toolbar className="sl-embed__toolbar" />}
            <div className="sl-embed__bar">
              <div className="sl-embed__views" role="group" aria-label="Show">
                {(['timeline', 'list'] as const).map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="sl-button sl-embed__view"
                    aria-pressed={view === option}
                    onClick={() => setView(option)}
                  >
                    {option === 'timeline' ? 'Timeline' : 'List'}
                  </button>
                ))}
              </div>
              <ErrorBoundary name="the key moments">
                <KeyMoments className="sl-embed__moments" />
              </ErrorBoundary>
            </div>
            <div className="sl-embed__timeline" hidden={view !== 'timeline'}>
              <ErrorBoundary name="the timeline">
                <TimelinePanel />
              </ErrorBoundary>
            </div>
            <EventsSection className="sl-embed__events" hidden={view !== 'list'} />
          </main>
        )}
      </div>
      {title !== undefined && (
        <ErrorBoundary name="the event details">
          <EventDetails actions={fullView && <FullViewLink href={fullView} />} />
        </ErrorBoundary>
      )}
      <PageServices />
    </div>
  );
}

/** "Open full view": the same view in Sourceline's full layout, in a new tab. */
function FullViewLink({ href }: { href: string }) {
  return (
    <a className="sl-embed__full" href={href} target="_blank" rel="noopener">
      Open full view<span className="sl-visually-hidden"> in Sourceline (opens in a new tab)</span>
    </a>
  );
}
