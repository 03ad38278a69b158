import { DensityOverview } from './components/timeline/DensityOverview';
import { DrawInSteps } from './components/page/DrawInSteps';
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
import { EmbedLayout } from './components/page/EmbedLayout';
import { Lede } from './components/page/Lede';
import { useDetailsPresentation } from './components/common/useDetailsPresentation';
import { DetailsCover } from './components/page/DetailsCover';
import { useAppStore } from './store/store';
import { useState } from 'react';

export function App() {
  const hasDataset = useAppStore((s) => s.index !== null);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  // On narrow screens the filters fold away behind a button, so the events come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const embed = useAppStore((s) => s.embed);
  // A sheet covers the page: what it covers is inert, so that focus and screen readers stay in it.
  const presentation = useDetailsPresentation();
  const covered = hasSelection && presentation === 'sheet';
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
          <ErrorBoundary name="the header">
            <Header />
          </ErrorBoundary>
          <LoadStatus />
          <SavedFileOffer />
          <FileDropZone />
        </div>
        {hasDataset && (
          <main className="sl-main">
            <aside className={`sl-sidebar${filtersOpen ? ' is-open' : ''}`} inert={covered}>
              <FilterToggle open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />
              <ErrorBoundary name="the filters">
                <FilterPanel />
              </ErrorBoundary>
            </aside>
            <div className="sl-center" inert={covered}>
              <Lede />
              <Toolbar />
              {/* One boundary per panel: a fault in the overview or the legend leaves the timeline working. */}
              <ErrorBoundary name="the overview">
                <DensityOverview />
              </ErrorBoundary>
              <OutOfViewNotice />
              <ErrorBoundary name="the timeline">
                <TimelinePanel />
              </ErrorBoundary>
              <ErrorBoundary name="the legend">
                <Legend />
              </ErrorBoundary>
              <EventsSection />
            </div>
            <ErrorBoundary name="the event details">
              <EventDetails />
            </ErrorBoundary>
            <DetailsCover />
          </main>
        )}
        <PageServices />
      </div>
    </DrawInSteps>
  );
}
