import { DensityOverview } from './components/timeline/DensityOverview';
import { AfterTimeline, DrawInSteps } from './components/page/DrawInSteps';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { PageServices } from './components/page/PageServices';
import { Toolbar } from './components/page/Toolbar';
import { EventDetails } from './components/details/EventDetails';
import { EventsSection } from './components/events/EventsSection';
import { FilterPanel } from './components/filters/FilterPanel';
import { Header } from './components/page/Header';
import { Legend } from './components/timeline/Legend';
import { LoadStatus } from './components/loading/LoadStatus';
import { OutOfViewNotice } from './components/timeline/OutOfViewNotice';
import { TimelinePanel } from './components/timeline/TimelinePanel';
import { FilterToggle } from './components/filters/FilterToggle';
import { FileDropZone } from './components/loading/FileDropZone';
import { SavedFileOffer } from './components/loading/SavedFileOffer';
import { SkipLinks } from './components/page/SkipLinks';
import { EmbedLayout } from './components/page/EmbedLayout';
import { Lede } from './components/page/Lede';
import { useDetailsPresentation } from './components/common/useDetailsPresentation';
import { DetailsCover } from './components/page/DetailsCover';
import { useAppStore } from './store/store';
import { lazy, Suspense, useState } from 'react';

// The curation view is a chunk of its own, fetched only when it is opened (`?curate`).
const CurationView = lazy(() => import('./components/curation/CurationView'));

export function App() {
  const hasDataset = useAppStore((s) => s.index !== null);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  // On narrow screens the filters fold away behind a button, so the events come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const embed = useAppStore((s) => s.embed);
  // A sheet covers the page: what it covers is inert, so that focus and screen readers stay in it.
  const presentation = useDetailsPresentation();
  const covered = hasSelection && presentation === 'sheet';
  const curating = useAppStore((s) => s.curate !== null);
  if (curating && !embed)
    return (
      <ErrorBoundary name="the curation view">
        <Suspense fallback={<p className="sl-loading-note">Loading the curation view…</p>}>
          <CurationView />
        </Suspense>
      </ErrorBoundary>
    );
  if (embed)
    return (
      <DrawInSteps>
        <EmbedLayout />
      </DrawInSteps>
    );
  return (
    <DrawInSteps>
      <div className={`sl-app${hasSelection ? ' has-details' : ''}`}>
        <div className="sl-page-top" inert={covered}>
          {hasDataset && <SkipLinks />}
          <ErrorBoundary name="the header">
            <Header />
          </ErrorBoundary>
          <LoadStatus />
          <SavedFileOffer />
          <FileDropZone />
        </div>
        {hasDataset && (
          <main className="sl-main">
            <div className="sl-center" inert={covered}>
              <ErrorBoundary name="the introduction">
                <Lede />
              </ErrorBoundary>
              <Toolbar />
              {/* One boundary per panel: a fault in the overview or the legend leaves the timeline working. */}
              <AfterTimeline placeholder={<div className="sl-overview" />}>
                <ErrorBoundary name="the overview">
                  <DensityOverview />
                </ErrorBoundary>
              </AfterTimeline>
              <OutOfViewNotice />
              {/* The legend sits above the timeline and is small: drawn with it, so that nothing moves. */}
              <ErrorBoundary name="the legend">
                <Legend />
              </ErrorBoundary>
              <ErrorBoundary name="the timeline">
                <TimelinePanel />
              </ErrorBoundary>
              <AfterTimeline>
                <EventsSection />
              </AfterTimeline>
            </div>
            {/* After the story in the page's order (the Tab key's), beside it on a wide screen. */}
            <aside className={`sl-sidebar${filtersOpen ? ' is-open' : ''}`} inert={covered}>
              <FilterToggle open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />
              <AfterTimeline>
                <ErrorBoundary name="the filters">
                  <FilterPanel />
                </ErrorBoundary>
              </AfterTimeline>
            </aside>
            <AfterTimeline>
              <ErrorBoundary name="the event details">
                <EventDetails />
              </ErrorBoundary>
            </AfterTimeline>
            <DetailsCover />
          </main>
        )}
        <PageServices />
      </div>
    </DrawInSteps>
  );
}
