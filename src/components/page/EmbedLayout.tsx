/**
 * The compact layout for an iframe (`?embed=1`): the dataset's title, the timeline and the open
 * event, without the filters, file controls or the density overview. "Open full view" opens the
 * same view (filters, event, window) in Sourceline's full layout, in a new tab. Whoever embeds
 * writes the address, dataset included: one that is not the site's own says so under the title,
 * at every width, and the full view it opens says so too (its link keeps `data`).
 */
import { pageBase, seenView, viewLink } from '../../store/links';
import { useViewport } from '../../store/viewport';
import { useAppStore } from '../../store/store';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { PageServices } from './PageServices';
import { Toolbar } from './Toolbar';
import { EventDetails } from '../details/EventDetails';
import { EventsSection } from '../events/EventsSection';
import { LoadStatus } from '../loading/LoadStatus';
import { Provenance } from '../loading/Provenance';
import { TimelinePanel } from '../timeline/TimelinePanel';

export function EmbedLayout() {
  const title = useAppStore((s) => s.index?.meta.title);
  const origin = useAppStore((s) => s.origin);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  // Recomputed on every change of view, so the link always opens what the reader sees.
  const shown = useViewport((s) => s.shown);
  const fullView = useAppStore((s) => viewLink(seenView(s, shown), pageBase(window.location.href)));
  return (
    <div className={`sl-app sl-embed${hasSelection ? ' has-details' : ''}`}>
      <header className="sl-embed__header">
        <h1 className="sl-embed__title">{title ?? 'Sourceline'}</h1>
        {fullView && (
          <a className="sl-embed__full" href={fullView} target="_blank" rel="noopener">
            Open full view<span className="sl-visually-hidden"> in Sourceline (opens in a new tab)</span>
          </a>
        )}
        {origin.kind !== 'bundled' && <Provenance origin={origin} compact />}
      </header>
      <LoadStatus />
      {title !== undefined && (
        <main className="sl-embed__main">
          <Toolbar className="sl-embed__toolbar" />
          <div className="sl-embed__timeline">
            <ErrorBoundary name="the timeline">
              <TimelinePanel />
            </ErrorBoundary>
          </div>
          <ErrorBoundary name="the event details">
            <EventDetails />
          </ErrorBoundary>
          <EventsSection className="sl-embed__events" />
        </main>
      )}
      <PageServices />
    </div>
  );
}
